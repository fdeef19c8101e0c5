import { CAMPAIGN_EVENTS } from "../../engagement/sample-generator";
import { type ScaleChannel, scaleChannel, season } from "./channels";
import type { ScaleContext } from "./context";
import { DAY_MS, dayOf, Rng, timeOf } from "./random";
import type { TableSpec } from "./writer";

export const ENGAGEMENT_DAILY: TableSpec = {
  table: "engagement_daily",
  columns: [
    ["day", "varchar"],
    ["channel", "varchar"],
    ["country_code", "varchar"],
    ["impressions", "bigint"],
    ["reach", "bigint"],
    ["engagements", "bigint"],
    ["shares", "bigint"],
    ["video_views", "bigint"],
    ["new_followers", "bigint"],
    ["hashtag_mentions", "bigint"],
    ["site_visits", "bigint"],
    ["is_sample", "integer"],
  ],
};

type Breakdown = { code: string; share: number; start: string };
export type PlannedChannel = ScaleChannel & { breakdown: Breakdown[] };
export type EngagementPlan = { from: string; to: string; channels: PlannedChannel[]; rows: number };

/**
 * Which channel reports which countries from when, so that the rows add up to about the count asked
 * for: every channel has its daily total (country ''); countries are broken out in order of
 * channel size × country weight, the smaller countries later in the channel's life. At small scales
 * the totals alone would exceed the count, so the series then covers only the most recent days.
 */
export function planEngagement(ctx: ScaleContext): EngagementPlan {
  const target = ctx.counts.engagement;
  const end = timeOf(ctx.to);
  const maxDays = Math.max(7, Math.floor(target / 2 / 6));
  const from = Math.max(timeOf(ctx.from), end - (maxDays - 1) * DAY_MS);
  const daysFrom = (start: string) => Math.max(0, (end - Math.max(timeOf(start), from)) / DAY_MS + 1);
  const n = ctx.countries.length;
  const channels: ScaleChannel[] = [];
  for (let capacity = 0; channels.length < 6 || capacity < target * 1.1; ) {
    const c = scaleChannel(channels.length);
    channels.push(c);
    capacity += daysFrom(c.start) * (1 + n * 0.65);
  }
  const r = new Rng(ctx.seed + 4);
  const totalWeight = ctx.countries.reduce((s, c) => s + c.weight, 0);
  const candidates = channels.flatMap((c, ci) =>
    ctx.countries.map((country, k) => {
      const days = daysFrom(c.start);
      const lag = Math.floor(Math.min(0.9, (0.6 * k * (0.5 + r.u())) / n) * days);
      const start = Math.max(timeOf(c.start), from) + lag * DAY_MS;
      return {
        ci,
        k,
        score: c.weight * country.weight,
        rows: days - lag,
        item: {
          code: country.code,
          share: (country.weight / totalWeight) * (0.6 + 0.8 * r.u()),
          start: dayOf(start),
        },
      };
    }),
  );
  candidates.sort((a, b) => b.score - a.score || a.ci - b.ci || a.k - b.k);
  let rows = channels.reduce((s, c) => s + daysFrom(c.start), 0);
  const breakdowns = channels.map((): Breakdown[] => []);
  for (const cand of candidates) {
    if (rows >= target) break;
    breakdowns[cand.ci]?.push(cand.item);
    rows += cand.rows;
  }
  const planned = channels
    .map((c, i) => ({
      ...c,
      start: dayOf(Math.max(timeOf(c.start), from)),
      breakdown: (breakdowns[i] ?? []).sort((a, b) => (a.code < b.code ? -1 : 1)),
    }))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
  return { from: dayOf(from), to: ctx.to, channels: planned, rows };
}

/** The attention a campaign event brings: the day itself, then halving each day for a few days. */
function spikes(): (t: number) => number {
  const events = new Map(CAMPAIGN_EVENTS.map((e) => [timeOf(e.day), e.boost]));
  return (t) => {
    let f = 1;
    for (let back = 0; back < 4; back++) {
      const boost = events.get(t - back * DAY_MS);
      if (boost) f += (boost - 1) / 2 ** back;
    }
    return f;
  };
}

/**
 * The daily rows in primary-key order (day, channel, country), which keeps inserts at the end of
 * the key's b-tree. Every row is sample data (is_sample = 1).
 */
export function* generateEngagement(ctx: ScaleContext, plan: EngagementPlan): Generator<unknown[]> {
  const r = new Rng(ctx.seed + 5);
  const spike = spikes();
  const network = (code: string) => code.split("-")[0] ?? code;
  for (let t = timeOf(plan.from); t <= timeOf(plan.to); t += DAY_MS) {
    const day = dayOf(t);
    const weekday = new Date(t).getUTCDay();
    const shape = season(day) * spike(t);
    for (const c of plan.channels) {
      if (day < c.start) continue;
      const years = (t - timeOf(c.start)) / (365.25 * DAY_MS);
      const trend = (1 + c.growth) ** Math.min(years, 5) * (1 + 0.03 * Math.max(0, years - 5));
      const week = weekday === 0 || weekday === 6 ? c.weekend : 1;
      const i = Math.round(c.base * trend * week * shape * (0.85 + 0.3 * r.u()));
      const net = network(c.code);
      const video = net === "youtube" ? 0.35 : net === "instagram" || net === "facebook" ? 0.1 : 0;
      yield [
        day,
        c.code,
        "",
        i,
        Math.round(i * (0.55 + 0.1 * r.u())),
        net === "press" ? null : Math.round(i * (0.018 + 0.015 * r.u())),
        net === "press" || net === "website" ? null : Math.round(i * (0.004 + 0.003 * r.u())),
        video ? Math.round(i * video * (0.8 + 0.4 * r.u())) : null,
        net === "press" || net === "website" ? null : Math.round(i * (0.001 + 0.001 * r.u())),
        net === "press" ? null : Math.round(i * (0.003 + 0.004 * r.u())),
        net === "website" ? Math.round(i * (0.35 + 0.05 * r.u())) : null,
        1,
      ];
      for (const b of c.breakdown) {
        if (day < b.start) continue;
        const ci = Math.round(i * b.share * (0.8 + 0.4 * r.u()));
        yield [
          day,
          c.code,
          b.code,
          ci,
          Math.round(ci * 0.6),
          Math.round(ci * (0.015 + 0.015 * r.u())),
          null,
          null,
          null,
          Math.round(ci * (0.003 + 0.004 * r.u())),
          null,
          1,
        ];
      }
    }
  }
}
