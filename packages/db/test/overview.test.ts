import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outcomeKpis } from "../src/outcomes/outcomes.repository";
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
      const y2014 = await outcomeKpis(t.db, { yearFrom: 2014, yearTo: 2014 });
      // Operations announced in 2014 are not exactly the 2014 editions, but close for this data.
      expect(Math.abs(k.current.operations - y2014.operations)).toBeLessThanOrEqual(3);
      expect(k.current.impressions).toBeGreaterThan(0);
      expect(k.previous.impressions).toBeNull(); // before the launch: no engagement at all, not zero
      // Agencies with a known pledge date only: the others were registered when the demo was seeded.
      expect(k.current.agencies).toBe(1);
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
  });
}
