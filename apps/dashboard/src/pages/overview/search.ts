import {
  CAMPAIGN_LAUNCH,
  type MAP_LAYERS,
  type OverviewFilters,
  type Region,
  ZCountryCode,
  ZRegion,
} from "@tbc/types";
import dayjs from "dayjs";

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

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isDay(value: string | null | undefined): value is string {
  return !!value && DAY.test(value) && dayjs(value).format("YYYY-MM-DD") === value;
}

/** A preset's days as of `today` (YYYY-MM-DD): "12m" is the year up to and including today. */
export function resolvePreset(preset: PeriodPreset, today: string): { from: string; to: string } {
  const end = dayjs(today);
  switch (preset) {
    case "12m":
      return { from: end.subtract(1, "year").add(1, "day").format("YYYY-MM-DD"), to: today };
    case "3y":
      return { from: end.subtract(3, "year").add(1, "day").format("YYYY-MM-DD"), to: today };
    case "launch":
      return { from: CAMPAIGN_LAUNCH, to: today };
    case "all":
      return { from: ALL_TIME_FROM, to: today };
  }
}

const list = (values: string[], max: number, length: number) =>
  [...new Set(values.map((v) => v.trim()).filter((v) => v && v.length <= length))].slice(0, max);

export function parseOverviewView(params: URLSearchParams, today: string): OverviewView {
  const from = params.get("from");
  const to = params.get("to");
  const preset = params.get("period");
  let period: Period = DEFAULT_PERIOD;
  let range = resolvePreset(DEFAULT_PERIOD, today);
  if (isDay(from) && isDay(to)) {
    period = "custom";
    range = from <= to ? { from, to } : { from: to, to: from };
  } else if ((PERIOD_PRESETS as readonly string[]).includes(preset ?? "")) {
    period = preset as PeriodPreset;
    range = resolvePreset(period, today);
  }
  const view: OverviewView = {
    period,
    ...range,
    layer: params.get("map") === "operations" ? "operations" : "agencies",
  };
  const region = ZRegion.safeParse(params.get("region"));
  if (region.success) view.region = region.data;
  const country = ZCountryCode.safeParse(params.get("country"));
  if (country.success) view.countryCode = country.data;
  const areas = list(params.getAll("crimeArea"), 50, 60);
  if (areas.length) view.crimeAreas = areas;
  const channels = list(params.getAll("channel"), 20, 30);
  if (channels.length) view.channels = channels;
  return view;
}

export function toSearchParams(view: OverviewView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.period === "custom") {
    params.set("from", view.from);
    params.set("to", view.to);
  } else if (view.period !== DEFAULT_PERIOD) params.set("period", view.period);
  if (view.region) params.set("region", view.region);
  if (view.countryCode) params.set("country", view.countryCode);
  for (const area of view.crimeAreas ?? []) params.append("crimeArea", area);
  for (const channel of view.channels ?? []) params.append("channel", channel);
  if (view.layer !== "agencies") params.set("map", view.layer);
  return params;
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
  return {
    yearFrom: Number(view.from.slice(0, 4)),
    yearTo: Number(view.to.slice(0, 4)),
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
