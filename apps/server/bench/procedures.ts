/**
 * The procedures the bench calls, by name, in ONE place: the overview page's calls
 * (apps/dashboard/src/pages/overview/index.tsx and the selects it renders), the trivial query the load
 * test compares with, and hand-written SQL over the detail rows for each aggregate (the baseline).
 * When a router is renamed, fix the names here.
 */

import { type Executor, previousPeriod } from "@tbc/db";
import { CAMPAIGN_LAUNCH } from "@tbc/types";
import { sql } from "kysely";
import type { ProcedurePath } from "../src/root";

export const PROCEDURES = {
  overview: "overview.kpis",
  map: "overview.map",
  outcomesByYear: "outcomes.byYear",
  engagementSeries: "engagement.series",
  channels: "channels.list",
  countries: "countries.list",
  crimeAreas: "crimeAreas.list",
  /** The trivial tRPC query of the load test: the session lookup every call makes, and nothing else. */
  trivial: "auth.me",
} as const satisfies Record<string, ProcedurePath>;

/** The overview's default view: from the campaign's launch to today, the agencies map, no filter. */
export function overviewView(today = new Date().toISOString().slice(0, 10)) {
  return { from: CAMPAIGN_LAUNCH, to: today };
}

export type PageCall = { name: string; procedure: string; input: unknown };

/**
 * What the page requests on a cold load of its default view. The map card and the region card
 * both ask `overview.map` for the agencies layer with the same input (no country filter), which
 * the query cache makes one request.
 */
export function overviewPageCalls(view = overviewView()): PageCall[] {
  const years = { yearFrom: Number(view.from.slice(0, 4)), yearTo: Number(view.to.slice(0, 4)) };
  return [
    { name: "KPIs", procedure: PROCEDURES.overview, input: view },
    { name: "map (agencies)", procedure: PROCEDURES.map, input: { filters: view, layer: "agencies" } },
    {
      name: "outcomes by year",
      procedure: PROCEDURES.outcomesByYear,
      input: { ...years, figure: "arrests" },
    },
    {
      name: "engagement series",
      procedure: PROCEDURES.engagementSeries,
      input: { filters: view, metric: "impressions" },
    },
    { name: "channels", procedure: PROCEDURES.channels, input: undefined },
    {
      name: "countries",
      procedure: PROCEDURES.countries,
      input: { pagination: { mode: "off" }, sorters: [{ field: "name", order: "asc" }] },
    },
    { name: "crime areas", procedure: PROCEDURES.crimeAreas, input: { pagination: { mode: "off" } } },
  ];
}

/** A procedure of a tRPC caller by its dotted name. */
export function callByName(caller: unknown, procedure: string, input: unknown): Promise<unknown> {
  const fn = procedure
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (input: unknown) => Promise<unknown>)(input);
}

const AGENCY_SINCE = sql`coalesce(a.pledged_on, substr(a.created_at, 1, 10))`;
const OPERATION_DAY = sql`coalesce(o.announced_on, coalesce(o.period_end, o.period_start) || '-15', cast(o.edition_year as varchar(4)) || '-06-30')`;

/** The same aggregates written by hand over the detail rows, as a developer would without the app. */
export function handWritten(db: Executor, view = overviewView()): Record<string, () => Promise<unknown>> {
  const previous = previousPeriod(view.from, view.to);
  const kpis = async (r: { from: string; to: string }) => [
    await sql`select count(*) as n, count(distinct a.country_code) as countries from agencies a
      left join countries c on c.code = a.country_code
      where a.status = 'active' and ${AGENCY_SINCE} <= ${r.to}`.execute(db),
    await sql`select count(*) as n, sum(o.arrests) as arrests, count(o.arrests) as ra,
      sum(o.seized_value_usd) as seized, count(o.seized_value_usd) as rs from operations o
      where ${OPERATION_DAY} >= ${r.from} and ${OPERATION_DAY} <= ${r.to}`.execute(db),
    await sql`select sum(impressions) as i, sum(engagements) as e, max(is_sample) as s from engagement_daily
      where day >= ${r.from} and day <= ${r.to} and country_code = ''`.execute(db),
  ];
  return {
    KPIs: async () => [await kpis(view), await kpis(previous)],
    "map (agencies)": () =>
      sql`select c.code, c.numeric, c.name, c.region, count(*) as value from agencies a
        join countries c on c.code = a.country_code
        where a.status = 'active' and ${AGENCY_SINCE} <= ${view.to}
        group by c.code, c.numeric, c.name, c.region order by c.code`.execute(db),
    // The year an operation counts in is its operation day's (as the app's), not its edition year.
    "outcomes by year": () =>
      sql`select substr(${OPERATION_DAY}, 1, 4) as year, o.crime_area, count(*) as n, sum(o.arrests) as v,
          count(o.arrests) as r
        from operations o where ${OPERATION_DAY} >= ${`${view.from.slice(0, 4)}-01-01`}
        and ${OPERATION_DAY} <= ${`${view.to.slice(0, 4)}-12-31`}
        group by substr(${OPERATION_DAY}, 1, 4), o.crime_area order by 1, 2`.execute(db),
    "engagement series": () =>
      sql`select substr(day, 1, 7) as bucket, channel, sum(impressions) as v, max(is_sample) as s
        from engagement_daily where day >= ${view.from} and day <= ${view.to} and country_code = ''
        group by substr(day, 1, 7), channel order by 1, 2`.execute(db),
    channels: () => sql`select code, label from channels order by code`.execute(db),
    countries: () => sql`select code, alpha3, numeric, name, region from countries order by name`.execute(db),
    "crime areas": () => sql`select code from crime_areas order by code`.execute(db),
  };
}
