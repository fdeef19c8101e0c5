import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SQLite from "better-sqlite3";
import { CamelCasePlugin, Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { registerSqliteFunctions } from "./dialect";
import { ReadPool, readPoolDialect } from "./read-pool/read-pool";
import type { DB } from "./schema";
import { withStatementCache } from "./sqlite-statements";
import { TurnTakingSqliteDialect } from "./sqlite-turn-taking";

export type DialectName = "sqlite" | "postgres";

export type Database = {
  db: Kysely<DB>;
  /**
   * For heavy reads only (the aggregates behind the charts): on an SQLite file, read-only connections
   * in worker threads, so that those queries do not block the event loop; otherwise `db` itself.
   * Reads only: a write or a transaction here fails.
   */
  readDb: Kysely<DB>;
  dialect: DialectName;
  /** Starts what `readDb` needs (SQLite's read workers) now rather than at the first heavy read. */
  warmUp(): Promise<void>;
  /** Where it lives, without credentials: for logs and the CLI. */
  describe: string;
  /** How it was opened: another thread opens its own connection to the same database from these. */
  opened: { url: string; options: OpenOptions };
  close(): Promise<void>;
  /**
   * SQLite: a consistent copy into `file` through SQLite's online backup, while writes go on (a plain
   * file copy during writes misses committed rows). PostgreSQL: null — use pg_dump (README).
   */
  backupTo: ((file: string) => Promise<{ pages: number }>) | null;
  /**
   * SQLite file only: the committed data version (migration 0006), read at once on a read-only
   * connection of its own, for the answer cache. Through `db` the read waits a turn of the event loop
   * behind every query queued before it (sqlite-turn-taking.ts), and on the writer's connection it
   * could see a transaction's bump before its commit.
   */
  readDataVersionNow?: () => number;
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
  /** PostgreSQL: how the connections introduce themselves (pg_stat_activity.application_name). */
  applicationName?: string;
  /** PostgreSQL: told when a connection is lost (a restart, a failover, a terminated backend). */
  onConnectionError?: (error: Error) => void;
  /** SQLite file only: how many read-only worker threads serve `readDb` (0: none, `readDb` is `db`). */
  readWorkers?: number;
  /**
   * SQLite: "full" (the default) waits for the disk at every commit, so a commit survives a power
   * loss; "normal" (WAL) survives a crash of the process but not of the machine. Test suites choose
   * "normal" (`setSqliteSynchronous`): at 4–10 ms per commit on this machine, the fsyncs were a good
   * part of their time and tell nothing.
   */
  synchronous?: "full" | "normal";
};

let defaultSynchronous: "full" | "normal" = "full";

/** The `synchronous` of databases opened without one from now on (the test suites' setup). */
export function setSqliteSynchronous(mode: "full" | "normal"): void {
  defaultSynchronous = mode;
}

/**
 * A PostgreSQL restart or `pg_terminate_backend` makes `pg` emit 'error' on the pool (an idle
 * connection) or on a client (one held by a transaction between two queries); an 'error' event
 * without a listener ends the process. With these listeners the lost connection is dropped, the
 * query in flight fails (and is answered "database unavailable"), and the pool connects anew.
 */
function survivePoolErrors(pool: pg.Pool, report: (error: Error) => void = () => {}): void {
  pool.on("error", report);
  pool.on("connect", (client) => {
    client.on("error", report);
  });
}

/** The options another thread can be sent (a worker opens its own connection with them). */
function portable(options: OpenOptions): OpenOptions {
  const { onConnectionError: _notSendable, ...rest } = options;
  return rest;
}

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
      application_name: options.applicationName ?? "tbc",
      types,
      ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
    });
    survivePoolErrors(pool, options.onConnectionError);
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins });
    const u = new URL(url);
    return {
      db,
      // The pool already runs queries off the event loop, several at a time.
      readDb: db,
      warmUp: async () => {},
      dialect: "postgres",
      describe: `postgres://${u.host}${u.pathname}${options.searchPath ? ` (schema ${options.searchPath})` : ""}`,
      opened: { url, options: portable(options) },
      close: () => db.destroy(),
      backupTo: null,
    };
  }

  const file = url.replace(/^sqlite:(\/\/)?/, "");
  if (file !== ":memory:") mkdirSync(dirname(resolve(file)), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const synchronous = options.synchronous ?? defaultSynchronous;
  sqlite.pragma(`synchronous = ${synchronous === "normal" ? "NORMAL" : "FULL"}`);
  registerSqliteFunctions(sqlite);
  // One connection: SQLite has one writer, and Kysely's SqliteDialect serialises on it (taking turns
  // with the event loop, see sqlite-turn-taking.ts).
  const db = new Kysely<DB>({
    dialect: new TurnTakingSqliteDialect({ database: withStatementCache(sqlite) }),
    plugins,
  });
  // An in-memory database belongs to its one connection: another thread cannot open it, so its heavy
  // reads stay on the main connection.
  const workers = file === ":memory:" ? 0 : (options.readWorkers ?? 2);
  const pool = workers > 0 ? new ReadPool(resolve(file), workers) : null;
  const readDb = pool ? new Kysely<DB>({ dialect: readPoolDialect(pool), plugins }) : db;
  // Opened at the first read (the table exists once migrated); WAL: each read sees the last commit.
  let versionReader: SQLite.Statement<[], number> | null = null;
  let versionConnection: SQLite.Database | null = null;
  const readDataVersionNow = () => {
    if (!versionReader) {
      versionConnection ??= new SQLite(file, { readonly: true, fileMustExist: true });
      versionReader = versionConnection
        .prepare<[], number>("select version from data_version where id = 1")
        .pluck();
    }
    return Number(versionReader.get());
  };
  return {
    db,
    readDb,
    ...(file === ":memory:" ? {} : { readDataVersionNow }),
    warmUp: async () => pool?.warmUp(),
    dialect: "sqlite",
    describe: file === ":memory:" ? "sqlite (in memory)" : `sqlite ${resolve(file)}`,
    // Resolved, so that a worker thread (another module instance) opens it alike.
    opened: { url, options: portable({ ...options, synchronous }) },
    close: async () => {
      if (readDb !== db) await readDb.destroy();
      versionConnection?.close();
      await db.destroy();
    },
    backupTo: async (target) => {
      // All pages in one step, under one read transaction: a snapshot that writes by the server's
      // connection (WAL: they go on meanwhile) cannot restart, as they restart a step-wise copy.
      const { totalPages } = await sqlite.backup(target, { progress: () => 0x7fffffff });
      return { pages: totalPages };
    },
  };
}
