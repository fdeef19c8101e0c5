import { describe, expect, it } from "vitest";
import { z } from "zod";
import { bind, bindRange } from "../src/components/filter-bar/list-filters";
import { ZTableQuery } from "../src/hooks/table-query";
import { parseQuery, serializeQuery } from "../src/hooks/url-state";
import { ZOverviewQuery } from "../src/pages/overview/search";

const Flat = z.object({
  period: z.enum(["12m", "3y", "launch"]).default("launch"),
  region: z.enum(["Europe", "Africa"]).optional(),
  crimeArea: z.array(z.string().min(1).max(60)).max(3).optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
});

describe("useUrlState: parse and serialize", () => {
  it("round-trips flat values, lists as repeated keys, defaults left out", () => {
    const state = {
      period: "3y" as const,
      region: "Europe" as const,
      crimeArea: ["drugs", "a & b"],
      year: 2012,
    };
    const search = serializeQuery(Flat, state);
    expect(search).toBe("period=3y&region=Europe&crimeArea=drugs&crimeArea=a%20%26%20b&year=2012");
    expect(parseQuery(Flat, `?${search}`)).toEqual(state);
    expect(serializeQuery(Flat, { period: "launch", crimeArea: [] })).toBe("");
  });

  it("reads a single value of a list field as a one-item list, through transforms too", () => {
    expect(parseQuery(Flat, "?crimeArea=drugs").crimeArea).toEqual(["drugs"]);
    const Trimmed = z.object({
      channel: z
        .array(z.string())
        .transform((list) => list.map((c) => c.trim()))
        .optional(),
    });
    expect(parseQuery(Trimmed, "?channel=x")).toEqual({ channel: ["x"] });
    expect(parseQuery(ZOverviewQuery, "?crimeArea=drugs&channel=x")).toMatchObject({
      crimeArea: ["drugs"],
      channel: ["x"],
    });
  });

  it("drops each invalid value on its own; a field with a default falls back to it", () => {
    expect(parseQuery(Flat, "?period=forever&region=Mars&year=20&crimeArea=drugs")).toEqual({
      period: "launch",
      crimeArea: ["drugs"],
    });
    expect(parseQuery(Flat, "?crimeArea=a&crimeArea=b&crimeArea=c&crimeArea=d")).toEqual({
      period: "launch",
    });
    expect(parseQuery(Flat, "")).toEqual({ period: "launch" });
  });

  it("keeps refine's list URL format for the tables (drill-down links)", () => {
    const state = {
      currentPage: 2,
      pageSize: 20,
      sorters: [{ field: "name", order: "asc" as const }],
      filters: [
        { field: "region", operator: "eq" as const, value: "Asia & South Pacific" },
        { field: "kind", operator: "in" as const, value: ["police", "customs"] },
      ],
    };
    const search = serializeQuery(ZTableQuery, state, { arrays: "indices" });
    expect(search).toBe(
      "currentPage=2&pageSize=20&sorters[0][field]=name&sorters[0][order]=asc" +
        "&filters[0][field]=region&filters[0][operator]=eq&filters[0][value]=Asia%20%26%20South%20Pacific" +
        "&filters[1][field]=kind&filters[1][operator]=in&filters[1][value][0]=police&filters[1][value][1]=customs",
    );
    expect(parseQuery(ZTableQuery, `?${search}`)).toEqual({ ...state });
  });

  it("drops a table filter or sorter that does not validate, keeping the others", () => {
    const parsed = parseQuery(
      ZTableQuery,
      "?currentPage=0&pageSize=abc&sorters[0][field]=name&sorters[0][order]=sideways" +
        "&filters[0][field]=name&filters[0][operator]=regex&filters[0][value]=x" +
        "&filters[1][field]=region&filters[1][operator]=null&filters[1][value]=true",
    );
    expect(parsed).toEqual({ sorters: [], filters: [{ field: "region", operator: "null", value: "true" }] });
  });
});

describe("filter bar bindings", () => {
  it("an `in` value from a URL with one item reads as a list; empty values write nothing", () => {
    const kind = bind("kind", "kind", "in");
    expect(kind.read([{ field: "kind", operator: "in", value: "police" }])).toEqual({ kind: ["police"] });
    expect(kind.write({ kind: [] })).toEqual([]);
    expect(kind.owns({ field: "kind", operator: "eq", value: "x" })).toBe(false);
  });

  it("a range with one open end keeps it as '' (the list engine reads it as open)", () => {
    const years = bindRange(["from", "to"], "editionYear");
    expect(years.write({ to: 2014 })).toEqual([
      { field: "editionYear", operator: "between", value: ["", 2014] },
    ]);
    expect(years.read([{ field: "editionYear", operator: "between", value: ["", "2014"] }])).toEqual({
      from: undefined,
      to: "2014",
    });
    expect(years.write({})).toEqual([]);
  });
});
