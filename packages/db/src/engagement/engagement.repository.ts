import {
  CAMPAIGN_LAUNCH,
  ENGAGEMENT_METRICS,
  type EngagementFilters,
  type EngagementMetric,
  type EngagementSeries,
  type EngagementTotals,
  type Granularity,
} from "@tbc/types";
import { sql } from "kysely";
import type { Executor } from "../schema";
import { engagementSource } from "./engagement.rollup";
import { chooseGranularity } from "./granularity";

/** Whitelist from API metric names to columns of the source rows `e` (engagement.rollup.ts). */
const METRIC_COLUMNS: Record<EngagementMetric, string> = {
  impressions: "e.impressions",
  reach: "e.reach",
  engagements: "e.engagements",
  shares: "e.shares",
  videoViews: "e.videoViews",
  newFollowers: "e.newFollowers",
  hashtagMentions: "e.hashtagMentions",
  siteVisits: "e.siteVisits",
};
export type SeriesMetric = EngagementMetric | "engagementRate";

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function resolveRange(f: EngagementFilters): { from: string; to: string } {
  return { from: f.from ?? CAMPAIGN_LAUNCH, to: f.to ?? today() };
}

/** Country filter → that country's breakdown rows; none → the channels' total rows (''). */
function scope(f: EngagementFilters, range: { from: string; to: string }) {
  return { ...range, countryCode: f.countryCode ?? "", ...(f.channels ? { channels: f.channels } : {}) };
}

function valueExpr(metric: SeriesMetric) {
  if (metric === "engagementRate") {
    // Computed from the bucket's sums, not averaged from daily rates.
    return sql<
      number | null
    >`cast(sum(e.engagements) as double precision) / nullif(sum(e.impressions_rated), 0)`;
  }
  return sql<number | null>`sum(${sql.ref(METRIC_COLUMNS[metric])})`;
}

/**
 * One series per channel, bucketed in SQL to the granularity the range allows (never more than
 * MAX_SERIES_POINTS buckets); months come from the monthly rollup. A bucket where no row reported the
 * metric is null, not zero.
 */
export async function engagementSeries(
  db: Executor,
  f: EngagementFilters,
  metric: SeriesMetric,
  requested?: Granularity,
): Promise<EngagementSeries> {
  const range = resolveRange(f);
  const granularity = chooseGranularity(range.from, range.to, requested);
  const rows = await engagementSource(db, scope(f, range), granularity)
    .select([
      "e.bucket",
      "e.channel",
      valueExpr(metric).as("value"),
      sql<number>`max(e.is_sample)`.as("sample"),
    ])
    .groupBy(["e.bucket", "e.channel"])
    .orderBy("e.bucket")
    .orderBy("e.channel")
    .execute();
  return {
    granularity,
    requested: requested && requested !== granularity ? requested : null,
    ...range,
    points: rows.map((r) => ({
      bucket: r.bucket,
      channel: r.channel,
      value: r.value === null ? null : Number(r.value),
    })),
    sample: rows.some((r) => Number(r.sample) === 1),
  };
}

/** Totals over the period: per channel (impressions, engagements) and for every metric. */
export async function engagementTotals(db: Executor, f: EngagementFilters): Promise<EngagementTotals> {
  const range = resolveRange(f);
  const byChannel = await engagementSource(db, scope(f, range), null)
    .select((eb) => [
      "e.channel",
      eb.fn.sum("e.impressions").as("impressions"),
      eb.fn.sum("e.engagements").as("engagements"),
      eb.fn.sum("e.days").as("reported"),
    ])
    .groupBy("e.channel")
    .orderBy("e.channel")
    .execute();
  const totals = await engagementSource(db, scope(f, range), null)
    .select([
      ...ENGAGEMENT_METRICS.map((m) => sql<number | null>`sum(${sql.ref(METRIC_COLUMNS[m])})`.as(m)),
      valueExpr("engagementRate").as("engagementRate"),
      sql<number | null>`max(e.is_sample)`.as("sample"),
    ])
    .executeTakeFirstOrThrow();
  const t = totals as Record<string, unknown>;
  return {
    byChannel: byChannel.map((r) => ({
      channel: r.channel,
      impressions: Number(r.impressions ?? 0),
      engagements: Number(r.engagements ?? 0),
      reported: Number(r.reported),
    })),
    totals: Object.fromEntries(
      ENGAGEMENT_METRICS.map((m) => [m, t[m] == null ? null : Number(t[m])]),
    ) as EngagementTotals["totals"],
    engagementRate: t.engagementRate == null ? null : Number(t.engagementRate),
    sample: Number(t.sample ?? 0) === 1,
  };
}

/** Operation announcements in the period, for markers on the timeline. */
export async function announcementMarkers(db: Executor, f: EngagementFilters) {
  const range = resolveRange(f);
  return db
    .selectFrom("operations")
    .select(["id", "name", "editionYear", "announcedOn", "crimeArea"])
    .where("announcedOn", ">=", range.from)
    .where("announcedOn", "<=", range.to)
    .orderBy("announcedOn")
    .execute() as Promise<
    { id: number; name: string; editionYear: number; announcedOn: string; crimeArea: string }[]
  >;
}
