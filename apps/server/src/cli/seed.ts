import { FieldError, scaleProblem, scaleSeedSummary, seedDemo, seedScale } from "@tbc/db";
import type { Env } from "../env";
import { DEMO_SEED, seedSummary } from "../seed";
import { CliError, type CliIo, type Command, withDatabase } from "./command";

/**
 * `seed [--force] [--scale N]`: the demo data into an empty database, or with `--scale N` a large
 * generated sample data set (packages/db/src/seed/scale) for benchmarks and load tests.
 */
export const seedCommand: Command = {
  usage: "seed [--force] [--scale N]",
  summary:
    "load the demo data and demo accounts into an empty database (refused in production); --scale N: a large generated sample data set (1 = 10,000 agencies, 2M engagement rows)",
  options: { force: { type: "boolean" }, scale: { type: "string" } },
  async run({ values }, env, io) {
    if (env.production && !values.force) {
      throw new CliError(
        "Refusing to seed demo accounts with a known password in production (NODE_ENV=production).\n" +
          "Run `pnpm tbc seed --force` if you really want them.",
      );
    }
    if (values.scale !== undefined) return seedAtScale(Number(values.scale), env, io);
    await withDatabase(env, io, async (database) => {
      const report = await seedDemo(database.db, DEMO_SEED);
      io.stdout(
        report.skipped
          ? "The database already has agencies or users: nothing was seeded.\n"
          : `${seedSummary(report)} into ${database.describe}.\n`,
      );
    });
  },
};

/** `seed --scale N`, with progress lines. */
async function seedAtScale(scale: number, env: Env, io: CliIo): Promise<void> {
  const problem = scaleProblem(scale);
  if (problem) throw new CliError(problem, 2);
  await withDatabase(env, io, async (database) => {
    try {
      const report = await seedScale(database.db, { scale, log: (line) => io.stdout(`${line}\n`) });
      io.stdout(`${scaleSeedSummary(report)}, into ${database.describe}.\n`);
    } catch (err) {
      if (err instanceof FieldError) throw new CliError(err.message);
      throw err;
    }
  });
}
