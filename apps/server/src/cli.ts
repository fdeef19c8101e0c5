/**
 * The operator CLI: `pnpm tbc <command>`. Commands live in one table keyed by their words ("migrate",
 * "user create"), each in its own module under src/cli/; adding a command is one more entry, and
 * a new upload kind of src/http/imports.ts one more `importCommand`. `runCli` returns the exit code, so
 * tests call it in-process.
 */
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { setPasswordCost, setSeedDirectory } from "@tbc/db";
import { backupCommand, restoreCommand } from "./cli/backup";
import { CliError, type CliIo, type Command, type Parsed } from "./cli/command";
import { importCommand } from "./cli/import";
import { migrateCommand } from "./cli/migrate";
import { seedCommand } from "./cli/seed";
import { userCreateCommand } from "./cli/user";
import { EnvError, loadEnv } from "./env";

export { CliError, type CliIo } from "./cli/command";

const COMMANDS: Record<string, Command> = {
  migrate: migrateCommand,
  seed: seedCommand,
  "import operations": importCommand(
    "operations",
    "import operation outcomes (the header of operations.csv), all or nothing — as the dashboard's import",
  ),

  "import engagement": importCommand(
    "engagement",
    "import daily engagement metrics or posts (told apart by the header), all or nothing — as the dashboard's import",
  ),

  "user create": userCreateCommand,
  backup: backupCommand,
  restore: restoreCommand,

  help: {
    usage: "help",
    summary: "show this help",
    async run(_parsed, _env, io) {
      io.stdout(helpText());
    },
  },
};

function helpText(): string {
  const width = Math.max(...Object.values(COMMANDS).map((c) => c.usage.length));
  const rows = Object.values(COMMANDS).map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`);
  return [
    "Usage: pnpm tbc <command>",
    "",
    "Commands:",
    ...rows,
    "",
    "The database comes from DATABASE_URL (default ./data/tbc.sqlite, relative to the repository root; for the built dist/cli.mjs, to the working directory).",
    "",
  ].join("\n");
}

/** The longest run of leading words that names a command: "user create --email …" → "user create". */
function findCommand(argv: string[]): { key: string; rest: string[] } | null {
  for (let n = Math.min(argv.length, 3); n > 0; n--) {
    const key = argv.slice(0, n).join(" ");
    if (COMMANDS[key]) return { key, rest: argv.slice(n) };
  }
  return null;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    if (argv.length === 0 || argv[0] === "--help" || argv[0] === "-h") {
      io.stdout(helpText());
      return argv.length === 0 ? 2 : 0;
    }
    const found = findCommand(argv);
    if (!found) {
      const group = Object.keys(COMMANDS).filter((k) => k.startsWith(`${argv[0]} `));
      const hint = group.length ? ` Did you mean: ${group.map((k) => `\`${k}\``).join(", ")}?` : "";
      throw new CliError(`Unknown command \`${argv.join(" ")}\`.${hint} Run \`pnpm tbc help\`.`, 2);
    }
    const command = COMMANDS[found.key] as Command;
    let parsed: Parsed;
    try {
      parsed = parseArgs({
        args: found.rest,
        options: command.options ?? {},
        allowPositionals: true,
        strict: true,
      });
    } catch (err) {
      throw new CliError(`${(err as Error).message}\nUsage: pnpm tbc ${command.usage}`, 2);
    }
    const wanted = command.args ?? [];
    if (parsed.positionals.length !== wanted.length) {
      throw new CliError(`Usage: pnpm tbc ${command.usage}`, 2);
    }
    const env = loadEnv(io.env);
    setPasswordCost(env.passwordHashCost);
    setSeedDirectory(env.seedDir);
    await command.run(parsed, env, io);
    return 0;
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr(`Error: ${err.message}\n`);
      return err.exitCode;
    }
    if (err instanceof EnvError) {
      io.stderr(`${err.message}\n`);
      return 1;
    }
    io.stderr(`Error: ${(err as Error)?.stack ?? String(err)}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const code = await runCli(process.argv.slice(2), {
    env: process.env,
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
  });
  process.exitCode = code;
}
