import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { type Database, type DialectName, openDatabase } from "./database";
import { migrateToLatest } from "./migrate";
import { migrations } from "./migrations";

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

/** `url`: what another process (a spawned server, pg_dump) connects to for the same database. */
export type TestDatabase = Database & { url: string; drop(): Promise<void> };

/**
 * A fresh, migrated database: an in-memory SQLite, or a new PostgreSQL database on the server of
 * TEST_DATABASE_URL, copied from a migrated template, that drop() removes again. `sqliteFile`: an
 * SQLite file in a new temporary directory instead (what runs heavy reads on worker threads, which
 * cannot open an in-memory one).
 */
export async function createTestDatabase(
  dialect: DialectName,
  options: { sqliteFile?: boolean } = {},
): Promise<TestDatabase> {
  if (dialect === "sqlite" && options.sqliteFile) {
    const dir = mkdtempSync(join(tmpdir(), "tbc-test-"));
    const file = join(dir, "test.sqlite");
    const database = openDatabase(file);
    await migrateToLatest(database.db);
    const drop = async () => {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    };
    return { ...database, url: file, drop };
  }
  if (dialect === "sqlite") {
    const database = openDatabase(":memory:");
    await migrateToLatest(database.db);
    return { ...database, url: ":memory:", drop: () => database.close() };
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set");
  const base = new URL(url).pathname.slice(1);
  const name = `${base}_t_${randomBytes(6).toString("hex")}`;
  // Migrating costs about a second and a half, copying a migrated template a fraction of that, and
  // the suite makes about a hundred of these.
  await withAdmin(url, async (admin) => {
    const template = await migratedTemplate(admin, url, base);
    await admin.query(`create database ${name} template ${template}`);
    // No wait for the WAL's fsync at each commit (a crash of PostgreSQL may lose the last commits,
    // never corrupt): what setSqliteSynchronous("normal") is to SQLite in the tests.
    await admin.query(`alter database ${name} set synchronous_commit = off`);
  });
  const ownUrl = databaseUrl(url, name);
  const database = openDatabase(ownUrl, { poolSize: 4 });
  return {
    ...database,
    url: ownUrl,
    drop: async () => {
      await database.close();
      await withAdmin(url, (admin) => admin.query(`drop database if exists ${name} with (force)`));
    },
  };
}

/** TEST_DATABASE_URL pointing at another database of the same server. */
export const databaseUrl = (url: string, name: string): string =>
  Object.assign(new URL(url), { pathname: `/${name}` }).toString();

/**
 * The template every test database is copied from, named after the migrations' code so that a
 * changed or added migration makes a new one. Made once, by whichever test file comes first; the
 * others wait on the advisory lock, then find it.
 */
async function migratedTemplate(admin: pg.Client, url: string, base: string): Promise<string> {
  const code = Object.entries(migrations)
    .map(([name, m]) => `${name}\n${m.up.toString()}\n${m.down?.toString() ?? ""}`)
    .join("\n");
  const template = `${base}_tpl_${createHash("sha256").update(code).digest("hex").slice(0, 12)}`;
  await admin.query("select pg_advisory_lock(74201406)");
  try {
    const { rowCount } = await admin.query("select 1 from pg_database where datname = $1", [template]);
    if (rowCount) return template;
    // Built under another name and renamed once complete: a run killed half-way leaves no
    // half-migrated template for the next one to trust.
    const building = `${template}_building`;
    await admin.query(`drop database if exists ${building} with (force)`);
    await admin.query(`create database ${building}`);
    const database = openDatabase(databaseUrl(url, building), { poolSize: 1 });
    try {
      await migrateToLatest(database.db);
    } finally {
      await database.close();
    }
    await admin.query(`alter database ${building} rename to ${template}`);
    return template;
  } finally {
    await admin.query("select pg_advisory_unlock(74201406)").catch(() => {});
  }
}

async function withAdmin<T>(url: string, fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}
