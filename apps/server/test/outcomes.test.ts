import { TEST_DIALECTS, type TestDatabase } from "@tbc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, callerFor, seededDatabase, trpcError } from "./helpers";

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: outcomes of operations`, () => {
    let database: TestDatabase;
    let viewer: Caller;

    beforeAll(async () => {
      database = await seededDatabase(dialect);
      viewer = await callerFor(database, "viewer");
    });
    afterAll(async () => {
      await database?.drop();
    });

    it("outcomeKpis({}) over the 58 seeded operations: sums with how many reported them", async () => {
      const kpis = await viewer.outcomes.kpis({});
      expect(kpis.operations).toBe(58);
      expect(kpis.arrests).toEqual({ sum: 49953, reported: 36 });
      expect(kpis.seizedValueUsd).toEqual({ sum: 6_259_300_000, reported: 30 });
      expect(kpis.countries).toBeGreaterThan(0);
      // The input is optional: no filters at all is the same as {}.
      expect(await viewer.outcomes.kpis()).toEqual(kpis);
    });

    it("a crime-area filter is respected (checked against the list of operations)", async () => {
      const kpis = await viewer.outcomes.kpis({ crimeAreas: ["pharmaceuticals"] });
      const list = await viewer.operations.list({
        filters: [{ field: "crimeArea", operator: "eq", value: "pharmaceuticals" }],
        pagination: { currentPage: 1, pageSize: 100 },
      });
      expect(kpis.operations).toBe(list.total);
      expect(kpis.operations).toBeGreaterThan(0);
      expect(kpis.operations).toBeLessThan(58);
      const arrests = list.data.map((o) => o.arrests).filter((a) => a !== null);
      expect(kpis.arrests).toEqual({ sum: arrests.reduce((a, b) => a + b, 0), reported: arrests.length });

      const byArea = await viewer.outcomes.byCrimeArea({ crimeAreas: ["pharmaceuticals"] });
      expect(byArea).toEqual([
        {
          crimeArea: "pharmaceuticals",
          operations: kpis.operations,
          arrests: kpis.arrests,
          seizedValueUsd: kpis.seizedValueUsd,
        },
      ]);
    });

    it("outcomesByYear and outcomesByCrimeArea add up to the KPIs", async () => {
      const kpis = await viewer.outcomes.kpis({ yearFrom: 2010, yearTo: 2020 });
      const byYear = await viewer.outcomes.byYear({
        yearFrom: 2010,
        yearTo: 2020,
        figure: "arrests",
      });
      expect(byYear.every((r) => r.year >= 2010 && r.year <= 2020)).toBe(true);
      expect(byYear.reduce((n, r) => n + r.operations, 0)).toBe(kpis.operations);
      expect(byYear.reduce((n, r) => n + r.value, 0)).toBe(kpis.arrests.sum);
      const byArea = await viewer.outcomes.byCrimeArea({ yearFrom: 2010, yearTo: 2020 });
      expect(byArea.reduce((n, r) => n + r.seizedValueUsd.sum, 0)).toBe(kpis.seizedValueUsd.sum);
    });

    it("topOperations: highest reported values first, at most `limit`; limit over 50 refused", async () => {
      const top = await viewer.outcomes.topOperations({ figure: "seizedValueUsd", limit: 5 });
      expect(top).toHaveLength(5);
      const values = top.map((t) => t.value);
      expect(values).toEqual([...values].sort((a, b) => b - a));
      const err = await trpcError(viewer.outcomes.topOperations({ figure: "arrests", limit: 500 }));
      expect(err.code).toBe("BAD_REQUEST");
      const figure = await trpcError(viewer.outcomes.topOperations({ figure: "passwordHash" as never }));
      expect(figure.code).toBe("BAD_REQUEST");
    });

    it("operationsByCountry: participating countries, most first; agrees with a country filter", async () => {
      const all = await viewer.outcomes.byCountry();
      expect(all.length).toBeGreaterThan(10);
      expect(all[0]?.operations).toBeGreaterThanOrEqual(all.at(-1)?.operations ?? 0);
      const kpis = await viewer.outcomes.kpis({ countryCode: "FR" });
      const fr = all.find((c) => c.code === "FR");
      expect(fr?.operations ?? 0).toBe(kpis.operations);
    });
  });
}
