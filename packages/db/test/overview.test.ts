import { ZAgencyValues } from "@tbc/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAgency } from "../src/agencies/agencies.repository";
import { outcomeKpis, outcomesByCrimeArea, outcomesByYear } from "../src/outcomes/outcomes.repository";
import { overviewKpis, overviewMap, previousPeriod } from "../src/overview/overview.repository";
import { seedDemo } from "../src/seed/seed";
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from "../src/testing";

describe("previous period", () => {
  it("is the period of equal length just before", () => {
    expect(previousPeriod("2024-01-01", "2024-12-31")).toEqual({ from: "2023-01-01", to: "2023-12-31" });
    expect(previousPeriod("2024-03-01", "2024-03-31")).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(previousPeriod("2024-04-01", "2024-06-30")).toEqual({ from: "2024-01-01", to: "2024-03-31" });
    expect(previousPeriod("2024-03-10", "2024-03-19")).toEqual({ from: "2024-02-29", to: "2024-03-09" });
  });
});

for (const dialect of TEST_DIALECTS) {
  describe(`overview on ${dialect}`, () => {
    let t: TestDatabase;
    const today = new Date().toISOString().slice(0, 10);
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      await seedDemo(t.db, { sampleEngagement: { seed: 3, to: "2016-12-31" } });
    });
    afterAll(() => t.drop());

    it("counts everything up to today over the whole history", async () => {
      const k = await overviewKpis(t.db, { from: "2000-01-01", to: today });
      expect(k.current).toMatchObject({ agencies: 17, agencyCountries: 14, operations: 58 });
      expect(k.current.arrests).toEqual({ sum: 49_953, reported: 36 });
      expect(k.current.engagementSample).toBe(true);
    });

    it("compares a year with the year before, by the day each operation was announced", async () => {
      const k = await overviewKpis(t.db, { from: "2014-01-01", to: "2014-12-31" });
      expect(k.previousPeriod).toEqual({ from: "2013-01-01", to: "2013-12-31" });
      expect(k.current.operations).toBeGreaterThan(0);
      // One definition: the outcomes' year is the year of the day an operation counts on.
      const y2014 = await outcomeKpis(t.db, { yearFrom: 2014, yearTo: 2014 });
      expect(y2014.operations).toBe(k.current.operations);
      expect(y2014.arrests).toEqual(k.current.arrests);
      expect(k.current.impressions).toBeGreaterThan(0);
      expect(k.previous.impressions).toBeNull(); // before the launch: no engagement at all, not zero
      // One agency pledged by the end of 2014; those with an unknown pledge date are in every total.
      expect(k.current.agencies).toBe(1 + k.current.agenciesUndated);
      expect(k.previous.agencies).toBe(k.current.agenciesUndated);
      expect(k.current.agenciesUndated).toBe(14);
    });

    it("narrows every figure by region, country and crime area", async () => {
      const all = await overviewKpis(t.db, { from: "2000-01-01", to: today });
      const africa = await overviewKpis(t.db, { from: "2000-01-01", to: today, region: "Africa" });
      expect(africa.current.agencies).toBe(4);
      expect(africa.current.operations).toBeLessThan(all.current.operations);
      const pharma = await overviewKpis(t.db, {
        from: "2000-01-01",
        to: today,
        crimeAreas: ["pharmaceuticals"],
      });
      expect(pharma.current.operations).toBe(16);
    });

    it("gives the map one value per country with its ISO numeric code", async () => {
      const agencies = await overviewMap(t.db, { from: "2000-01-01", to: today }, "agencies");
      expect(agencies.find((c) => c.code === "US")).toMatchObject({ numeric: "840", value: 3 });
      const ops = await overviewMap(t.db, { from: "2000-01-01", to: today }, "operations");
      const br = ops.find((c) => c.code === "BR");
      const brKpi = await overviewKpis(t.db, { from: "2000-01-01", to: today, countryCode: "BR" });
      expect(br?.value).toBe(brKpi.current.operations);
    });

    it("counts a period that runs past today to date, against as many days of the period before", async () => {
      const k = await overviewKpis(t.db, { from: "2015-01-01", to: "2015-12-31" }, "2015-03-10");
      expect(k.partial).toBe(true);
      expect(k.period).toEqual({ from: "2015-01-01", to: "2015-03-10" });
      expect(k.previousPeriod).toEqual({ from: "2014-01-01", to: "2014-03-10" });
      const byHand = await overviewKpis(t.db, { from: "2014-01-01", to: "2014-03-10" }, "2015-03-10");
      expect(k.previous.operations).toBe(byHand.current.operations);
      const whole = await overviewKpis(t.db, { from: "2015-01-01", to: "2015-12-31" }, "2016-01-01");
      expect(whole.partial).toBe(false);
      expect(whole.previousPeriod).toEqual({ from: "2014-01-01", to: "2014-12-31" });
    });

    it("equals the sums of the outcome charts under the same filters", async () => {
      const views = [
        { from: "2000-01-01", to: today },
        { from: "2014-01-01", to: "2014-12-31" },
        { from: "2013-03-10", to: "2015-08-20" },
        { from: "2012-01-01", to: today, region: "Africa" as const },
        { from: "2012-01-01", to: today, countryCode: "BR" },
        { from: "2010-06-01", to: "2016-05-31", crimeAreas: ["pharmaceuticals", "food"] },
        {
          from: "2010-01-01",
          to: today,
          region: "Europe" as const,
          crimeAreas: ["illicit goods/counterfeiting"],
        },
      ];
      for (const view of views) {
        const { from, to, ...rest } = view;
        const f = { ...rest, from, to, yearFrom: Number(from.slice(0, 4)), yearTo: Number(to.slice(0, 4)) };
        const { current } = await overviewKpis(t.db, view);
        const byYear = await outcomesByYear(t.db, { ...f, figure: "arrests" });
        const seized = await outcomesByYear(t.db, { ...f, figure: "seizedValueUsd" });
        const sum = (rows: { value: number; reported: number; operations: number }[]) => ({
          operations: rows.reduce((n, r) => n + r.operations, 0),
          figure: {
            sum: rows.reduce((n, r) => n + r.value, 0),
            reported: rows.reduce((n, r) => n + r.reported, 0),
          },
        });
        expect(sum(byYear)).toEqual({ operations: current.operations, figure: current.arrests });
        expect(sum(seized).figure).toEqual(current.seizedValueUsd);
        const areas = await outcomesByCrimeArea(t.db, f);
        expect(areas.reduce((n, r) => n + r.arrests.sum, 0)).toBe(current.arrests.sum);
        const kpis = await outcomeKpis(t.db, f);
        expect(kpis.arrests).toEqual(current.arrests);
        expect(kpis.operations).toBe(current.operations);
      }
      // Not vacuous: the filters above do pick operations and arrests.
      const busy = await overviewKpis(t.db, views[2] as (typeof views)[number]);
      expect(busy.current.arrests.reported).toBeGreaterThan(0);
    });

    it("counts an agency with an unknown pledge date in totals, never as new", async () => {
      const before = await overviewKpis(t.db, { from: "2015-01-01", to: "2015-12-31" });
      const recent = await overviewKpis(t.db, { from: `${today.slice(0, 8)}01`, to: today });
      await createAgency(
        t.db,
        ZAgencyValues.parse({ name: "Undated Police", countryCode: "KE", kind: "national_police" }),
        { userId: null },
        "active",
      );
      const after = await overviewKpis(t.db, { from: "2015-01-01", to: "2015-12-31" });
      expect(after.current.agencies).toBe(before.current.agencies + 1);
      expect(after.previous.agencies).toBe(before.previous.agencies + 1);
      expect(after.current.agenciesUndated).toBe(before.current.agenciesUndated + 1);
      const now = await overviewKpis(t.db, { from: `${today.slice(0, 8)}01`, to: today });
      // Registered today, but not new this month: the change against last month is unchanged.
      expect(now.current.agencies - now.previous.agencies).toBe(
        recent.current.agencies - recent.previous.agencies,
      );
      const africa = await overviewKpis(t.db, { from: "2015-01-01", to: "2015-12-31", region: "Africa" });
      const europe = await overviewKpis(t.db, { from: "2015-01-01", to: "2015-12-31", region: "Europe" });
      expect(africa.current.agenciesUndated + europe.current.agenciesUndated).toBeLessThanOrEqual(
        after.current.agenciesUndated,
      );
    });
  });
}
