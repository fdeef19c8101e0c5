import { randomBytes } from "node:crypto";
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

export type TestDatabase = Database & { drop(): Promise<void> };

/**
 * A fresh, migrated database: an in-memory SQLite, or a new schema in the PostgreSQL database at
 * TEST_DATABASE_URL that drop() removes again.
 */
export async function createTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  if (dialect === "sqlite") {
    const database = openDatabase(":memory:");
    await migrateToLatest(database.db);
    return { ...database, drop: () => database.close() };
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set");
  const schema = `t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const database = openDatabase(url, { searchPath: schema, poolSize: 4 });
  await migrateToLatest(database.db, { schema });
  return {
    ...database,
    drop: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}
