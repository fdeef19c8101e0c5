import { type Kysely, sql } from "kysely";

// Frozen: never edit after it has landed. Add a new migration instead.

const FIGURES = ["raids", "arrests", "under_investigation", "seized_value_usd"];

/**
 * `operation_months` (issue 9): operations counted per month of their `operation_day` and crime
 * area, with each figure's sum and how many operations reported it (`<figure>_reported`; a sum is 0
 * when none did, and every reader goes by the count). The outcomes by year, the overview's operation
 * KPIs and the crime areas' counts read it instead of every operation: bounded by months × crime
 * areas, whatever the number of operations. All figures are bigint, so the rollup is kept by adding
 * and subtracting each written operation's contribution in the write's transaction
 * (operations/operations.rollup.ts), exactly. A row whose count falls to 0 is deleted.
 */
export async function up(db: Kysely<any>): Promise<void> {
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
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("operation_months").execute();
}
