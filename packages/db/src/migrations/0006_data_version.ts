import { type Kysely, sql } from "kysely";

// Frozen: never edit after it has landed. Add a new migration instead.

/**
 * The data version: one row whose counter every committed write transaction increments (in that same
 * transaction), so that an answer computed from the data can be cached under the version it saw and is
 * never served after a change. It lives in the database, not in a process, because several server
 * processes (and the CLI) may write to one database.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("data_version")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("version", "bigint", (c) => c.notNull())
    .addCheckConstraint("data_version_one_row", sql`id = 1`)
    .execute();
  await db.insertInto("data_version").values({ id: 1, version: 0 }).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("data_version").execute();
}
