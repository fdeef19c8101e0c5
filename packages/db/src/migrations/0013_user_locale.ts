import { type Kysely, sql } from "kysely";

// Frozen: never edit after it has landed. Add a new migration instead.

/**
 * The language each user chose for the dashboard (issue 14), kept in their profile so that it
 * follows them to another browser. NULL: never chosen, the browser's languages decide. The check
 * holds the column to the four codes the dashboard ships, written out here (not read from
 * @tbc/types) so that this migration stays as it was the day it landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("users")
    .addColumn("locale", "varchar(5)", (c) => c.check(sql`locale in ('en', 'fr', 'es', 'ar')`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("users").dropColumn("locale").execute();
}
