import { type Kysely, type MigrationResultSet, Migrator, sql } from "kysely";
import { indexAgencyNames } from "./agencies/agencies.duplicates";
import { syncCountries } from "./countries/countries.repository";
import { dialectOf } from "./dialect";
import { migrations } from "./migrations";
import type { DB } from "./schema";

/**
 * The PostgreSQL advisory lock (scoped to the database) held while migrating. Kysely serialises the
 * migrations themselves; this makes the whole start-up step (Kysely's bookkeeping tables, the
 * migrations, the country list refreshed after) one process at a time, so that several processes
 * started together never race on any of it.
 */
export const MIGRATION_LOCK = 7_420_150_012;

/**
 * Runs every pending migration, then refreshes the ISO country list (reference data, not demo) and
 * indexes the names of agencies that have no duplicate-warning keys yet. On PostgreSQL one caller at
 * a time, on one connection holding MIGRATION_LOCK: the others wait, then find nothing left to
 * apply. SQLite is one process's file, so there is nobody to wait for.
 */
export async function migrateToLatest(
  db: Kysely<DB>,
  options: { schema?: string } = {},
): Promise<MigrationResultSet> {
  if (dialectOf(db) !== "postgres") return migrateUnlocked(db, options);
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK})`.execute(conn);
    try {
      return await migrateUnlocked(conn, options);
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK})`.execute(conn);
    }
  });
}

async function migrateUnlocked(db: Kysely<DB>, options: { schema?: string }): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    // Kysely looks for its bookkeeping tables in every schema unless told which one: with a schema
    // per test run, another run's tables would be taken for ours.
    ...(options.schema ? { migrationTableSchema: options.schema } : {}),
  });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`Migration ${failed} failed`, { cause: result.error });
  }
  await syncCountries(db);
  // Agencies written before the duplicate index existed (migration 0010): indexed once.
  await indexAgencyNames(db);
  return result;
}

/** The migrations not yet applied to `db`, by name (a server started with MIGRATE_ON_START=false checks). */
export async function pendingMigrations(
  db: Kysely<DB>,
  options: { schema?: string } = {},
): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(options.schema ? { migrationTableSchema: options.schema } : {}),
  });
  const all = await migrator.getMigrations();
  return all.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
