import { seedDemo } from "@tbc/db";
import { DEMO_SEED, seedSummary } from "../seed";
import { CliError, type Command, withDatabase } from "./command";

/**
 * `seed [--force]`: the demo data into an empty database. Options are declared here and read in
 * `run` (an option such as `--scale N` is one more entry and one more value).
 */
export const seedCommand: Command = {
  usage: "seed [--force]",
  summary: "load the demo data and demo accounts into an empty database (refused in production)",
  options: { force: { type: "boolean" } },
  async run({ values }, env, io) {
    if (env.production && !values.force) {
      throw new CliError(
        "Refusing to seed demo accounts with a known password in production (NODE_ENV=production).\n" +
          "Run `pnpm tbc seed --force` if you really want them.",
      );
    }
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
