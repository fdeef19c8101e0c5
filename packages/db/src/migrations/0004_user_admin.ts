import type { Kysely } from "kysely";

// Frozen: never edit after it has landed. Add a new migration instead.

/**
 * User administration: a version on users (optimistic concurrency, as every other `update`), and
 * indexes for the audit list's common filters (by user, by action) and for a user's sessions.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("users")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex("audit_log_user_idx").on("audit_log").column("user_id").execute();
  await db.schema.createIndex("audit_log_action_idx").on("audit_log").columns(["action", "at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("audit_log_action_idx").execute();
  await db.schema.dropIndex("audit_log_user_idx").execute();
  await db.schema.alterTable("users").dropColumn("version").execute();
}
