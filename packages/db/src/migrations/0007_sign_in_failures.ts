import type { Kysely } from "kysely";

// Frozen: never edit after it has landed. Add a new migration instead.

/**
 * Failed sign-ins, counted per key ("address:…", "pair:…", "account:…") in a window, in the database
 * rather than in a process: the limits survive a restart and hold across several server processes.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("sign_in_failures")
    .addColumn("key", "varchar(400)", (c) => c.primaryKey())
    .addColumn("failures", "integer", (c) => c.notNull())
    .addColumn("window_ends_at", "varchar(40)", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("sign_in_failures_window_idx")
    .on("sign_in_failures")
    .column("window_ends_at")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("sign_in_failures").execute();
}
