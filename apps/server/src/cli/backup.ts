import { statSync } from "node:fs";
import { resolve } from "node:path";
import { checkSqliteBackup, dialectOfUrl, restoreSqliteBackup } from "@tbc/db";
import { CliError, type Command, withDatabase } from "./command";

const PG_HINT =
  "On PostgreSQL use pg_dump / pg_restore (README, 'Backup and restore'): they take a consistent snapshot while the server runs.";

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** `backup <file>`: SQLite's online backup — consistent while the server keeps writing. */
export const backupCommand: Command = {
  usage: "backup <file>",
  summary: "copy the SQLite database to <file> while the server runs (PostgreSQL: pg_dump)",
  args: ["file"],
  async run(parsed, env, io) {
    if (dialectOfUrl(env.databaseUrl) === "postgres") throw new CliError(PG_HINT);
    const file = resolve(parsed.positionals[0] ?? "");
    const started = Date.now();
    await withDatabase(env, io, async (database) => {
      if (!database.backupTo) throw new CliError(PG_HINT);
      await database.backupTo(file);
    });
    const check = checkSqliteBackup(file);
    if (!check.ok) throw new CliError(`The backup in ${file} is not sound: ${check.problem}`);
    io.stdout(
      `Backed up to ${file} (${mib(statSync(file).size)}) in ${Date.now() - started} ms; integrity checked.\n`,
    );
  },
};

/** `restore <file>`: checks the backup, then copies it over the database through SQLite's backup API. */
export const restoreCommand: Command = {
  usage: "restore <file>",
  summary: "replace the SQLite database with a checked backup (PostgreSQL: pg_restore)",
  args: ["file"],
  async run(parsed, env, io) {
    if (dialectOfUrl(env.databaseUrl) === "postgres") throw new CliError(PG_HINT);
    const file = resolve(parsed.positionals[0] ?? "");
    const target = resolve(env.databaseUrl.replace(/^sqlite:(\/\/)?/, ""));
    const result = await restoreSqliteBackup(file, target);
    if (!result.ok) throw new CliError(`Not restored: ${result.problem}`);
    io.stdout(`Restored ${target} from ${file}; integrity checked (${result.migrations} migrations).\n`);
  },
};
