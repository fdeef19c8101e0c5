import { type Kysely, PostgresAdapter, sql } from "kysely";

// Frozen: never edit after it has landed. Add a new migration instead.

const METRICS = [
  "impressions",
  "reach",
  "engagements",
  "shares",
  "video_views",
  "new_followers",
  "hashtag_mentions",
  "site_visits",
];

/**
 * Aggregates that do not grow with the rows they summarise (issue 9):
 * - `agencies.supporting_since` and `operations.operation_day`: the dates the overview filters on,
 *   as generated columns (the database keeps them right on every write, whoever writes) with indexes,
 *   instead of expressions no index could serve. PostgreSQL stores them; SQLite cannot add a stored
 *   column to an existing table, so there they are virtual and the index holds the value;
 * - `engagement_monthly`: engagement_daily summed per month, channel and country (country '' = the
 *   channel's total, as in the daily rows). Sums stay NULL when no day reported the metric, so
 *   "unknown is never zero" holds; `impressions_rated` is the engagement rate's denominator
 *   (impressions of the days that reported engagements) and `days` the rows summed. Maintained by
 *   refreshEngagementRollup in the transaction of every write to engagement_daily;
 * - `agency_counts`: agencies counted per status, country ('' = none) and year (grain 'y') or month
 *   (grain 'm') of supporting_since, so that "active agencies by the end of the period" reads whole
 *   years, then the months of the last year, then the last month's rows: bounded by countries ×
 *   (years + 12), whatever the number of agencies. Maintained by refreshAgencyRollup in the
 *   transaction of every agency write.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const kind = pg ? sql`stored` : sql`virtual`;
  await sql`alter table agencies add column supporting_since varchar(10)
    generated always as (coalesce(pledged_on, substr(created_at, 1, 10))) ${kind}`.execute(db);
  await db.schema
    .createIndex("agencies_supporting_idx")
    .on("agencies")
    .columns(["status", "supporting_since", "country_code"])
    .execute();
  await sql`alter table operations add column operation_day varchar(10)
    generated always as (coalesce(announced_on, coalesce(period_end, period_start) || '-15',
      cast(edition_year as varchar(4)) || '-06-30')) ${kind}`.execute(db);
  await db.schema
    .createIndex("operations_day_idx")
    .on("operations")
    .columns(["operation_day", "crime_area", "arrests", "seized_value_usd"])
    .execute();

  let table = db.schema
    .createTable("engagement_monthly")
    .addColumn("month", "varchar(10)", (c) => c.notNull())
    .addColumn("channel", "varchar(30)", (c) => c.notNull())
    .addColumn("country_code", "varchar(2)", (c) => c.notNull());
  for (const m of [...METRICS, "impressions_rated"]) table = table.addColumn(m, "bigint");
  await table
    .addColumn("days", "integer", (c) => c.notNull())
    .addColumn("is_sample", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("engagement_monthly_pk", ["country_code", "month", "channel"])
    // SQLite: rows stored in key order, so that a read by country and months needs no row look-ups.
    .$call((q) => (pg ? q : q.modifyEnd(sql`without rowid`)))
    .execute();
  await db.schema
    .createIndex("engagement_monthly_month_idx")
    .on("engagement_monthly")
    .columns(["month", "channel"])
    .execute();
  const sums = METRICS.map((m) => `sum(${m})`).join(", ");
  await sql
    .raw(
      `insert into engagement_monthly (month, channel, country_code, ${METRICS.join(", ")},
        impressions_rated, days, is_sample)
      select substr(day, 1, 7) || '-01', channel, country_code, ${sums},
        sum(case when engagements is not null then impressions end), count(*), max(is_sample)
      from engagement_daily group by substr(day, 1, 7) || '-01', channel, country_code`,
    )
    .execute(db);

  await db.schema
    .createTable("agency_counts")
    .addColumn("status", "varchar(20)", (c) => c.notNull())
    .addColumn("grain", "varchar(1)", (c) => c.notNull())
    .addColumn("period", "varchar(7)", (c) => c.notNull())
    .addColumn("country_code", "varchar(2)", (c) => c.notNull())
    .addColumn("agencies", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("agency_counts_pk", ["status", "grain", "period", "country_code"])
    .execute();
  await db.schema
    .createIndex("agency_counts_country_idx")
    .on("agency_counts")
    .column("country_code")
    .execute();
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

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("agency_counts").execute();
  await db.schema.dropTable("engagement_monthly").execute();
  await db.schema.dropIndex("operations_day_idx").execute();
  await db.schema.alterTable("operations").dropColumn("operation_day").execute();
  await db.schema.dropIndex("agencies_supporting_idx").execute();
  await db.schema.alterTable("agencies").dropColumn("supporting_since").execute();
}
