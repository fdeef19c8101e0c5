import { CAMPAIGN_LAUNCH } from "@tbc/types";
import type { EngagementDailyTable } from "./engagement.table";

/**
 * Generated sample engagement, flagged is_sample = 1: no audience figure for the campaign was ever
 * published (seed/campaign_facts.md), so the demo shows plausible shapes, never real-looking facts.
 * Deterministic: the same seed and dates give the same rows, on any machine.
 */

/** mulberry32: a small, well-distributed 32-bit PRNG; enough for demo noise. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Dated campaign events (campaign_facts.md) and how strongly each moved attention. */
export const CAMPAIGN_EVENTS: { day: string; boost: number; label: string }[] = [
  { day: "2014-06-05", boost: 6, label: "Campaign launch (Bogota, Dar-es-Salaam, Jakarta, Koper, Paris)" },
  { day: "2014-07-03", boost: 3, label: "Formula 1: Alonso, Räikkönen and Scuderia Ferrari join" },
  { day: "2014-08-28", boost: 4, label: "Shah Rukh Khan named first Indian ambassador" },
  { day: "2014-10-23", boost: 2, label: "South African ambassadors named at SARPCCO" },
  { day: "2014-11-04", boost: 3, label: "INTERPOL General Assembly endorses the campaign (Monaco)" },
  { day: "2015-02-23", boost: 2, label: "Namibia national launch" },
  { day: "2015-06-01", boost: 2, label: "Austria nationwide campaign" },
  { day: "2015-06-24", boost: 1.5, label: "Global Anti-Counterfeiting Group Media Award" },
  { day: "2015-07-23", boost: 2, label: "Swaziland national launch at the SARPCCO Games" },
  { day: "2019-10-22", boost: 1.5, label: "Namibia: Kavango West regional launch" },
];

type ChannelModel = {
  start: string;
  /** Impressions on an ordinary weekday at launch. */
  base: number;
  /** Yearly growth in the first years; growth slows after five years. */
  growth: number;
  weekend: number;
  metrics: (impressions: number, r: () => number) => Partial<EngagementDailyTable>;
};

const MODELS: Record<string, ChannelModel> = {
  x: {
    start: CAMPAIGN_LAUNCH,
    base: 18_000,
    growth: 0.35,
    weekend: 0.72,
    metrics: (i, r) => ({
      reach: Math.round(i * (0.55 + 0.1 * r())),
      engagements: Math.round(i * (0.018 + 0.01 * r())),
      shares: Math.round(i * (0.004 + 0.002 * r())),
      newFollowers: Math.round(i * (0.0012 + 0.0008 * r())),
      hashtagMentions: Math.round(i * (0.006 + 0.004 * r())),
    }),
  },
  facebook: {
    start: CAMPAIGN_LAUNCH,
    base: 25_000,
    growth: 0.3,
    weekend: 0.85,
    metrics: (i, r) => ({
      reach: Math.round(i * (0.6 + 0.1 * r())),
      engagements: Math.round(i * (0.025 + 0.012 * r())),
      shares: Math.round(i * (0.006 + 0.003 * r())),
      videoViews: Math.round(i * (0.08 + 0.05 * r())),
      newFollowers: Math.round(i * (0.001 + 0.0006 * r())),
      hashtagMentions: Math.round(i * (0.002 + 0.001 * r())),
    }),
  },
  instagram: {
    start: "2015-03-01",
    base: 6_000,
    growth: 0.6,
    weekend: 1.1,
    metrics: (i, r) => ({
      reach: Math.round(i * (0.5 + 0.15 * r())),
      engagements: Math.round(i * (0.04 + 0.02 * r())),
      videoViews: Math.round(i * (0.12 + 0.06 * r())),
      newFollowers: Math.round(i * (0.002 + 0.001 * r())),
      hashtagMentions: Math.round(i * (0.004 + 0.003 * r())),
    }),
  },
  youtube: {
    start: CAMPAIGN_LAUNCH,
    base: 4_000,
    growth: 0.2,
    weekend: 1.05,
    metrics: (i, r) => ({
      videoViews: Math.round(i * (0.3 + 0.1 * r())),
      engagements: Math.round(i * (0.01 + 0.006 * r())),
      newFollowers: Math.round(i * (0.0008 + 0.0004 * r())),
    }),
  },
  website: {
    start: CAMPAIGN_LAUNCH,
    base: 3_000,
    growth: 0.1,
    weekend: 0.55,
    metrics: (i, r) => ({
      siteVisits: Math.round(i * (0.35 + 0.05 * r())),
      reach: Math.round(i * (0.25 + 0.05 * r())),
    }),
  },
  press: {
    start: CAMPAIGN_LAUNCH,
    base: 40_000,
    growth: 0,
    weekend: 0.4,
    metrics: (i, r) => ({ reach: Math.round(i * (0.7 + 0.2 * r())) }),
  },
};

/** Countries broken out on the two largest channels, with their usual share of the total. */
const BREAKDOWN: Record<string, number> = {
  US: 0.22,
  GB: 0.08,
  FR: 0.06,
  IN: 0.09,
  PH: 0.05,
  ZA: 0.04,
  BR: 0.05,
  NA: 0.01,
};
const BREAKDOWN_CHANNELS = ["x", "facebook"];

function* days(from: string, to: string): Generator<string> {
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    yield new Date(t).toISOString().slice(0, 10);
  }
}

/** Attention after an event: the day itself, then halving each day for a few days. */
function spike(day: string, events: Map<string, number>): number {
  let factor = 1;
  const t = Date.parse(`${day}T00:00:00Z`);
  for (let back = 0; back < 4; back++) {
    const boost = events.get(new Date(t - back * 86_400_000).toISOString().slice(0, 10));
    if (boost) factor += (boost - 1) / 2 ** back;
  }
  return factor;
}

const EMPTY: Omit<EngagementDailyTable, "day" | "channel" | "countryCode" | "isSample" | "importId"> = {
  impressions: null,
  reach: null,
  engagements: null,
  shares: null,
  videoViews: null,
  newFollowers: null,
  hashtagMentions: null,
  siteVisits: null,
};

/**
 * Daily rows from the launch to `to`, one per channel (country '') plus breakdown rows, with spikes
 * on the campaign events and on the given announcement days (operations' announcedOn).
 */
export function* generateSampleEngagement(opts: {
  seed: number;
  to: string;
  announcements: readonly string[];
}): Generator<EngagementDailyTable> {
  const events = new Map<string, number>(CAMPAIGN_EVENTS.map((e) => [e.day, e.boost]));
  for (const day of opts.announcements) events.set(day, Math.max(events.get(day) ?? 1, 2.5));
  const r = prng(opts.seed);
  for (const day of days(CAMPAIGN_LAUNCH, opts.to)) {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    const boost = spike(day, events);
    for (const [channel, m] of Object.entries(MODELS)) {
      if (day < m.start) continue;
      const years = (Date.parse(day) - Date.parse(m.start)) / (365.25 * 86_400_000);
      // Compound growth for five years, then a slow plateau.
      const trend = (1 + m.growth) ** Math.min(years, 5) * (1 + 0.03 * Math.max(0, years - 5));
      const week = weekday === 0 || weekday === 6 ? m.weekend : 1;
      const impressions = Math.round(m.base * trend * week * boost * (0.85 + 0.3 * r()));
      yield {
        ...EMPTY,
        day,
        channel,
        countryCode: "",
        impressions,
        ...m.metrics(impressions, r),
        isSample: 1,
        importId: null,
      };
      if (!BREAKDOWN_CHANNELS.includes(channel)) continue;
      for (const [countryCode, share] of Object.entries(BREAKDOWN)) {
        const ci = Math.round(impressions * share * (0.8 + 0.4 * r()));
        yield {
          ...EMPTY,
          day,
          channel,
          countryCode,
          impressions: ci,
          engagements: Math.round(ci * (0.015 + 0.015 * r())),
          hashtagMentions: Math.round(ci * (0.003 + 0.004 * r())),
          isSample: 1,
          importId: null,
        };
      }
    }
  }
}
