import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { type Database, type DialectName, openDatabase } from "./database";
import { migrateToLatest } from "./migrate";

/**
 * The dialects a test run covers: SQLite always, PostgreSQL when TEST_DATABASE_URL is set.
 * CI sets it (see .ci/run); a run without it says so once, loudly, rather than passing quietly.
 */
export const TEST_DIALECTS: DialectName[] = process.env.TEST_DATABASE_URL
  ? ["sqlite", "postgres"]
  : ["sqlite"];

if (!process.env.TEST_DATABASE_URL && process.env.CI) {
  throw new Error("CI must set TEST_DATABASE_URL so that every database test also runs on PostgreSQL");
}

/** log2 of scrypt's N in tests (see testing-setup.ts); production uses PRODUCTION_PASSWORD_COST. */
export const TEST_PASSWORD_COST = 10;

export type TestDatabase = Database & { drop(): Promise<void> };

/**
 * A fresh, migrated database: an in-memory SQLite, or a new schema in the PostgreSQL database at
 * TEST_DATABASE_URL that drop() removes again. `sqliteFile`: an SQLite file in a new temporary
 * directory instead (what runs heavy reads on worker threads, which cannot open an in-memory one).
 */
export async function createTestDatabase(
  dialect: DialectName,
  options: { sqliteFile?: boolean } = {},
): Promise<TestDatabase> {
  if (dialect === "sqlite" && options.sqliteFile) {
    const dir = mkdtempSync(join(tmpdir(), "tbc-test-"));
    const database = openDatabase(join(dir, "test.sqlite"));
    await migrateToLatest(database.db);
    const drop = async () => {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    };
    return { ...database, drop };
  }
  if (dialect === "sqlite") {
    const database = openDatabase(":memory:");
    await migrateToLatest(database.db);
    return { ...database, drop: () => database.close() };
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set");
  const schema = `t_${randomBytes(6).toString("hex")}`;
  const database = await withSchemaLock(url, async (admin) => {
    await admin.query(`create schema ${schema}`);
    const opened = openDatabase(url, { searchPath: schema, poolSize: 4 });
    await migrateToLatest(opened.db, { schema });
    return opened;
  });
  return {
    ...database,
    drop: async () => {
      await database.close();
      await withSchemaLock(url, (admin) => admin.query(`drop schema ${schema} cascade`));
    },
  };
}

/**
 * Kysely's migrator looks through every schema's tables; a schema another test file drops at that
 * moment makes PostgreSQL fail the look-up ("schema … does not exist"). Creating-and-migrating and
 * dropping therefore take turns under one advisory lock.
 */
async function withSchemaLock<T>(url: string, fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query("select pg_advisory_lock(74201406)");
    return await fn(admin);
  } finally {
    await admin.query("select pg_advisory_unlock(74201406)").catch(() => {});
    await admin.end();
  }
}
