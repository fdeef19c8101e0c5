import { type Kysely, PostgresAdapter } from "kysely";

// Frozen: never edit after it has landed. Add a new migration instead.

const DEFAULT_CRIME_AREAS = [
  "illicit goods/counterfeiting",
  "pharmaceuticals",
  "food",
  "wildlife/environment",
  "drugs",
  "firearms",
  "financial crime/fraud",
  "cybercrime",
  "human trafficking",
];

export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const id = pg ? ("serial" as const) : ("integer" as const);
  const idCol = (c: any) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement());
  const now = new Date().toISOString();

  await db.schema
    .createTable("crime_areas")
    .addColumn("code", "varchar(60)", (c) => c.primaryKey())
    .addColumn("created_at", "varchar(40)", (c) => c.notNull())
    .execute();
  await db
    .insertInto("crime_areas")
    .values(DEFAULT_CRIME_AREAS.map((code) => ({ code, created_at: now })))
    .execute();

  await db.schema
    .createTable("operations")
    .addColumn("id", id, idCol)
    .addColumn("name", "varchar(200)", (c) => c.notNull())
    .addColumn("edition_year", "integer", (c) => c.notNull())
    .addColumn("period_start", "varchar(7)")
    .addColumn("period_end", "varchar(7)")
    .addColumn("crime_area", "varchar(60)", (c) => c.notNull().references("crime_areas.code"))
    .addColumn("region", "varchar(120)")
    .addColumn("countries_count", "integer")
    .addColumn("summary", "text")
    // Unknown is NULL, never 0: every aggregate says how many operations reported the figure.
    .addColumn("raids", "bigint")
    .addColumn("arrests", "bigint")
    .addColumn("under_investigation", "bigint")
    .addColumn("seized_value_usd", "bigint")
    .addColumn("seizure_description", "text")
    .addColumn("source_title", "varchar(500)")
    .addColumn("source_url", "varchar(1000)")
    .addColumn("reliability", "varchar(1)")
    .addColumn("caveats", "text")
    // When the results were announced: the date in the source's title, when it gives one.
    .addColumn("announced_on", "varchar(10)")
    .addColumn("created_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "varchar(40)", (c) => c.notNull())
    .addColumn("updated_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("updated_at", "varchar(40)", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint("operations_name_year_uq", ["name", "edition_year"])
    .execute();
  await db.schema.createIndex("operations_year_idx").on("operations").column("edition_year").execute();
  await db.schema.createIndex("operations_crime_area_idx").on("operations").column("crime_area").execute();

  await db.schema
    .createTable("operation_countries")
    .addColumn("operation_id", "integer", (c) => c.notNull().references("operations.id").onDelete("cascade"))
    .addColumn("country_code", "varchar(2)", (c) => c.notNull().references("countries.code"))
    .addPrimaryKeyConstraint("operation_countries_pk", ["operation_id", "country_code"])
    .execute();
  await db.schema
    .createIndex("operation_countries_country_idx")
    .on("operation_countries")
    .column("country_code")
    .execute();

  await db.schema
    .createTable("seizures")
    .addColumn("id", id, idCol)
    .addColumn("operation_id", "integer", (c) => c.notNull().references("operations.id").onDelete("cascade"))
    .addColumn("category", "varchar(30)", (c) => c.notNull())
    .addColumn("description", "varchar(500)")
    .addColumn("quantity", "double precision")
    .addColumn("unit", "varchar(30)")
    .addColumn("value_usd", "bigint")
    .addColumn("country_code", "varchar(2)", (c) => c.references("countries.code"))
    .addColumn("created_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "varchar(40)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("seizures_operation_idx").on("seizures").column("operation_id").execute();

  await db.schema
    .createTable("imports")
    .addColumn("id", id, idCol)
    .addColumn("kind", "varchar(30)", (c) => c.notNull())
    .addColumn("file_name", "varchar(255)", (c) => c.notNull())
    .addColumn("user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("at", "varchar(40)", (c) => c.notNull())
    .addColumn("rows_total", "integer", (c) => c.notNull())
    .addColumn("rows_created", "integer", (c) => c.notNull())
    .addColumn("rows_updated", "integer", (c) => c.notNull())
    .addColumn("rows_unchanged", "integer", (c) => c.notNull())
    .addColumn("rows_rejected", "integer", (c) => c.notNull())
    .addColumn("status", "varchar(20)", (c) => c.notNull())
    .addColumn("message", "varchar(1000)")
    .execute();
  await db.schema.createIndex("imports_at_idx").on("imports").column("at").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ["imports", "seizures", "operation_countries", "operations", "crime_areas"]) {
    await db.schema.dropTable(t).execute();
  }
}
