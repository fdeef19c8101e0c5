import { type Kysely, type MigrationResultSet, Migrator } from "kysely";
import { indexAgencyNames } from "./agencies/agencies.duplicates";
import { syncCountries } from "./countries/countries.repository";
import { migrations } from "./migrations";
import type { DB } from "./schema";

/**
 * Runs every pending migration, then refreshes the ISO country list (reference data, not demo) and
 * indexes the names of agencies that have no duplicate-warning keys yet.
 */
export async function migrateToLatest(
  db: Kysely<DB>,
  options: { schema?: string } = {},
): Promise<MigrationResultSet> {
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
