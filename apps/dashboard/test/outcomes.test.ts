import { describe, expect, it } from "vitest";
import { bind } from "../src/components/filter-bar/list-filters";
import { ZTableQuery } from "../src/hooks/table-query";
import { parseQuery, serializeQuery } from "../src/hooks/url-state";
import { partialYearTexts, toSeizedByArea, toYearChart } from "../src/pages/outcomes/chart-data";
import {
  parseOutcomeView,
  rankedDrillDown,
  toOperationListFilters,
  toSearchParams,
} from "../src/pages/outcomes/search";

describe("Outcomes view ↔ URL search params", () => {
  it("round-trips every filter and the chosen figures", () => {
    const view = {
      filters: {
        yearFrom: 2010,
        yearTo: 2015,
        region: "Asia & South Pacific" as const,
        countryCode: "NG",
        crimeAreas: ["drugs", "illicit goods/counterfeiting"],
      },
      figure: "raids" as const,
      top: "seizedValueUsd" as const,
    };
    const params = toSearchParams(view);
    expect(params.getAll("crimeArea")).toEqual(["drugs", "illicit goods/counterfeiting"]);
    expect(parseOutcomeView(new URLSearchParams(params.toString()))).toEqual(view);
  });

  it("leaves defaults out of the URL", () => {
    expect(toSearchParams({ filters: {}, figure: "arrests", top: "arrests" }).toString()).toBe("");
    expect(parseOutcomeView(new URLSearchParams())).toEqual({
      filters: {},
      figure: "arrests",
      top: "arrests",
    });
  });

  it("drops invalid values from a hand-edited URL", () => {
    const view = parseOutcomeView(
      new URLSearchParams("yearFrom=20&yearTo=abcd&region=Mars&country=nga&figure=bogus&top=raids"),
    );
    expect(view).toEqual({ filters: {}, figure: "arrests", top: "raids" });
  });
});

describe("drill-down to the operations list", () => {
  it("maps the outcome filters onto the list's fields", () => {
    expect(
      toOperationListFilters({ yearFrom: 2010, region: "Africa", countryCode: "NG", crimeAreas: ["food"] }),
    ).toEqual([
      { field: "operationDay", operator: "gte", value: "2010-01-01" },
      { field: "crimeArea", operator: "in", value: ["food"] },
      { field: "countryRegion", operator: "eq", value: "Africa" },
      { field: "countryCode", operator: "eq", value: "NG" },
    ]);
    expect(toOperationListFilters({})).toEqual([]);
    // The overview's period: its days, not its years.
    expect(
      toOperationListFilters({ yearFrom: 2014, yearTo: 2015, from: "2014-03-10", to: "2015-08-20" }),
    ).toEqual([
      { field: "operationDay", operator: "gte", value: "2014-03-10" },
      { field: "operationDay", operator: "lte", value: "2015-08-20" },
    ]);
  });

  it("ranks by the figure among operations that published it", () => {
    expect(rankedDrillDown({}, "arrests")).toEqual({
      filters: [{ field: "arrests", operator: "nnull", value: true }],
      sorters: [{ field: "arrests", order: "desc" }],
    });
  });

  it("is read back by the operations list through its URL", () => {
    const filters = toOperationListFilters({ yearFrom: 2010, yearTo: 2012, crimeAreas: ["drugs"] });
    const url = serializeQuery(ZTableQuery, { filters }, { arrays: "indices" });
    const back = parseQuery(ZTableQuery, `?${url}`).filters ?? [];
    expect(back.filter((f) => "field" in f && f.field === "operationDay")).toEqual([
      { field: "operationDay", operator: "gte", value: "2010-01-01" },
      { field: "operationDay", operator: "lte", value: "2012-12-31" },
    ]);
    expect(bind("crimeArea", "crimeArea", "in").read(back)).toEqual({ crimeArea: ["drugs"] });
  });
});

describe("chart data", () => {
  it("stacks years by crime area, draws no bar for unknown cells and fills gap years", () => {
    const { data, areas, reported } = toYearChart([
      { year: 2012, crimeArea: "drugs", operations: 1, value: 100, reported: 1 },
      { year: 2012, crimeArea: "food", operations: 2, value: 0, reported: 0 },
      { year: 2014, crimeArea: "illicit goods/counterfeiting", operations: 1, value: 7, reported: 1 },
    ]);
    expect(areas).toEqual(["illicit goods/counterfeiting", "food", "drugs"]);
    expect(reported).toBe(2);
    expect(data.map((d) => d.year)).toEqual([2012, 2013, 2014]);
    expect(data[0]?.values).toEqual({ drugs: 100, food: undefined });
    expect(data[0]?.cells.food).toEqual({ value: 0, reported: 0, operations: 2 });
    expect(data[1]?.cells).toEqual({});
    expect(data.some((d) => d.partial)).toBe(false);
  });

  it("marks the current year as counted to date: a pale bar, its label, a CSV column and a note", () => {
    const rows = [
      { year: 2025, crimeArea: "drugs", operations: 3, value: 900, reported: 3 },
      { year: 2026, crimeArea: "drugs", operations: 1, value: 40, reported: 1 },
    ];
    const { data } = toYearChart(rows, {}, "2026-12-02");
    expect(data.map((d) => [d.year, d.partial])).toEqual([
      [2025, false],
      [2026, true],
    ]);
    const t = (key: string, params?: object) => `${key}${params ? JSON.stringify(params) : ""}`;
    const texts = partialYearTexts(data, t);
    expect(texts.tick(2026)).toBe('outcomes.byYear.toDate{"year":2026}');
    expect(texts.tick(2025)).toBe("2025");
    expect(data.map(texts.row)).toEqual([{ partial: "false" }, { partial: "true" }]);
    expect(texts.notes).toEqual(['outcomes.byYear.partialNote{"year":2026}']);
    // A range that ended before this year has no partial year and no note.
    expect(partialYearTexts(toYearChart(rows, {}, "2027-01-01").data, t).notes).toEqual([]);
  });

  it("lists crime areas without any published seizure value instead of drawing zero", () => {
    const covered = (sum: number, reported: number) => ({ sum, reported });
    const { bars, unreported } = toSeizedByArea([
      {
        crimeArea: "drugs",
        operations: 4,
        arrests: covered(1, 1),
        seizedValueUsd: covered(3_722_000_000, 3),
      },
      { crimeArea: "food", operations: 8, arrests: covered(1, 1), seizedValueUsd: covered(0, 0) },
      {
        crimeArea: "cybercrime",
        operations: 3,
        arrests: covered(1, 1),
        seizedValueUsd: covered(97_400_000, 1),
      },
    ]);
    expect(bars.map((b) => b.crimeArea)).toEqual(["drugs", "cybercrime"]);
    expect(bars[0]).toEqual({ crimeArea: "drugs", value: 3_722_000_000, reported: 3, operations: 4 });
    expect(unreported).toEqual(["food"]);
  });
});
