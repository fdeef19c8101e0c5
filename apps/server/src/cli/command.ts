/**
 * What every command of the operator CLI (src/cli.ts) is made of: its usage line, options and
 * arguments, and a `run` over the environment; errors meant for the operator; the database, migrated.
 */
import type { ParseArgsConfig } from "node:util";
import { type Database, migrateToLatest, openDatabase } from "@tbc/db";
import type { Env } from "../env";

export type Options = NonNullable<ParseArgsConfig["options"]>;
export type Parsed = {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
};

export type CliIo = {
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The password for `--password-stdin` or a terminal prompt. */
  readSecret?: (how: "stdin" | "prompt") => Promise<string>;
};

export type Command = {
  usage: string;
  summary: string;
  options?: Options;
  /** Names of required positional arguments, in order. */
  args?: string[];
  run(parsed: Parsed, env: Env, io: CliIo): Promise<void>;
};

/** An error meant for the operator: printed without a stack, exit code 1 (2 for usage errors). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "CliError";
  }
}

export async function withDatabase<T>(
  env: Env,
  io: CliIo,
  fn: (database: Database) => Promise<T>,
): Promise<T> {
  const database = openDatabase(env.databaseUrl);
  try {
    const result = await migrateToLatest(database.db);
    for (const r of result.results ?? []) {
      if (r.status === "Success") io.stdout(`Applied migration ${r.migrationName}\n`);
    }
    return await fn(database);
  } finally {
    await database.close();
  }
}
