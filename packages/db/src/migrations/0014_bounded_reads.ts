import { type Kysely, PostgresAdapter, sql } from "kysely";

// Frozen: never edit after it has landed. Add a new migration instead.

const FIGURES = ["raids", "arrests", "under_investigation", "seized_value_usd"];
const METRICS = [
  "impressions",
  "reach",
  "engagements",
  "shares",
  "video_views",
  "new_followers",
  "hashtag_mentions",
  "site_visits",
  "impressions_rated",
  "days",
  "is_sample",
];

/**
 * `operation_months` (issue 9): operations counted per month of their `operation_day` and crime
 * area, with each figure's sum and how many operations reported it (`<figure>_reported`; a sum is 0
 * when none did, and every reader goes by the count). The outcomes by year, the overview's operation
 * KPIs and the crime areas' counts read it instead of every operation: bounded by months × crime
 * areas, whatever the number of operations. All figures are bigint, so the rollup is kept by adding
 * and subtracting each written operation's contribution in the write's transaction
 * (operations/operations.rollup.ts), exactly. A row whose count falls to 0 is deleted.
 *
 * And covering indexes, so that the overview reads its rollup rows from an index alone:
 * - `agency_counts (status, grain, period, country_code, agencies)`: the agency counts by the end of a
 *   period read every (country, year) row of the status; through the primary key each was a look-up
 *   in the table;
 * - PostgreSQL only, `engagement_monthly (country_code, month, channel) include (every sum)`: its
 *   rows are written month by month, so one country's rows (the channels' totals, '') lie one per
 *   heap page and a period's read fetched a page per row (541 pages for 820 rows at scale 1, growing
 *   with the channels). SQLite's table is WITHOUT ROWID: its rows already lie in key order.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  let table = db.schema
    .createTable("operation_months")
    .addColumn("month", "varchar(10)", (c) => c.notNull())
    .addColumn("crime_area", "varchar(60)", (c) => c.notNull())
    .addColumn("operations", "integer", (c) => c.notNull());
  for (const f of FIGURES)
    table = table
      .addColumn(f, "bigint", (c) => c.notNull())
      .addColumn(`${f}_reported`, "integer", (c) => c.notNull());
  await table.addPrimaryKeyConstraint("operation_months_pk", ["month", "crime_area"]).execute();
  const sums = FIGURES.map((f) => `coalesce(sum(${f}), 0), count(${f})`).join(", ");
  const columns = FIGURES.map((f) => `${f}, ${f}_reported`).join(", ");
  await sql
    .raw(
      `insert into operation_months (month, crime_area, operations, ${columns})
      select substr(operation_day, 1, 7) || '-01', crime_area, count(*), ${sums}
      from operations group by substr(operation_day, 1, 7) || '-01', crime_area`,
    )
    .execute(db);

  await db.schema
    .createIndex("agency_counts_cover_idx")
    .on("agency_counts")
    .columns(["status", "grain", "period", "country_code", "agencies"])
    .execute();
  if (pg)
    await sql
      .raw(
        `create index engagement_monthly_cover_idx on engagement_monthly (country_code, month, channel)
        include (${METRICS.join(", ")})`,
      )
      .execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("engagement_monthly_cover_idx").ifExists().execute();
  await db.schema.dropIndex("agency_counts_cover_idx").execute();
  await db.schema.dropTable("operation_months").execute();
}
