import { readFileSync } from "node:fs";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commitOperationsImport } from "../src/imports/operations-commit";
import { getOperation, listOperations } from "../src/operations/operations.repository";
import {
  operationsByCountry,
  outcomeKpis,
  outcomesByCrimeArea,
  outcomesByYear,
  topOperations,
} from "../src/outcomes/outcomes.repository";
import { seedDemo } from "../src/seed/seed";
import { seedFile } from "../src/seed/seed-files";
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from "../src/testing";

/** The reference aggregates published with the data (seed/DATA.md): [rows, arrests (n), USD (n)]. */
const REFERENCE: Record<string, [number, number, number, number, number]> = {
  cybercrime: [3, 2_229, 3, 97_400_000, 1],
  drugs: [4, 2_070, 4, 3_722_000_000, 3],
  "financial crime/fraud": [7, 33_237, 6, 1_425_900_000, 6],
  firearms: [2, 1_820, 2, 0, 0],
  food: [8, 768, 2, 0, 0],
  "human trafficking": [1, 286, 1, 0, 0],
  "illicit goods/counterfeiting": [10, 6_496, 3, 676_400_000, 8],
  pharmaceuticals: [16, 2_481, 13, 337_600_000, 12],
  "wildlife/environment": [7, 566, 2, 0, 0],
};

for (const dialect of TEST_DIALECTS) {
  describe(`seeded operations on ${dialect}`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      await seedDemo(t.db);
    });
    afterAll(() => t.drop());

    it("equal the published reference table per crime area", async () => {
      const rows = await outcomesByCrimeArea(t.db, {});
      const actual = Object.fromEntries(
        rows.map((r) => [
          r.crimeArea,
          [r.operations, r.arrests.sum, r.arrests.reported, r.seizedValueUsd.sum, r.seizedValueUsd.reported],
        ]),
      );
      expect(actual).toEqual(REFERENCE);
    });

    it("give the reference totals with their coverage, unknown never counted as zero", async () => {
      const k = await outcomeKpis(t.db, {});
      expect(k.operations).toBe(58);
      expect(k.arrests).toEqual({ sum: 49_953, reported: 36 });
      expect(k.seizedValueUsd).toEqual({ sum: 6_259_300_000, reported: 30 });
      const nulls = await t.db.selectFrom("operations").select("id").where("arrests", "is", null).execute();
      expect(nulls).toHaveLength(58 - 36);
    });

    it("map every listed country name to an ISO code and count countries once", async () => {
      const k = await outcomeKpis(t.db, {});
      expect(k.operationsWithCountries).toBe(20);
      const { rows } = await sql<{
        n: number;
      }>`select count(distinct country_code) as n from operation_countries`.execute(t.db);
      expect(k.countries).toBe(Number(rows[0]?.n));
      expect(k.countries).toBeGreaterThan(100);
    });

    it("keep each operation's source, grade and caveat", async () => {
      const { data } = await listOperations(t.db, {
        filters: [{ field: "name", operator: "eq", value: "Operation Jupiter VI" }],
      });
      expect(data).toHaveLength(1);
      const op = await getOperation(t.db, data[0]?.id ?? 0);
      expect(op).toMatchObject({
        editionYear: 2014,
        periodStart: "2014-04",
        raids: 600,
        arrests: null,
        underInvestigation: 800,
        seizedValueUsd: 27_400_000,
        reliability: "A",
        sourceUrl: "https://www.interpol.int/en/News-and-media/News/2014/N2014-083",
      });
      expect(op.caveats).toContain("more than 600");
      expect(op.countries.map((c) => c.code)).toEqual(
        ["AR", "BO", "BR", "CL", "CO", "EC", "PY", "PE", "UY", "VE"].sort((a, b) => {
          const name = (code: string) => op.countries.find((c) => c.code === code)?.name ?? "";
          return name(a).localeCompare(name(b));
        }),
      );
    });

    it("filter outcomes by year range, crime area, participating country and region", async () => {
      const byYear = await outcomesByYear(t.db, { figure: "arrests", yearFrom: 2014, yearTo: 2014 });
      expect(byYear.every((r) => r.year === 2014)).toBe(true);
      const pharma = await outcomeKpis(t.db, { crimeAreas: ["pharmaceuticals"] });
      expect(pharma).toMatchObject({ operations: 16, arrests: { sum: 2_481, reported: 13 } });
      const brazil = await outcomeKpis(t.db, { countryCode: "BR" });
      const { total } = await listOperations(t.db, {
        filters: [{ field: "countryCode", operator: "eq", value: "BR" }],
      });
      expect(brazil.operations).toBe(total);
      expect(brazil.countries).toBe(1);
      const africa = await outcomeKpis(t.db, { region: "Africa" });
      const byRegion = await listOperations(t.db, {
        filters: [{ field: "countryRegion", operator: "eq", value: "Africa" }],
      });
      expect(africa.operations).toBe(byRegion.total);
      const notBrazil = await listOperations(t.db, {
        filters: [{ field: "countryCode", operator: "ne", value: "BR" }],
      });
      expect(notBrazil.total + total).toBe(58);
      const map = await operationsByCountry(t.db, {});
      expect(map.find((c) => c.code === "BR")?.operations).toBe(total);
    });

    it("rank the top operations by a figure, skipping those that did not report it", async () => {
      const top = await topOperations(t.db, { figure: "seizedValueUsd", limit: 5 });
      expect(top).toHaveLength(5);
      expect(top.map((r) => r.value)).toEqual([...top.map((r) => r.value)].sort((a, b) => b - a));
      const all = await topOperations(t.db, { figure: "arrests", limit: 50 });
      expect(all).toHaveLength(36);
    });

    it("importing the seed file again changes nothing", async () => {
      const before = await t.db
        .selectFrom("operations")
        .select(["id", "version", "updatedAt"])
        .orderBy("id")
        .execute();
      const result = await commitOperationsImport(t.db, readFileSync(seedFile("operations.csv")), {
        fileName: "operations.csv",
        actor: { userId: 1 },
      });
      expect(result.counts).toEqual({ total: 58, created: 0, updated: 0, unchanged: 58, rejected: 0 });
      const after = await t.db
        .selectFrom("operations")
        .select(["id", "version", "updatedAt"])
        .orderBy("id")
        .execute();
      expect(after).toEqual(before);
    });
  });
}
