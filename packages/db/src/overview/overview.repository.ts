import type { MapValues, OverviewFigures, OverviewFilters, OverviewKpis } from "@tbc/types";
import type { ExpressionBuilder } from "kysely";
import { activeAgenciesSource, undatedAgenciesSource } from "../agencies/agencies.rollup";
import { engagementSource } from "../engagement/engagement.rollup";
import { operationsSource } from "../operations/operations.rollup";
import type { DB, Executor } from "../schema";

/**
 * The overview's KPIs for a period and the period of equal length before it, and the map's values,
 * all in SQL. Dates:
 * - an agency supports the campaign from its pledge date (`supporting_since`); one whose pledge date
 *   is unknown supports "since an unknown date": counted in the total of every period, never as new
 *   in one, and counted apart (`agenciesUndated`) so that the page can say how many;
 * - an operation falls on the day its results were announced, else mid-month of the last month of
 *   its period, else mid-year of its edition year (`operation_day`).
 * Both are generated columns with indexes (migration 0005); engagement and operations read their
 * monthly rollups for whole months (engagement.rollup.ts, operations.rollup.ts).
 */

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * The period of equal length just before: whole calendar months (a month, a quarter, a year) step
 * back by the same number of months, so that 2024 compares with 2023; any other range by its days.
 */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  const lastOfMonth = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0)).getUTCDate();
  if (from.endsWith("-01") && end.getUTCDate() === lastOfMonth) {
    const s = new Date(start);
    const months = (end.getUTCFullYear() - s.getUTCFullYear()) * 12 + end.getUTCMonth() - s.getUTCMonth() + 1;
    return { from: iso(Date.UTC(s.getUTCFullYear(), s.getUTCMonth() - months, 1)), to: iso(start - DAY) };
  }
  const length = end.getTime() - start + DAY;
  return { from: iso(start - length), to: iso(start - DAY) };
}

type OpEb = ExpressionBuilder<DB & { o: DB["operations"] }, "o">;

function operationWhere(eb: OpEb, f: OverviewFilters, range: { from: string; to: string }) {
  const took = (extra: (q: ReturnType<typeof part>) => ReturnType<typeof part>) => eb.exists(extra(part()));
  const part = () =>
    eb
      .selectFrom("operationCountries as oc")
      .innerJoin("countries as pc", "pc.code", "oc.countryCode")
      .select("oc.operationId")
      .whereRef("oc.operationId", "=", "o.id");
  return eb.and([
    eb("o.operationDay", ">=", range.from),
    eb("o.operationDay", "<=", range.to),
    ...(f.crimeAreas?.length ? [eb("o.crimeArea", "in", f.crimeAreas)] : []),
    ...(f.region ? [took((q) => q.where("pc.region", "=", f.region as string))] : []),
    ...(f.countryCode ? [took((q) => q.where("oc.countryCode", "=", f.countryCode as string))] : []),
  ]);
}

async function figures(
  db: Executor,
  f: OverviewFilters,
  range: { from: string; to: string },
): Promise<OverviewFigures> {
  const agencies = await activeAgenciesSource(db, f, range.to)
    .select((eb) => [
      eb.fn.sum("u.n").as("agencies"),
      eb.fn.count("u.countryCode").distinct().as("countries"),
    ])
    .executeTakeFirstOrThrow();
  const undated = await undatedAgenciesSource(db, f)
    .select((eb) => eb.fn.sum("u.n").as("n"))
    .executeTakeFirstOrThrow();
  // Without a place filter, whole months from the rollup and the edge days from the rows.
  const ops =
    f.region || f.countryCode
      ? await db
          .selectFrom("operations as o")
          .where((eb) => operationWhere(eb, f, range))
          .select((eb) => [
            eb.fn.countAll().as("operations"),
            eb.fn.sum("o.arrests").as("arrests"),
            eb.fn.count("o.arrests").as("arrestsReported"),
            eb.fn.sum("o.seizedValueUsd").as("seized"),
            eb.fn.count("o.seizedValueUsd").as("seizedReported"),
          ])
          .executeTakeFirstOrThrow()
      : await operationsSource(db, { ...range, ...(f.crimeAreas ? { crimeAreas: f.crimeAreas } : {}) })
          .select((eb) => [
            eb.fn.sum("u.n").as("operations"),
            eb.fn.sum("u.arrests").as("arrests"),
            eb.fn.sum("u.arrestsReported").as("arrestsReported"),
            eb.fn.sum("u.seizedValueUsd").as("seized"),
            eb.fn.sum("u.seizedValueUsdReported").as("seizedReported"),
          ])
          .executeTakeFirstOrThrow();
  const scope = {
    ...range,
    countryCode: f.countryCode ?? "",
    ...(f.channels ? { channels: f.channels } : {}),
  };
  const engagement = await engagementSource(db, scope, null)
    .select((eb) => [
      eb.fn.sum("e.impressions").as("impressions"),
      eb.fn.sum("e.engagements").as("engagements"),
      eb.fn.max("e.isSample").as("sample"),
    ])
    .executeTakeFirstOrThrow();
  return {
    agencies: Number(agencies.agencies ?? 0),
    agencyCountries: Number(agencies.countries),
    agenciesUndated: Number(undated.n ?? 0),
    operations: Number(ops.operations),
    arrests: { sum: Number(ops.arrests ?? 0), reported: Number(ops.arrestsReported) },
    seizedValueUsd: { sum: Number(ops.seized ?? 0), reported: Number(ops.seizedReported) },
    impressions: engagement.impressions === null ? null : Number(engagement.impressions),
    engagements: engagement.engagements === null ? null : Number(engagement.engagements),
    engagementSample: Number(engagement.sample ?? 0) === 1,
  };
}

/**
 * A period that runs past today is counted to date, and compared with as many days of the period
 * before (1 Jan – 1 Dec against 1 Jan – 1 Dec of the year before), never with a whole period.
 */
export async function overviewKpis(
  db: Executor,
  f: OverviewFilters,
  today: string = iso(Date.now()),
): Promise<OverviewKpis> {
  const before = previousPeriod(f.from, f.to);
  const partial = f.to > today && f.from <= today;
  const period = { from: f.from, to: partial ? today : f.to };
  const elapsed = Date.parse(`${today}T00:00:00Z`) - Date.parse(`${f.from}T00:00:00Z`);
  const cut = iso(Date.parse(`${before.from}T00:00:00Z`) + elapsed);
  const compared = partial && cut < before.to ? { from: before.from, to: cut } : before;
  return {
    period,
    previousPeriod: compared,
    partial,
    current: await figures(db, f, period),
    previous: await figures(db, f, compared),
  };
}

/** Per country: active agencies by the end of the period, or operations it took part in. */
export async function overviewMap(
  db: Executor,
  f: OverviewFilters,
  layer: "agencies" | "operations",
): Promise<MapValues> {
  if (layer === "agencies") {
    const rows = await activeAgenciesSource(db, f, f.to)
      .innerJoin("countries as c", "c.code", "u.countryCode")
      .select((eb) => ["c.code", "c.numeric", "c.name", "c.region", eb.fn.sum("u.n").as("value")])
      .groupBy(["c.code", "c.numeric", "c.name", "c.region"])
      .orderBy("c.code")
      .execute();
    return rows.map((r) => ({ ...r, value: Number(r.value) }));
  }
  let q = db
    .selectFrom("operationCountries as oc2")
    .innerJoin("operations as o", "o.id", "oc2.operationId")
    .innerJoin("countries as c", "c.code", "oc2.countryCode")
    .where((eb) => operationWhere(eb as unknown as OpEb, f, f));
  if (f.region) q = q.where("c.region", "=", f.region);
  if (f.countryCode) q = q.where("c.code", "=", f.countryCode);
  const rows = await q
    .select((eb) => ["c.code", "c.numeric", "c.name", "c.region", eb.fn.countAll().as("value")])
    .groupBy(["c.code", "c.numeric", "c.name", "c.region"])
    .orderBy("c.code")
    .execute();
  return rows.map((r) => ({ ...r, value: Number(r.value) }));
}
