import { type Kysely, type MigrationResultSet, Migrator } from "kysely";
import { syncCountries } from "./countries/countries.repository";
import { migrations } from "./migrations";
import type { DB } from "./schema";

/** Runs every pending migration, then refreshes the ISO country list (reference data, not demo). */
export async function migrateToLatest(db: Kysely<DB>): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`Migration ${failed} failed`, { cause: result.error });
  }
  await syncCountries(db);
  return result;
}
