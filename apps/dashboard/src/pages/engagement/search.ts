import type { CrudFilter } from "@refinedev/core";
import {
  CAMPAIGN_LAUNCH,
  ENGAGEMENT_METRICS,
  type EngagementFilters,
  type EngagementMetric,
  GRANULARITIES,
  type Granularity,
  ZCountryCode,
} from "@tbc/types";
import { z } from "zod";
import { parseQuery, serializeQuery } from "../../hooks/url-state";
import { addDays, addMonths } from "./buckets";

/**
 * The Engagement page keeps its whole state in the URL, so that a view can be shared or bookmarked:
 * `?period=90d` (a preset, relative to today) or `?from=2024-03-01&to=2024-03-31` (fixed dates),
 * `&channel=x&channel=facebook&country=US&granularity=week&metric=engagements`. Anything invalid in
 * a hand-edited URL is dropped, not an error; the plain page is "since launch", every channel.
 */
export const PRESETS = ["30d", "90d", "12m", "launch"] as const;
export type Preset = (typeof PRESETS)[number];
export const DEFAULT_PRESET: Preset = "launch";

export type Period = { preset: Preset } | { from: string; to: string };

export type EngagementView = {
  period: Period;
  channels: string[];
  countryCode?: string;
  /** Undefined: "Auto", the server chooses from the length of the period. */
  granularity?: Granularity;
  /** The metric of the main timeline. */
  metric: EngagementMetric;
};

export const DEFAULT_METRIC: EngagementMetric = "impressions";

/** Today as the server counts days (UTC). */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** A preset → its dates, ending today: "last 30 days" is today and the 29 days before it. */
export function presetRange(preset: Preset, today: string): { from: string; to: string } {
  switch (preset) {
    case "30d":
      return { from: addDays(today, -29), to: today };
    case "90d":
      return { from: addDays(today, -89), to: today };
    case "12m":
      return { from: addDays(addMonths(today, -12), 1), to: today };
    case "launch":
      return { from: CAMPAIGN_LAUNCH, to: today };
  }
}

export function resolvePeriod(period: Period, today: string): { from: string; to: string } {
  return "preset" in period ? presetRange(period.preset, today) : period;
}

function isDay(value: string | null): boolean {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const t = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().startsWith(value);
}

const CHANNEL = /^[a-z0-9][a-z0-9_-]{0,29}$/;

/** The URL's query, as useUrlState reads it: each invalid value is dropped on its own. */
export const ZEngagementQuery = z.object({
  period: z.enum(PRESETS).default(DEFAULT_PRESET),
  from: z.string().refine(isDay).optional(),
  to: z.string().refine(isDay).optional(),
  channel: z
    .array(z.string())
    .transform((list) => [...new Set(list)].filter((c) => CHANNEL.test(c)).slice(0, 20))
    .optional(),
  country: ZCountryCode.optional(),
  granularity: z.enum(GRANULARITIES).optional(),
  metric: z.enum(ENGAGEMENT_METRICS).default(DEFAULT_METRIC),
});
export type EngagementQuery = z.infer<typeof ZEngagementQuery>;

export function toEngagementView(query: EngagementQuery): EngagementView {
  const { from, to } = query;
  const view: EngagementView = {
    period: from && to && from <= to ? { from, to } : { preset: query.period },
    channels: query.channel ?? [],
    metric: query.metric,
  };
  if (query.country) view.countryCode = query.country;
  if (query.granularity) view.granularity = query.granularity;
  return view;
}

export function toEngagementQuery(view: EngagementView): EngagementQuery {
  return {
    ...("preset" in view.period
      ? { period: view.period.preset }
      : { period: DEFAULT_PRESET, ...view.period }),
    channel: view.channels,
    country: view.countryCode,
    granularity: view.granularity,
    metric: view.metric,
  };
}

export function parseEngagementView(params: URLSearchParams): EngagementView {
  return toEngagementView(parseQuery(ZEngagementQuery, params.toString()));
}

/** The other way; defaults are left out so that the plain page has a plain URL. */
export function toSearchParams(view: EngagementView): URLSearchParams {
  return new URLSearchParams(serializeQuery(ZEngagementQuery, toEngagementQuery(view)));
}

/** The filters of every engagement query: the period as dates, and only the parts that are set. */
export function toApiFilters(view: EngagementView, today: string): EngagementFilters {
  const filters: EngagementFilters = resolvePeriod(view.period, today);
  if (view.channels.length) filters.channels = view.channels;
  if (view.countryCode) filters.countryCode = view.countryCode;
  return filters;
}

/** The same period and channels as filters of the posts list (posts have no country). */
export function toPostFilters(filters: EngagementFilters): CrudFilter[] {
  const out: CrudFilter[] = [];
  if (filters.from || filters.to) {
    out.push({
      field: "postedAt",
      operator: "between",
      value: [
        filters.from ? `${filters.from}T00:00:00.000Z` : "",
        filters.to ? `${filters.to}T23:59:59.999Z` : "",
      ],
    });
  }
  if (filters.channels?.length) out.push({ field: "channel", operator: "in", value: filters.channels });
  return out;
}
