import { type Kysely, PostgresAdapter } from "kysely";

// Frozen: never edit after it has landed. Add a new migration instead.

/**
 * Name reconciliation. `aliases`: a name as an imported file writes it (a country, crime area or
 * channel) → the code it means, saved by staff from an import preview; `name_key` is the folded
 * name, one per kind. `agency_name_keys`: each agency's folded name, its acronyms and its name's
 * words, so that the duplicate warning finds candidates through an index instead of reading every
 * agency (the keys are derived in code and filled for existing agencies after the migration).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable("aliases")
    .addColumn("id", pg ? "serial" : "integer", (c: any) =>
      pg ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn("kind", "varchar(20)", (c) => c.notNull())
    .addColumn("name", "varchar(200)", (c) => c.notNull())
    .addColumn("name_key", "varchar(200)", (c) => c.notNull())
    .addColumn("code", "varchar(60)", (c) => c.notNull())
    .addColumn("created_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "varchar(40)", (c) => c.notNull())
    .addColumn("updated_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("updated_at", "varchar(40)", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex("aliases_kind_name_key_idx")
    .on("aliases")
    .columns(["kind", "name_key"])
    .unique()
    .execute();

  await db.schema
    .createTable("agency_name_keys")
    .addColumn("agency_id", "integer", (c) => c.notNull().references("agencies.id").onDelete("cascade"))
    .addColumn("kind", "varchar(10)", (c) => c.notNull())
    .addColumn("key", "varchar(200)", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("agency_name_keys_key_idx")
    .on("agency_name_keys")
    .columns(["key", "kind", "agency_id"])
    .execute();
  await db.schema
    .createIndex("agency_name_keys_agency_idx")
    .on("agency_name_keys")
    .column("agency_id")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("agency_name_keys").execute();
  await db.schema.dropTable("aliases").execute();
}
