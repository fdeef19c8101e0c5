import { type Kysely, PostgresAdapter } from "kysely";

// Frozen: never edit after it has landed. Add a new migration instead.

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const id = pg ? ("serial" as const) : ("integer" as const);
  const idCol = (c: any) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement());

  await db.schema
    .createTable("countries")
    .addColumn("code", "varchar(2)", (c) => c.primaryKey())
    .addColumn("alpha3", "varchar(3)", (c) => c.notNull().unique())
    .addColumn("numeric", "varchar(3)", (c) => c.notNull())
    .addColumn("name", "varchar(100)", (c) => c.notNull())
    .addColumn("region", "varchar(40)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("countries_region_idx").on("countries").column("region").execute();

  await db.schema
    .createTable("users")
    .addColumn("id", id, idCol)
    .addColumn("email", "varchar(254)", (c) => c.notNull().unique())
    .addColumn("name", "varchar(200)", (c) => c.notNull())
    .addColumn("role", "varchar(20)", (c) => c.notNull())
    .addColumn("password_hash", "varchar(500)", (c) => c.notNull())
    .addColumn("disabled_at", "varchar(40)")
    .addColumn("created_at", "varchar(40)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(40)", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id", id, idCol)
    .addColumn("token_hash", "varchar(64)", (c) => c.notNull().unique())
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "varchar(40)", (c) => c.notNull())
    .addColumn("last_seen_at", "varchar(40)", (c) => c.notNull())
    .addColumn("expires_at", "varchar(40)", (c) => c.notNull())
    .addColumn("ip", "varchar(64)")
    .addColumn("user_agent", "varchar(300)")
    .execute();
  await db.schema.createIndex("sessions_user_idx").on("sessions").column("user_id").execute();

  await db.schema
    .createTable("agencies")
    .addColumn("id", id, idCol)
    .addColumn("name", "varchar(200)", (c) => c.notNull())
    // Case- and space-folded name, for the duplicate warning and its index.
    .addColumn("name_key", "varchar(200)", (c) => c.notNull())
    .addColumn("acronym", "varchar(30)")
    .addColumn("country_code", "varchar(2)", (c) => c.references("countries.code"))
    .addColumn("kind", "varchar(30)", (c) => c.notNull())
    .addColumn("status", "varchar(20)", (c) => c.notNull())
    .addColumn("pledged_on", "varchar(10)")
    .addColumn("website", "varchar(500)")
    .addColumn("social_handle", "varchar(100)")
    .addColumn("notes", "text")
    .addColumn("source_url", "varchar(500)")
    .addColumn("created_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "varchar(40)", (c) => c.notNull())
    .addColumn("updated_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("updated_at", "varchar(40)", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex("agencies_country_idx").on("agencies").column("country_code").execute();
  await db.schema.createIndex("agencies_status_idx").on("agencies").column("status").execute();
  await db.schema
    .createIndex("agencies_name_key_idx")
    .on("agencies")
    .columns(["name_key", "country_code"])
    .execute();

  await db.schema
    .createTable("audit_log")
    .addColumn("id", id, idCol)
    .addColumn("at", "varchar(40)", (c) => c.notNull())
    .addColumn("user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("action", "varchar(40)", (c) => c.notNull())
    .addColumn("entity", "varchar(40)", (c) => c.notNull())
    .addColumn("entity_id", "varchar(64)")
    .addColumn("before", "text")
    .addColumn("after", "text")
    .addColumn("ip", "varchar(64)")
    .execute();
  await db.schema
    .createIndex("audit_log_entity_idx")
    .on("audit_log")
    .columns(["entity", "entity_id"])
    .execute();
  await db.schema.createIndex("audit_log_at_idx").on("audit_log").column("at").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ["audit_log", "agencies", "sessions", "users", "countries"]) {
    await db.schema.dropTable(t).execute();
  }
}
