import { type Kysely, PostgresAdapter, sql } from "kysely";

// Frozen: never edit after it has landed. Add a new migration instead.

/**
 * An agency whose pledge date is unknown supports the campaign "since an unknown date" (issue 12):
 * 0005 placed it on the day it was registered here, so agencies that pledged in 2014–16 but were
 * entered last month showed as new in "Last 12 months". `supporting_since` becomes the pledge date
 * only (NULL when unknown), and agency_counts keeps those agencies under period '' — which sorts
 * before every year, so "supporting by the end of a period" counts them in every total and no
 * period ever counts them as new.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const kind = pg ? sql`stored` : sql`virtual`;
  await db.schema.dropIndex("agencies_supporting_idx").execute();
  await db.schema.alterTable("agencies").dropColumn("supporting_since").execute();
  await sql`alter table agencies add column supporting_since varchar(10)
    generated always as (pledged_on) ${kind}`.execute(db);
  await db.schema
    .createIndex("agencies_supporting_idx")
    .on("agencies")
    .columns(["status", "supporting_since", "country_code"])
    .execute();
  await sql`delete from agency_counts`.execute(db);
  for (const [grain, length] of [
    ["y", 4],
    ["m", 7],
  ] as const) {
    await sql`insert into agency_counts (status, grain, period, country_code, agencies)
      select status, ${sql.lit(grain)}, coalesce(substr(supporting_since, 1, ${sql.lit(length)}), ''),
        coalesce(country_code, ''), count(*)
      from agencies
      group by status, coalesce(substr(supporting_since, 1, ${sql.lit(length)}), ''), coalesce(country_code, '')`.execute(
      db,
    );
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const kind = pg ? sql`stored` : sql`virtual`;
  await db.schema.dropIndex("agencies_supporting_idx").execute();
  await db.schema.alterTable("agencies").dropColumn("supporting_since").execute();
  await sql`alter table agencies add column supporting_since varchar(10)
    generated always as (coalesce(pledged_on, substr(created_at, 1, 10))) ${kind}`.execute(db);
  await db.schema
    .createIndex("agencies_supporting_idx")
    .on("agencies")
    .columns(["status", "supporting_since", "country_code"])
    .execute();
  await sql`delete from agency_counts`.execute(db);
  for (const [grain, length] of [
    ["y", 4],
    ["m", 7],
  ] as const) {
    await sql`insert into agency_counts (status, grain, period, country_code, agencies)
      select status, ${sql.lit(grain)}, substr(supporting_since, 1, ${sql.lit(length)}), coalesce(country_code, ''), count(*)
      from agencies
      group by status, substr(supporting_since, 1, ${sql.lit(length)}), coalesce(country_code, '')`.execute(
      db,
    );
  }
}
