import type { Kysely } from "kysely";

// Frozen: never edit after it has landed. Add a new migration instead.

/**
 * An import is recorded as "running" before its transaction starts, so that one that fails or whose
 * process dies leaves a trace. `owner` names the process that runs it (host:pid:instance), for the
 * check that tells a live import from an interrupted one (imports/import-runs.ts); the status index
 * keeps that check cheap however long the history grows.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("imports").addColumn("owner", "varchar(300)").execute();
  await db.schema.createIndex("imports_status_idx").on("imports").column("status").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("imports_status_idx").execute();
  await db.schema.alterTable("imports").dropColumn("owner").execute();
}
