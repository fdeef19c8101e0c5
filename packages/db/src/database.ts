import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SQLite from "better-sqlite3";
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { registerSqliteFunctions } from "./dialect";
import type { DB } from "./schema";

export type DialectName = "sqlite" | "postgres";

export type Database = {
  db: Kysely<DB>;
  dialect: DialectName;
  /** Where it lives, without credentials: for logs and the CLI. */
  describe: string;
  /** How it was opened: another thread opens its own connection to the same database from these. */
  opened: { url: string; options: OpenOptions };
  close(): Promise<void>;
};

export const DEFAULT_DATABASE_URL = "./data/tbc.sqlite";

export function dialectOfUrl(url: string): DialectName {
  return /^postgres(ql)?:\/\//i.test(url) ? "postgres" : "sqlite";
}

export type OpenOptions = {
  /** PostgreSQL only: the schema to use (tests run each in a fresh one). */
  searchPath?: string;
  /** PostgreSQL pool size. */
  poolSize?: number;
};

export function openDatabase(url: string = DEFAULT_DATABASE_URL, options: OpenOptions = {}): Database {
  const plugins = [new CamelCasePlugin()];
  if (dialectOfUrl(url) === "postgres") {
    // COUNT and SUM come back as int8/numeric strings by default; every figure we store fits a double.
    const types = {
      getTypeParser(oid: number, format?: "text" | "binary") {
        if (oid === 20 || oid === 1700) return (v: string) => Number(v);
        return pg.types.getTypeParser(oid, format);
      },
    };
    const pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize ?? 10,
      types,
      ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
    });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins });
    const u = new URL(url);
    return {
      db,
      dialect: "postgres",
      describe: `postgres://${u.host}${u.pathname}${options.searchPath ? ` (schema ${options.searchPath})` : ""}`,
      opened: { url, options },
      close: () => db.destroy(),
    };
  }

  const file = url.replace(/^sqlite:(\/\/)?/, "");
  if (file !== ":memory:") mkdirSync(dirname(resolve(file)), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = FULL");
  registerSqliteFunctions(sqlite);
  // One connection: SQLite has one writer, and Kysely's SqliteDialect serialises on it.
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }), plugins });
  return {
    db,
    dialect: "sqlite",
    describe: file === ":memory:" ? "sqlite (in memory)" : `sqlite ${resolve(file)}`,
    opened: { url, options },
    close: () => db.destroy(),
  };
}
