import {
  CAMPAIGN_LAUNCH,
  ENGAGEMENT_METRICS,
  type EngagementFilters,
  type EngagementMetric,
  type Granularity,
  type OverviewFilters,
} from "@tbc/types";
import { type RawBuilder, sql } from "kysely";
import { dayBucket } from "../src/dialect";
import { chooseGranularity } from "../src/engagement/granularity";
import { previousPeriod } from "../src/overview/overview.repository";
import type { Executor } from "../src/schema";

/**
 * The overview's figures written by hand over the detail rows only (agencies, operations,
 * engagement_daily): no rollup, no generated column. The rollup test holds the repositories to these.
 */

// An unknown pledge date counts in every total (supporting since an unknown date), never as new.
const SINCE = sql`coalesce(a.pledged_on, '')`;
const OP_DAY = sql`coalesce(o.announced_on, coalesce(o.period_end, o.period_start) || '-15', cast(o.edition_year as varchar(4)) || '-06-30')`;
const COLUMN: Record<EngagementMetric, string> = {
  impressions: "impressions",
  reach: "reach",
  engagements: "engagements",
  shares: "shares",
  videoViews: "video_views",
  newFollowers: "new_followers",
  hashtagMentions: "hashtag_mentions",
  siteVisits: "site_visits",
};
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const and = (parts: RawBuilder<unknown>[]) => (parts.length ? sql.join(parts, sql` and `) : sql`1 = 1`);

function agencyConds(f: OverviewFilters, asOf: string) {
  return and([
    sql`a.status = 'active'`,
    sql`${SINCE} <= ${asOf}`,
    ...(f.region ? [sql`c.region = ${f.region}`] : []),
    ...(f.countryCode ? [sql`a.country_code = ${f.countryCode}`] : []),
  ]);
}

function operationConds(f: OverviewFilters, r: { from: string; to: string }) {
  const took = (cond: RawBuilder<unknown>) =>
    sql`exists (select 1 from operation_countries oc join countries pc on pc.code = oc.country_code
      where oc.operation_id = o.id and ${cond})`;
  return and([
    sql`${OP_DAY} >= ${r.from}`,
    sql`${OP_DAY} <= ${r.to}`,
    ...(f.crimeAreas?.length ? [sql`o.crime_area in (${sql.join(f.crimeAreas)})`] : []),
    ...(f.region ? [took(sql`pc.region = ${f.region}`)] : []),
    ...(f.countryCode ? [took(sql`oc.country_code = ${f.countryCode}`)] : []),
  ]);
}

function dailyConds(f: { countryCode?: string; channels?: string[] }, r: { from: string; to: string }) {
  return and([
    sql`day >= ${r.from}`,
    sql`day <= ${r.to}`,
    sql`country_code = ${f.countryCode ?? ""}`,
    ...(f.channels?.length ? [sql`channel in (${sql.join(f.channels)})`] : []),
  ]);
}

async function one(db: Executor, q: RawBuilder<unknown>): Promise<Record<string, unknown>> {
  return ((await q.execute(db)).rows[0] ?? {}) as Record<string, unknown>;
}

async function figures(db: Executor, f: OverviewFilters, r: { from: string; to: string }) {
  const a = await one(
    db,
    sql`select count(*) as n, count(distinct a.country_code) as countries from agencies a
      left join countries c on c.code = a.country_code where ${agencyConds(f, r.to)}`,
  );
  const o = await one(
    db,
    sql`select count(*) as n, sum(arrests) as arrests, count(arrests) as ar,
      sum(seized_value_usd) as seized, count(seized_value_usd) as sr
      from operations o where ${operationConds(f, r)}`,
  );
  const e = await one(
    db,
    sql`select sum(impressions) as i, sum(engagements) as e, max(is_sample) as s
      from engagement_daily where ${dailyConds(f, r)}`,
  );
  const u = await one(
    db,
    sql`select count(*) as n from agencies a left join countries c on c.code = a.country_code
      where ${agencyConds(f, "")}`,
  );
  return {
    agencies: Number(a.n),
    agencyCountries: Number(a.countries),
    agenciesUndated: Number(u.n),
    operations: Number(o.n),
    arrests: { sum: Number(o.arrests ?? 0), reported: Number(o.ar) },
    seizedValueUsd: { sum: Number(o.seized ?? 0), reported: Number(o.sr) },
    impressions: num(e.i),
    engagements: num(e.e),
    engagementSample: Number(e.s ?? 0) === 1,
  };
}

export async function kpisByHand(db: Executor, f: OverviewFilters) {
  const period = { from: f.from, to: f.to };
  const before = previousPeriod(f.from, f.to);
  return {
    period,
    previousPeriod: before,
    partial: false,
    current: await figures(db, f, period),
    previous: await figures(db, f, before),
  };
}

export async function mapByHand(db: Executor, f: OverviewFilters, layer: "agencies" | "operations") {
  const rows =
    layer === "agencies"
      ? await sql<Record<string, unknown>>`select c.code, c.numeric, c.name, c.region, count(*) as value
          from agencies a join countries c on c.code = a.country_code where ${agencyConds(f, f.to)}
          group by c.code, c.numeric, c.name, c.region order by c.code`.execute(db)
      : await sql<Record<string, unknown>>`select c.code, c.numeric, c.name, c.region, count(*) as value
          from operation_countries oc2 join operations o on o.id = oc2.operation_id
          join countries c on c.code = oc2.country_code
          where ${operationConds(f, f)}
            ${f.region ? sql`and c.region = ${f.region}` : sql``}
            ${f.countryCode ? sql`and c.code = ${f.countryCode}` : sql``}
          group by c.code, c.numeric, c.name, c.region order by c.code`.execute(db);
  return rows.rows.map((r) => ({ ...r, value: Number(r.value) }));
}

const range = (f: EngagementFilters) => ({
  from: f.from ?? CAMPAIGN_LAUNCH,
  to: f.to ?? new Date().toISOString().slice(0, 10),
});

export async function seriesByHand(
  db: Executor,
  f: EngagementFilters,
  metric: EngagementMetric | "engagementRate",
  requested?: Granularity,
) {
  const r = range(f);
  const granularity = chooseGranularity(r.from, r.to, requested);
  const bucket = dayBucket(db, granularity, sql.ref("day"));
  const value =
    metric === "engagementRate"
      ? sql`cast(sum(engagements) as double precision) / nullif(sum(case when engagements is not null then impressions end), 0)`
      : sql`sum(${sql.ref(COLUMN[metric])})`;
  const { rows } = await sql<{ bucket: string; channel: string; value: unknown; sample: unknown }>`
    select ${bucket} as bucket, channel, ${value} as value, max(is_sample) as sample
    from engagement_daily where ${dailyConds(f, r)}
    group by ${bucket}, channel order by 1, 2`.execute(db);
  return {
    granularity,
    requested: requested && requested !== granularity ? requested : null,
    ...r,
    points: rows.map((p) => ({ bucket: p.bucket, channel: p.channel, value: num(p.value) })),
    sample: rows.some((p) => Number(p.sample) === 1),
  };
}

export async function totalsByHand(db: Executor, f: EngagementFilters) {
  const r = range(f);
  const { rows } = await sql<Record<string, unknown>>`select channel, sum(impressions) as i,
      sum(engagements) as e, count(*) as n
    from engagement_daily where ${dailyConds(f, r)} group by channel order by channel`.execute(db);
  const sums = ENGAGEMENT_METRICS.map((m) => sql`sum(${sql.ref(COLUMN[m])}) as ${sql.ref(COLUMN[m])}`);
  const t = await one(
    db,
    sql`select ${sql.join(sums)},
      cast(sum(engagements) as double precision) / nullif(sum(case when engagements is not null then impressions end), 0) as rate,
      max(is_sample) as sample from engagement_daily where ${dailyConds(f, r)}`,
  );
  return {
    byChannel: rows.map((c) => ({
      channel: c.channel,
      impressions: Number(c.i ?? 0),
      engagements: Number(c.e ?? 0),
      reported: Number(c.n),
    })),
    totals: Object.fromEntries(ENGAGEMENT_METRICS.map((m) => [m, num(t[m])])),
    engagementRate: num(t.rate),
    sample: Number(t.sample ?? 0) === 1,
  };
}

export async function agenciesByCountryByHand(db: Executor) {
  const active = sql`sum(case when a.status = 'active' then 1 else 0 end)`;
  const byCountry = await sql<Record<string, unknown>>`select a.country_code as cc, c.name, c.region,
      ${active} as active, count(*) as total
    from agencies a left join countries c on c.code = a.country_code where a.status <> 'withdrawn'
    group by a.country_code, c.name, c.region order by active desc, c.name`.execute(db);
  const byRegion = await sql<Record<string, unknown>>`select c.region, ${active} as active, count(*) as total,
      count(distinct case when a.status = 'active' then a.country_code end) as countries
    from agencies a left join countries c on c.code = a.country_code where a.status <> 'withdrawn'
    group by c.region order by c.region`.execute(db);
  return {
    byCountry: byCountry.rows.map((r) => ({
      countryCode: r.cc ?? null,
      countryName: r.name ?? null,
      region: r.region ?? null,
      active: Number(r.active ?? 0),
      total: Number(r.total),
    })),
    byRegion: byRegion.rows.map((r) => ({
      region: r.region ?? null,
      active: Number(r.active ?? 0),
      total: Number(r.total),
      countries: Number(r.countries),
    })),
  };
}

/** Outcomes by year written over the operations, the year being operation_day's (no rollup). */
export async function outcomesByYearByHand(
  db: Executor,
  f: {
    yearFrom?: number;
    yearTo?: number;
    from?: string;
    to?: string;
    crimeAreas?: string[];
    figure: "raids" | "arrests" | "underInvestigation" | "seizedValueUsd";
  },
) {
  const column = sql.ref(
    {
      raids: "raids",
      arrests: "arrests",
      underInvestigation: "under_investigation",
      seizedValueUsd: "seized_value_usd",
    }[f.figure],
  );
  const year = sql`substr(${OP_DAY}, 1, 4)`;
  const conds = and([
    ...(f.yearFrom !== undefined ? [sql`${OP_DAY} >= ${`${f.yearFrom}-01-01`}`] : []),
    ...(f.yearTo !== undefined ? [sql`${OP_DAY} <= ${`${f.yearTo}-12-31`}`] : []),
    ...(f.from !== undefined ? [sql`${OP_DAY} >= ${f.from}`] : []),
    ...(f.to !== undefined ? [sql`${OP_DAY} <= ${f.to}`] : []),
    ...(f.crimeAreas?.length ? [sql`o.crime_area in (${sql.join(f.crimeAreas)})`] : []),
  ]);
  const { rows } = await sql<Record<string, unknown>>`select ${year} as year, o.crime_area as ca,
      count(*) as n, sum(${column}) as v, count(${column}) as r
    from operations o where ${conds} group by ${year}, o.crime_area order by 1, 2`.execute(db);
  return rows.map((r) => ({
    year: Number(r.year),
    crimeArea: r.ca,
    operations: Number(r.n),
    value: Number(r.v ?? 0),
    reported: Number(r.r),
  }));
}

/** Every crime area with how many operations it has, over the operations. */
export async function crimeAreasByHand(db: Executor) {
  const { rows } = await sql<{ code: string; n: unknown }>`select ca.code, count(o.id) as n
    from crime_areas ca left join operations o on o.crime_area = ca.code
    group by ca.code order by ca.code`.execute(db);
  return rows.map((r) => ({ code: r.code, operations: Number(r.n) }));
}

/** Rows of operation_months that a recomputation from the operations does not give, and the reverse. */
export async function operationMonthsDifferences(db: Executor): Promise<number> {
  const kept = sql`select month, crime_area, operations, raids, raids_reported, arrests, arrests_reported,
      under_investigation, under_investigation_reported, seized_value_usd, seized_value_usd_reported
    from operation_months`;
  const byHand = sql`select substr(${OP_DAY}, 1, 7) || '-01', o.crime_area, count(*),
      coalesce(sum(raids), 0), count(raids), coalesce(sum(arrests), 0), count(arrests),
      coalesce(sum(under_investigation), 0), count(under_investigation),
      coalesce(sum(seized_value_usd), 0), count(seized_value_usd)
    from operations o group by 1, 2`;
  let n = 0;
  for (const [a, b] of [
    [kept, byHand],
    [byHand, kept],
  ] as const) {
    const { rows } = await sql<{ n: unknown }>`select count(*) as n from (
      select * from (${a}) a except select * from (${b}) b) d`.execute(db);
    n += Number(rows[0]?.n);
  }
  return n;
}
