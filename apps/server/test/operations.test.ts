import { TEST_DIALECTS, type TestDatabase } from "@tbc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../src/trpc";
import { type Caller, callerFor, seededDatabase, trpcError } from "./helpers";
import { countRows, letters, newOperation, sampleOperation } from "./operations-helpers";

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: operations, seizures, crime areas, imports routers`, () => {
    let database: TestDatabase;
    let viewer: Caller;
    let staff: Caller;
    let manager: Caller;

    beforeAll(async () => {
      database = await seededDatabase(dialect);
      viewer = await callerFor(database, "viewer");
      staff = await callerFor(database, "staff");
      manager = await callerFor(database, "manager");
    });
    afterAll(async () => {
      await database?.drop();
    });

    it("create: staff enters an operation with countries; get returns the detail", async () => {
      const created = await staff.operations.create({ values: sampleOperation("Operation Pangea Test") });
      expect(created).toMatchObject({
        name: "Operation Pangea Test",
        editionYear: 2021,
        crimeArea: "pharmaceuticals",
        seizedValueUsd: 5_000_000,
        underInvestigation: null,
        createdBy: "staff@example.org",
        version: 1,
      });
      const detail = await viewer.operations.get({ id: created.id });
      expect(detail.countries.map((c) => c.code).sort()).toEqual(["ES", "FR"]);
      expect(detail.seizures).toEqual([]);
    });

    it("create: bad values → BAD_REQUEST naming each field; nothing written", async () => {
      const before = await countRows(database, "operations");
      const err = await trpcError(
        staff.operations.create({
          values: { ...sampleOperation(), editionYear: 1800, sourceUrl: "ftp://example.org", raids: -1 },
        }),
      );
      expect(err.code).toBe("BAD_REQUEST");
      const fieldErrors = fieldErrorsOf(err.cause) ?? {};
      expect(Object.keys(fieldErrors).sort()).toEqual(["editionYear", "raids", "sourceUrl"]);
      expect(fieldErrors.editionYear).toEqual(["Year must be 1990 or later"]);
      expect(fieldErrors.sourceUrl).toEqual(["Use a full http(s):// address"]);
      expect(await countRows(database, "operations")).toBe(before);
    });

    it("create: a period that ends before it starts → fieldErrors.periodEnd", async () => {
      const values = { ...sampleOperation(), periodStart: "2021-06", periodEnd: "2021-02" };
      const err = await trpcError(staff.operations.create({ values }));
      expect(err.code).toBe("BAD_REQUEST");
      expect(fieldErrorsOf(err.cause)).toEqual({ periodEnd: ["The period ends before it starts"] });
    });

    it("create: unknown crime area → fieldErrors.crimeArea; same name and year → on name", async () => {
      const before = await countRows(database, "operations");
      const unknown = await trpcError(
        staff.operations.create({ values: { ...sampleOperation(), crimeArea: "piracy" } }),
      );
      expect(unknown.code).toBe("BAD_REQUEST");
      expect(fieldErrorsOf(unknown.cause)).toEqual({ crimeArea: ['Unknown crime area "piracy"'] });
      const existing = await newOperation(database);
      const duplicate = await trpcError(staff.operations.create({ values: sampleOperation(existing.name) }));
      expect(Object.keys(fieldErrorsOf(duplicate.cause) ?? {})).toEqual(["name"]);
      expect(await countRows(database, "operations")).toBe(before + 1);
    });

    it("create: a viewer → FORBIDDEN, nothing written", async () => {
      const before = await countRows(database, "operations");
      expect((await trpcError(viewer.operations.create({ values: sampleOperation() }))).code).toBe(
        "FORBIDDEN",
      );
      expect(await countRows(database, "operations")).toBe(before);
    });

    it("update: a stale version → CONFLICT, the first update kept", async () => {
      const op = await newOperation(database);
      const values = { ...sampleOperation(op.name), arrests: 99, countryCodes: ["DE"] };
      const updated = await staff.operations.update({ id: op.id, version: op.version, values });
      expect(updated).toMatchObject({ arrests: 99, version: 2, updatedBy: "staff@example.org" });
      expect(updated.countries.map((c) => c.code)).toEqual(["DE"]);
      const stale = await trpcError(
        staff.operations.update({ id: op.id, version: op.version, values: { ...values, arrests: 1 } }),
      );
      expect(stale.code).toBe("CONFLICT");
      expect((await viewer.operations.get({ id: op.id })).arrests).toBe(99);
    });

    it("delete: staff FORBIDDEN, a manager deletes; then NOT_FOUND", async () => {
      const op = await newOperation(database);
      expect((await trpcError(staff.operations.delete({ id: op.id }))).code).toBe("FORBIDDEN");
      await expect(manager.operations.delete({ id: op.id })).resolves.toEqual({ id: op.id });
      const gone = await trpcError(viewer.operations.get({ id: op.id }));
      expect(gone.code).toBe("NOT_FOUND");
      expect(gone.message).toBe(`Operation ${op.id} does not exist`);
    });

    describe("list", () => {
      it("filters by a participating country (countryCode)", async () => {
        const result = await viewer.operations.list({
          filters: [{ field: "countryCode", operator: "eq", value: "NG" }],
          pagination: { currentPage: 1, pageSize: 100 },
        });
        expect(result.total).toBeGreaterThan(0);
        expect(result.data).toHaveLength(result.total);
        for (const op of result.data) {
          const detail = await viewer.operations.get({ id: op.id });
          expect(detail.countries.map((c) => c.code)).toContain("NG");
        }
      });

      it("filters editionYear between, sorts by seizedValueUsd desc", async () => {
        const result = await viewer.operations.list({
          filters: [
            { field: "editionYear", operator: "between", value: [2015, 2018] },
            { field: "seizedValueUsd", operator: "nnull" },
          ],
          sorters: [{ field: "seizedValueUsd", order: "desc" }],
          pagination: { currentPage: 1, pageSize: 100 },
        });
        expect(result.total).toBeGreaterThan(1);
        expect(result.data.every((o) => o.editionYear >= 2015 && o.editionYear <= 2018)).toBe(true);
        const values = result.data.map((o) => o.seizedValueUsd ?? -1);
        expect(values).toEqual([...values].sort((a, b) => b - a));
      });

      it("an unknown filter field → BAD_REQUEST naming it", async () => {
        const err = await trpcError(
          viewer.operations.list({ filters: [{ field: "createdByPassword", operator: "eq", value: "x" }] }),
        );
        expect(err.code).toBe("BAD_REQUEST");
        expect(err.message).toContain("createdByPassword");
      });
    });

    it("seizures: staff add one to an operation (shown by get) and delete it", async () => {
      const op = await newOperation(database);
      const seizure = await staff.seizures.create({
        operationId: op.id,
        values: { category: "medicines", quantity: 1200, unit: "boxes", valueUsd: 40_000, countryCode: "FR" },
      });
      expect(seizure).toMatchObject({ operationId: op.id, countryName: "France", valueUsd: 40_000 });
      expect((await viewer.operations.get({ id: op.id })).seizures.map((s) => s.id)).toEqual([seizure.id]);
      await expect(staff.seizures.delete({ id: seizure.id })).resolves.toEqual({ id: seizure.id });
      expect((await viewer.operations.get({ id: op.id })).seizures).toEqual([]);
    });

    it("seizures: unknown operation → NOT_FOUND; unknown country → fieldErrors.countryCode", async () => {
      const missing = await trpcError(
        staff.seizures.create({ operationId: 999_999, values: { category: "cash" } }),
      );
      expect(missing.code).toBe("NOT_FOUND");
      const op = await newOperation(database);
      const badCountry = await trpcError(
        staff.seizures.create({ operationId: op.id, values: { category: "cash", countryCode: "QQ" } }),
      );
      expect(badCountry.code).toBe("BAD_REQUEST");
      expect(Object.keys(fieldErrorsOf(badCountry.cause) ?? {})).toEqual(["countryCode"]);
    });

    it("crimeAreas: list is refine-shaped with id = code; a manager adds one; duplicates refused", async () => {
      const list = await viewer.crimeAreas.list();
      expect(list.total).toBe(list.data.length);
      expect(list.data.find((a) => a.code === "pharmaceuticals")).toMatchObject({
        id: "pharmaceuticals",
        code: "pharmaceuticals",
      });
      const code = `maritime ${letters(6)}`;
      await expect(
        manager.crimeAreas.create({ values: { code: `  ${code.toUpperCase()} ` } }),
      ).resolves.toEqual({
        id: code,
        code,
        operations: 0,
      });
      expect((await viewer.crimeAreas.list()).data.map((a) => a.id)).toContain(code);
      const again = await trpcError(manager.crimeAreas.create({ values: { code } }));
      expect(again.code).toBe("BAD_REQUEST");
      expect(fieldErrorsOf(again.cause)).toEqual({ code: [`The crime area "${code}" already exists`] });
      const bad = await trpcError(manager.crimeAreas.create({ values: { code: "drop table;" } }));
      expect(Object.keys(fieldErrorsOf(bad.cause) ?? {})).toEqual(["code"]);
    });

    it("imports.list: the history (the seed's import) for staff, FORBIDDEN for a viewer", async () => {
      const history = await staff.imports.list();
      expect(history.total).toBeGreaterThanOrEqual(1);
      expect(history.data.at(-1)).toMatchObject({
        kind: "operations",
        fileName: "operations.csv (seed)",
        status: "committed",
        rowsCreated: 58,
      });
      expect((await trpcError(viewer.imports.list())).code).toBe("FORBIDDEN");
    });
  });
}
