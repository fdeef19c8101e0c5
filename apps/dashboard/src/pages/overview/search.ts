import {
  CAMPAIGN_LAUNCH,
  CHANNEL_CODE_PATTERN,
  MAP_LAYERS,
  type OverviewFilters,
  REGIONS,
  type Region,
} from "@tbc/types";
import { oneOf, stringList, text, urlFields } from "../../hooks/url-fields";
import { parseQuery, serializeQuery } from "../../hooks/url-state";

/**
 * The overview keeps its whole state in the URL, so that a view can be bookmarked and shared, and
 * Back undoes a cross-filter: `?period=3y&region=Europe&country=FR&crimeArea=drugs&channel=x
 * &map=operations`, or `?from=2020-01-01&to=2020-12-31` for a custom period. A preset stays a
 * preset in the URL ("the last 12 months" of whoever opens the link). Defaults are left out; anything
 * invalid in a hand-edited URL is dropped, not an error.
 */
export const PERIOD_PRESETS = ["12m", "3y", "launch", "all"] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];
export type Period = PeriodPreset | "custom";
export type MapLayer = (typeof MAP_LAYERS)[number];

export const DEFAULT_PERIOD: PeriodPreset = "launch";
/** The first published operation is from 2007: "all time" starts there. */
export const ALL_TIME_FROM = "2007-01-01";

export type OverviewView = {
  period: Period;
  /** The resolved period, YYYY-MM-DD, both ends included. */
  from: string;
  to: string;
  region?: Region;
  countryCode?: string;
  crimeAreas?: string[];
  channels?: string[];
  layer: MapLayer;
};

// Days are computed without dayjs (3 kB gzip the overview would load before its charts): as UTC
// dates, which have no daylight-saving gaps.
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A real calendar day as YYYY-MM-DD: 2024-02-30 matches the pattern but is no day. */
export function isDay(value: string | null | undefined): value is string {
  if (!value || !DAY.test(value)) return false;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(ms) && dayOf(ms) === value;
}

/** Today in the user's calendar (their time zone), YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  return dayOf(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

/** The day after the same day `years` earlier (29 February → 28 February, as dayjs did), YYYY-MM-DD. */
function dayAfterYearsBefore(day: string, years: number): string {
  const [y = 0, m = 1, d = 1] = day.split("-").map(Number);
  const lastDay = new Date(Date.UTC(y - years, m, 0)).getUTCDate();
  return dayOf(Date.UTC(y - years, m - 1, Math.min(d, lastDay) + 1));
}

/** A preset's days as of `today` (YYYY-MM-DD): "12m" is the year up to and including today. */
export function resolvePreset(preset: PeriodPreset, today: string): { from: string; to: string } {
  switch (preset) {
    case "12m":
      return { from: dayAfterYearsBefore(today, 1), to: today };
    case "3y":
      return { from: dayAfterYearsBefore(today, 3), to: today };
    case "launch":
      return { from: CAMPAIGN_LAUNCH, to: today };
    case "all":
      return { from: ALL_TIME_FROM, to: today };
  }
}

/** Trimmed, without blanks or duplicates, at most `max` (a longer hand-edited list is cut, not dropped). */
const list = (max: number, length: number) => (values: string[]) =>
  [...new Set(values.map((v) => v.trim()).filter((v) => v && v.length <= length))].slice(0, max);

export type OverviewQuery = {
  period: PeriodPreset;
  from?: string;
  to?: string;
  region?: Region;
  country?: string;
  crimeArea?: string[];
  channel?: string[];
  map: MapLayer;
};

/**
 * The URL's query, as useUrlState reads it: each invalid value is dropped on its own. Zod-free
 * (hooks/url-fields.ts): the landing page loads no zod before its charts are drawn.
 */
export const ZOverviewQuery = urlFields<OverviewQuery>({
  period: oneOf(PERIOD_PRESETS).default(DEFAULT_PERIOD),
  from: text(isDay).optional(),
  to: text(isDay).optional(),
  region: oneOf(REGIONS).optional(),
  // As ZCountryCode: two capital letters.
  country: text((code) => /^[A-Z]{2}$/.test(code)).optional(),
  crimeArea: stringList(list(50, 60)).optional(),
  // Only well-formed codes: the server refuses a view with a malformed one (ZChannelCode).
  channel: stringList((codes) =>
    list(20, 30)(codes).filter((code) => CHANNEL_CODE_PATTERN.test(code)),
  ).optional(),
  map: oneOf(MAP_LAYERS).default("agencies"),
});

export function toOverviewView(query: OverviewQuery, today: string): OverviewView {
  const { from, to } = query;
  const custom = from && to ? (from <= to ? { from, to } : { from: to, to: from }) : undefined;
  const view: OverviewView = custom
    ? { period: "custom", ...custom, layer: query.map }
    : { period: query.period, ...resolvePreset(query.period, today), layer: query.map };
  if (query.region) view.region = query.region;
  if (query.country) view.countryCode = query.country;
  if (query.crimeArea?.length) view.crimeAreas = query.crimeArea;
  if (query.channel?.length) view.channels = query.channel;
  return view;
}

export function toOverviewQuery(view: OverviewView): OverviewQuery {
  const { period } = view;
  return {
    period: period === "custom" ? DEFAULT_PERIOD : period,
    ...(period === "custom" ? { from: view.from, to: view.to } : {}),
    region: view.region,
    country: view.countryCode,
    crimeArea: view.crimeAreas,
    channel: view.channels,
    map: view.layer,
  };
}

export function parseOverviewView(params: URLSearchParams, today: string): OverviewView {
  return toOverviewView(parseQuery(ZOverviewQuery, params.toString()), today);
}

export function toSearchParams(view: OverviewView): URLSearchParams {
  return new URLSearchParams(serializeQuery(ZOverviewQuery, toOverviewQuery(view)));
}

/** The filters part, as analytics.overview and analytics.map take it (no empty lists). */
export function toOverviewFilters(view: OverviewView): OverviewFilters {
  const filters: OverviewFilters = { from: view.from, to: view.to };
  if (view.region) filters.region = view.region;
  if (view.countryCode) filters.countryCode = view.countryCode;
  if (view.crimeAreas?.length) filters.crimeAreas = view.crimeAreas;
  if (view.channels?.length) filters.channels = view.channels;
  return filters;
}

/** The outcome charts count by edition year: the years the period touches. */
export function toOutcomeFilters(view: OverviewView) {
  // The years are the chart's axis; the days narrow it to exactly the KPIs' operations.
  return {
    yearFrom: Number(view.from.slice(0, 4)),
    yearTo: Number(view.to.slice(0, 4)),
    from: view.from,
    to: view.to,
    ...(view.region ? { region: view.region } : {}),
    ...(view.countryCode ? { countryCode: view.countryCode } : {}),
    ...(view.crimeAreas?.length ? { crimeAreas: view.crimeAreas } : {}),
  };
}

/** engagement.series' filters (region and crime area do not apply to engagement). */
export function toEngagementFilters(view: OverviewView) {
  return {
    from: view.from,
    to: view.to,
    ...(view.countryCode ? { countryCode: view.countryCode } : {}),
    ...(view.channels?.length ? { channels: view.channels } : {}),
  };
}

/** The cross-filters a click can set, and how the filter bar's tags remove them. */
export type FilterKey = "region" | "countryCode" | "crimeAreas" | "channels";

export function withFilter(
  view: OverviewView,
  key: FilterKey,
  value: string | string[] | undefined,
): OverviewView {
  const next: OverviewView = { ...view };
  const empty = value === undefined || (Array.isArray(value) && value.length === 0) || value === "";
  if (empty) delete next[key];
  else if (key === "crimeAreas" || key === "channels")
    next[key] = Array.isArray(value) ? value : [value as string];
  else if (key === "region") next.region = value as Region;
  else next.countryCode = value as string;
  return next;
}
