import type {
  Covered,
  OperationFigure,
  OutcomeFilters,
  OutcomeKpis,
  OutcomesByCrimeArea,
  OutcomesByYear,
} from "@tbc/types";
import { type ExpressionBuilder, sql } from "kysely";
import { type OperationScope, operationsSource } from "../operations/operations.rollup";
import type { DB, Executor } from "../schema";

/**
 * Outcome aggregates for charts and KPIs, all computed in SQL. A figure's sum always comes with how
 * many operations reported it (`count(column)` skips NULLs): unknown is never counted as zero.
 *
 * An operation counts on one day everywhere (issue 12): `operation_day`, the day its results were
 * announced, else mid-month of the last month of its period, else mid-year of its edition year
 * (migration 0005). The overview's KPIs filter on that day; so the charts' "year" is that day's
 * year, not the edition year, and a KPI equals the sum of its chart under the same filters.
 */

/** Whitelist from API figure names to columns; nothing else reaches `sql.ref`. */
const FIGURE_COLUMNS: Record<OperationFigure, string> = {
  raids: "o.raids",
  arrests: "o.arrests",
  underInvestigation: "o.under_investigation",
  seizedValueUsd: "o.seized_value_usd",
};
const figure = (f: OperationFigure) => sql.ref<number | null>(FIGURE_COLUMNS[f]);

/** The year an operation counts in: its operation_day's. */
const countedYear = sql<string>`substr(o.operation_day, 1, 4)`;

type OpsEb = ExpressionBuilder<DB & { o: DB["operations"] }, "o">;

/** The global filters as a WHERE on operations `o`; country and region mean "took part". */
function where(eb: OpsEb, f: OutcomeFilters) {
  const conds = [];
  if (f.yearFrom !== undefined) conds.push(eb("o.operationDay", ">=", `${f.yearFrom}-01-01`));
  if (f.yearTo !== undefined) conds.push(eb("o.operationDay", "<=", `${f.yearTo}-12-31`));
  if (f.from !== undefined) conds.push(eb("o.operationDay", ">=", f.from));
  if (f.to !== undefined) conds.push(eb("o.operationDay", "<=", f.to));
  if (f.crimeAreas?.length) conds.push(eb("o.crimeArea", "in", f.crimeAreas));
  if (f.countryCode) {
    conds.push(
      eb.exists(
        eb
          .selectFrom("operationCountries as oc")
          .select("oc.operationId")
          .whereRef("oc.operationId", "=", "o.id")
          .where("oc.countryCode", "=", f.countryCode),
      ),
    );
  }
  if (f.region) {
    conds.push(
      eb.exists(
        eb
          .selectFrom("operationCountries as oc")
          .innerJoin("countries as c", "c.code", "oc.countryCode")
          .select("oc.operationId")
          .whereRef("oc.operationId", "=", "o.id")
          .where("c.region", "=", f.region),
      ),
    );
  }
  return eb.and(conds);
}

/**
 * Without a country or region filter, the figures come from the monthly rollup and the edge days
 * (operationsSource): the day range the filters leave, and the crime areas. Null: they need the
 * operations' countries, so the detail rows.
 */
function rollupScope(f: OutcomeFilters): OperationScope | null {
  if (f.countryCode || f.region) return null;
  const max = (a?: string, b?: string) => (a === undefined ? b : b === undefined || a > b ? a : b);
  const min = (a?: string, b?: string) => (a === undefined ? b : b === undefined || a < b ? a : b);
  const from = max(f.from, f.yearFrom === undefined ? undefined : `${f.yearFrom}-01-01`);
  const to = min(f.to, f.yearTo === undefined ? undefined : `${f.yearTo}-12-31`);
  return {
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
    ...(f.crimeAreas?.length ? { crimeAreas: f.crimeAreas } : {}),
  };
}

const covered = (sum: unknown, reported: unknown): Covered => ({
  sum: Number(sum ?? 0),
  reported: Number(reported),
});

export async function outcomeKpis(db: Executor, f: OutcomeFilters): Promise<OutcomeKpis> {
  const row = await db
    .selectFrom("operations as o")
    .where((eb) => where(eb, f))
    .select((eb) => [
      eb.fn.countAll().as("operations"),
      ...(["raids", "arrests", "underInvestigation", "seizedValueUsd"] as const).flatMap((k) => [
        eb.fn.sum(figure(k)).as(`${k}Sum`),
        eb.fn.count(figure(k)).as(`${k}Reported`),
      ]),
    ])
    .executeTakeFirstOrThrow();
  // Distinct countries over the filtered operations; with a region or country filter, only those.
  let countries = db
    .selectFrom("operationCountries as oc")
    .innerJoin("operations as o", "o.id", "oc.operationId")
    .innerJoin("countries as c", "c.code", "oc.countryCode")
    .where((eb) => where(eb, f));
  if (f.region) countries = countries.where("c.region", "=", f.region);
  if (f.countryCode) countries = countries.where("oc.countryCode", "=", f.countryCode);
  const c = await countries
    .select((eb) => [
      eb.fn.count("oc.countryCode").distinct().as("countries"),
      eb.fn.count("oc.operationId").distinct().as("operationsWithCountries"),
    ])
    .executeTakeFirstOrThrow();
  const r = row as Record<string, unknown>;
  return {
    operations: Number(row.operations),
    raids: covered(r.raidsSum, r.raidsReported),
    arrests: covered(r.arrestsSum, r.arrestsReported),
    underInvestigation: covered(r.underInvestigationSum, r.underInvestigationReported),
    seizedValueUsd: covered(r.seizedValueUsdSum, r.seizedValueUsdReported),
    countries: Number(c.countries),
    operationsWithCountries: Number(c.operationsWithCountries),
  };
}

export async function outcomesByYear(
  db: Executor,
  f: OutcomeFilters & { figure: OperationFigure },
): Promise<OutcomesByYear> {
  const scope = rollupScope(f);
  if (scope) {
    const year = sql<string>`substr(u.day, 1, 4)`;
    const rows = await operationsSource(db, scope)
      .select((eb) => [
        year.as("year"),
        "u.crimeArea",
        eb.fn.sum("u.n").as("operations"),
        eb.fn.sum(`u.${f.figure}`).as("value"),
        eb.fn.sum(`u.${f.figure}Reported`).as("reported"),
      ])
      .groupBy([year, "u.crimeArea"])
      .orderBy(year)
      .orderBy("u.crimeArea")
      .execute();
    return rows.map(yearRow);
  }
  const rows = await db
    .selectFrom("operations as o")
    .where((eb) => where(eb, f))
    .select((eb) => [
      countedYear.as("year"),
      "o.crimeArea",
      eb.fn.countAll().as("operations"),
      eb.fn.sum(figure(f.figure)).as("value"),
      eb.fn.count(figure(f.figure)).as("reported"),
    ])
    .groupBy([countedYear, "o.crimeArea"])
    .orderBy(countedYear)
    .orderBy("o.crimeArea")
    .execute();
  return rows.map(yearRow);
}

/** Drivers answer sums and counts as strings or bigints: one year × crime area row as numbers. */
function yearRow(r: {
  year: unknown;
  crimeArea: string;
  operations: unknown;
  value: unknown;
  reported: unknown;
}) {
  return {
    year: Number(r.year),
    crimeArea: r.crimeArea,
    operations: Number(r.operations),
    value: Number(r.value ?? 0),
    reported: Number(r.reported),
  };
}

export async function outcomesByCrimeArea(db: Executor, f: OutcomeFilters): Promise<OutcomesByCrimeArea> {
  const rows = await db
    .selectFrom("operations as o")
    .where((eb) => where(eb, f))
    .select((eb) => [
      "o.crimeArea",
      eb.fn.countAll().as("operations"),
      eb.fn.sum(figure("arrests")).as("arrestsSum"),
      eb.fn.count(figure("arrests")).as("arrestsReported"),
      eb.fn.sum(figure("seizedValueUsd")).as("seizedSum"),
      eb.fn.count(figure("seizedValueUsd")).as("seizedReported"),
    ])
    .groupBy("o.crimeArea")
    .orderBy("o.crimeArea")
    .execute();
  return rows.map((r) => ({
    crimeArea: r.crimeArea,
    operations: Number(r.operations),
    arrests: covered(r.arrestsSum, r.arrestsReported),
    seizedValueUsd: covered(r.seizedSum, r.seizedReported),
  }));
}

export async function topOperations(
  db: Executor,
  f: OutcomeFilters & { figure: OperationFigure; limit: number },
): Promise<{ id: number; name: string; editionYear: number; crimeArea: string; value: number }[]> {
  const rows = await db
    .selectFrom("operations as o")
    .where((eb) => where(eb, f))
    .where(figure(f.figure), "is not", null)
    .select(["o.id", "o.name", "o.editionYear", "o.crimeArea", figure(f.figure).as("value")])
    .orderBy(figure(f.figure), "desc")
    .orderBy("o.id")
    .limit(Math.min(f.limit, 50))
    .execute();
  return rows.map((r) => ({ ...r, value: Number(r.value) }));
}

/** Participating operations per country, for the map: operations a country took part in. */
export async function operationsByCountry(db: Executor, f: OutcomeFilters) {
  const rows = await db
    .selectFrom("operationCountries as oc")
    .innerJoin("operations as o", "o.id", "oc.operationId")
    .innerJoin("countries as c", "c.code", "oc.countryCode")
    .where((eb) => where(eb, f))
    .select((eb) => ["c.code", "c.name", "c.region", eb.fn.countAll().as("operations")])
    .groupBy(["c.code", "c.name", "c.region"])
    .orderBy("operations", "desc")
    .orderBy("c.name")
    .execute();
  return rows.map((r) => ({ ...r, operations: Number(r.operations) }));
}
