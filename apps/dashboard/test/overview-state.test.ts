import type { OverviewFigures, OverviewKpis } from "@tbc/types";
import { describe, expect, it } from "vitest";
import {
  computeChange,
  formatChange,
  formatDayRange,
  formatDelta,
  formatRatio,
} from "../src/pages/overview/change";
import { binLabel, colorOf, mapBins, NO_VALUE_COLOR } from "../src/pages/overview/color-scale";
import { compareKpi, MIN_COMPARABLE_OPERATIONS } from "../src/pages/overview/comparison";
import { comparisonText, ignoredFilters, kpiNotes } from "../src/pages/overview/kpi-texts";
import { comparisonReason, kpiTable } from "../src/pages/overview/report-tables";
import {
  type OverviewView,
  parseOverviewView,
  resolvePreset,
  toOverviewFilters,
  toSearchParams,
  withFilter,
} from "../src/pages/overview/search";

const TODAY = "2026-11-25";
const parse = (query: string) => parseOverviewView(new URLSearchParams(query), TODAY);

describe("overview URL ⇄ filter state", () => {
  it("defaults to the campaign since its launch, with a plain URL", () => {
    const view = parse("");
    expect(view).toEqual({ period: "launch", from: "2014-06-05", to: TODAY, layer: "agencies" });
    expect(toSearchParams(view).toString()).toBe("");
  });

  it("round-trips every filter, a preset staying a preset", () => {
    const query =
      "period=3y&region=Asia+%26+South+Pacific&country=US&crimeArea=drugs&crimeArea=wildlife%2Fenvironment&channel=x&channel=facebook&map=operations";
    const view = parse(query);
    expect(view).toEqual({
      period: "3y",
      from: "2023-11-26",
      to: TODAY,
      region: "Asia & South Pacific",
      countryCode: "US",
      crimeAreas: ["drugs", "wildlife/environment"],
      channels: ["x", "facebook"],
      layer: "operations",
    });
    expect(toSearchParams(view).toString()).toBe(query);
    expect(parse(toSearchParams(view).toString())).toEqual(view);
  });

  it("keeps a custom period as dates, swapping reversed ends", () => {
    const view = parse("from=2020-12-31&to=2020-01-01");
    expect(view).toMatchObject({ period: "custom", from: "2020-01-01", to: "2020-12-31" });
    expect(toSearchParams(view).toString()).toBe("from=2020-01-01&to=2020-12-31");
  });

  it("drops what a hand-edited URL gets wrong", () => {
    expect(parse("period=5y&region=Atlantis&country=usa&from=2020-02-31&to=2020-03-01&map=x")).toEqual(
      parse(""),
    );
  });

  it("keeps only well-formed channel codes (the server refuses a view with another)", () => {
    expect(parse("channel=X!&channel=x&channel=%20&channel=facebook").channels).toEqual(["x", "facebook"]);
    expect(parse("channel=Not+a+code").channels).toBeUndefined();
  });

  it("resolves the presets against today", () => {
    expect(resolvePreset("12m", TODAY)).toEqual({ from: "2025-11-26", to: TODAY });
    expect(resolvePreset("all", TODAY)).toEqual({ from: "2007-01-01", to: TODAY });
  });

  it("sets and removes cross-filters, and builds the API filters without empty parts", () => {
    const base: OverviewView = parse("");
    const us = withFilter(base, "countryCode", "US");
    expect(toSearchParams(us).toString()).toBe("country=US");
    expect(toOverviewFilters(withFilter(us, "crimeAreas", ["drugs"]))).toEqual({
      from: "2014-06-05",
      to: TODAY,
      countryCode: "US",
      crimeAreas: ["drugs"],
    });
    expect(withFilter(us, "countryCode", undefined)).toEqual(base);
    expect(toOverviewFilters(withFilter(base, "channels", []))).toEqual({ from: "2014-06-05", to: TODAY });
  });
});

/** formatChange of a known change (computeChange is null only for unknown figures). */
function changeText([current, previous]: [number, number], ...rest: [string, ("count" | "usd")?, string?]) {
  const change = computeChange(current, previous);
  if (!change) throw new Error("no change");
  return formatChange(change, ...rest);
}
const change = (current: number, previous: number) => changeText([current, previous], "en");

describe("change against the previous period", () => {
  it("formats up, down, flat and a change from zero", () => {
    expect(change(17, 14)).toBe("▲ +3 (+21.4%)");
    expect(changeText([2, 4], "en")).toBe("▼ \u22122 (\u221250%)");
    expect(changeText([5, 5], "en")).toBe("= 0 (0%)");
    expect(changeText([3, 0], "en", "count", "new")).toBe("▲ +3 (new)");
    expect(changeText([1_234_567, 1_000], "en")).toBe("▲ +1,233,567 (+123,356.7%)");
    expect(changeText([27_400_000, 12_000_000], "en", "usd")).toBe("▲ +USD\u00a015.4\u00a0M (+128.3%)");
  });

  it("has no change when a figure is unknown", () => {
    expect(computeChange(null, 3)).toBeNull();
    expect(computeChange(3, null)).toBeNull();
    expect(computeChange(0, 0)).toEqual({ direction: "flat", absolute: 0, ratio: null });
  });

  it("formats the parts and the compared period", () => {
    expect(formatDelta(-1500, "en")).toBe("\u22121,500");
    expect(formatRatio(0.5, "en")).toBe("+50%");
    expect(formatDayRange("2002-06-05", "2014-06-04", "en")).toBe("Jun 5, 2002 – Jun 4, 2014");
    expect(formatDayRange("2024-01-01", "2024-01-01", "en")).toBe("Jan 1, 2024");
  });
});

describe("comparable changes", () => {
  const figures = (over: Partial<OverviewFigures> = {}): OverviewFigures => ({
    agencies: 10,
    agenciesUndated: 4,
    agencyCountries: 3,
    operations: 12,
    arrests: { sum: 500, reported: 10 },
    seizedValueUsd: { sum: 0, reported: 0 },
    impressions: 1000,
    engagements: 10,
    engagementSample: false,
    ...over,
  });
  const kpis = (previous: Partial<OverviewFigures>): OverviewKpis => ({
    period: { from: "2024-01-01", to: "2024-12-31" },
    previousPeriod: { from: "2023-01-01", to: "2023-12-31" },
    partial: false,
    current: figures(),
    previous: figures(previous),
  });

  it("gives a change only against a previous period with enough operations behind the figure", () => {
    expect(compareKpi(kpis({ arrests: { sum: 400, reported: 8 } }), "arrests")).toEqual({
      kind: "change",
      change: { direction: "up", absolute: 100, ratio: 0.25 },
    });
    // "+57,012 %" from one operation that reported 1 arrest: no comparable data.
    expect(compareKpi(kpis({ arrests: { sum: 1, reported: 1 } }), "arrests")).toEqual({
      kind: "few",
      basis: 1,
    });
    expect(compareKpi(kpis({ operations: 2 }), "operations")).toEqual({ kind: "few", basis: 2 });
    // "+18 (new)": nothing before.
    expect(compareKpi(kpis({ operations: 0 }), "operations")).toEqual({ kind: "none" });
    expect(compareKpi(kpis({ impressions: null }), "impressions")).toEqual({ kind: "none" });
    expect(compareKpi(kpis({ agencies: 0 }), "agencies")).toEqual({ kind: "none" });
    // Unknown this period: nothing to compare.
    expect(compareKpi(kpis({}), "seizedValueUsd")).toEqual({ kind: "unknown" });
    expect(compareKpi(kpis({ operations: MIN_COMPARABLE_OPERATIONS }), "operations").kind).toBe("change");
  });

  it("says the same on the cards and in the PDF", () => {
    const t = (key: string, params?: Record<string, unknown>) =>
      `${key}${params ? JSON.stringify(params) : ""}`;
    const few = kpis({ arrests: { sum: 1, reported: 1 } });
    expect(comparisonText(compareKpi(few, "arrests"), "arrests", t, "en")).toBe("overview.kpis.noComparable");
    expect(comparisonReason(compareKpi(few, "arrests"), few, t, "en")).toContain('"count":"1"');
    expect(kpiNotes(few, "agencies", t, "en")).toEqual([
      'overview.kpis.countries{"count":"3"}',
      'overview.kpis.undated{"count":"4"}',
    ]);
    expect(kpiTable(few, t, "en").body[2]).toEqual([
      "overview.kpis.arrests",
      "500",
      "1",
      "overview.kpis.noComparable",
      'overview.kpis.reported{"reported":"10","total":"12","n":12}; overview.kpis.fewBefore{"range":"Jan 1, 2023 – Dec 31, 2023","count":"1","n":1,"min":3}',
    ]);
  });
});

describe("map colour classes", () => {
  it("uses whole-number classes, the darkest for the top one, grey for none", () => {
    expect(mapBins(3).map(binLabel)).toEqual(["1", "2", "3"]);
    expect(mapBins(17).map(binLabel)).toEqual(["1–4", "5–8", "9–12", "13–16", "17"]);
    expect(mapBins(0)).toEqual([]);
    const bins = mapBins(3);
    expect(colorOf(bins, 3)).toBe("#1f4e8c");
    expect(colorOf(bins, 0)).toBe(NO_VALUE_COLOR);
    expect(colorOf(bins, undefined)).toBe(NO_VALUE_COLOR);
  });
});

describe("filters a figure does not follow, said on its card and in the PDF", () => {
  const t = (key: string, params?: Record<string, unknown>) =>
    params ? `${key}${JSON.stringify(params)}` : key;
  const period = { from: "2024-01-01", to: "2024-12-31" };

  it("impressions ignore region and crime areas; agencies crime areas and channels; operations channels", () => {
    const all = { ...period, region: "Europe" as const, crimeAreas: ["drugs"], channels: ["x"] };
    expect(ignoredFilters(all, "impressions", t)).toBe(
      'overview.kpis.notApplied{"filters":"overview.filters.region, overview.filters.crimeAreas"}',
    );
    expect(ignoredFilters(all, "agencies", t)).toBe(
      'overview.kpis.notApplied{"filters":"overview.filters.crimeAreas, overview.filters.channels"}',
    );
    expect(ignoredFilters(all, "arrests", t)).toBe(
      'overview.kpis.notApplied{"filters":"overview.filters.channels"}',
    );
  });

  it("says nothing when every active filter applies", () => {
    expect(ignoredFilters(period, "impressions", t)).toBeNull();
    expect(ignoredFilters({ ...period, region: "Europe" }, "arrests", t)).toBeNull();
  });
});
