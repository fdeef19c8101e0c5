import { ZOperationValues, ZSeizureValues } from "@tbc/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditFor } from "../src/audit/audit.repository";
import { ConflictError, FieldError, InvalidQueryError } from "../src/errors";
import {
  createCrimeArea,
  createOperation,
  deleteOperation,
  getOperation,
  listCrimeAreas,
  listOperations,
  updateOperation,
} from "../src/operations/operations.repository";
import { createOperations, updateOperations } from "../src/operations/operations.write";
import { createSeizure, deleteSeizure } from "../src/operations/seizures.repository";
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from "../src/testing";

/** Text that an array literal or a VALUES list must carry as it is (PostgreSQL's updates go as arrays). */
const TRICKY = 'He said "no", {braces} \\ back\\slash; NULL — été 🚓\nsecond line';

const values = (over: Record<string, unknown> = {}) =>
  ZOperationValues.parse({
    name: "Operation Pangea XVII",
    editionYear: 2025,
    crimeArea: "pharmaceuticals",
    countriesCount: 3,
    countryCodes: ["FR", "BR", "KE"],
    raids: null,
    arrests: 769,
    underInvestigation: null,
    seizedValueUsd: 65_000_000,
    ...over,
  });

for (const dialect of TEST_DIALECTS) {
  describe(`operations on ${dialect}`, () => {
    let t: TestDatabase;
    const actor = { userId: null };
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
    });
    afterAll(() => t.drop());

    it("creates an operation with its countries and unknown figures kept as null", async () => {
      const op = await createOperation(t.db, values(), actor);
      expect(op).toMatchObject({ arrests: 769, raids: null, underInvestigation: null, version: 1 });
      expect(op.countries.map((c) => c.code).sort()).toEqual(["BR", "FR", "KE"]);
      expect((await listAuditFor(t.db, "operation", op.id)).map((a) => a.action)).toEqual(["create"]);
    });

    it("refuses a second edition with the same name and year, on the name field", async () => {
      await expect(createOperation(t.db, values(), actor)).rejects.toMatchObject({ field: "name" });
    });

    it("refuses an unknown crime area or country on its field, writing nothing", async () => {
      await expect(
        createOperation(t.db, values({ name: "X1", crimeArea: "piracy" }), actor),
      ).rejects.toMatchObject({ field: "crimeArea" });
      await expect(
        createOperation(t.db, values({ name: "X2", countryCodes: ["ZZ"] }), actor),
      ).rejects.toBeInstanceOf(FieldError);
      expect((await listOperations(t.db, {})).total).toBe(1);
    });

    it("updates with the current version only, replacing its countries", async () => {
      const { data } = await listOperations(t.db, {});
      const id = data[0]?.id ?? 0;
      const updated = await updateOperation(t.db, id, 1, values({ countryCodes: ["KE"], raids: 40 }), actor);
      expect(updated).toMatchObject({ raids: 40, version: 2 });
      expect(updated.countries.map((c) => c.code)).toEqual(["KE"]);
      await expect(updateOperation(t.db, id, 1, values({ raids: 1 }), actor)).rejects.toBeInstanceOf(
        ConflictError,
      );
      expect((await getOperation(t.db, id)).raids).toBe(40);
    });

    it("filters on participating countries, including none and 'did not take part'", async () => {
      await createOperation(
        t.db,
        values({ name: "Operation Without Countries", countryCodes: [], countriesCount: null }),
        actor,
      );
      const ids = async (filters: unknown[]) =>
        (await listOperations(t.db, { filters: filters as never })).data.map((o) => o.name).sort();
      expect(await ids([{ field: "countryCode", operator: "eq", value: "KE" }])).toEqual([
        "Operation Pangea XVII",
      ]);
      expect(await ids([{ field: "countryCode", operator: "null" }])).toEqual([
        "Operation Without Countries",
      ]);
      expect(await ids([{ field: "countryCode", operator: "ne", value: "KE" }])).toEqual([
        "Operation Without Countries",
      ]);
      expect(await ids([{ field: "countryRegion", operator: "in", value: ["Africa", "Europe"] }])).toEqual([
        "Operation Pangea XVII",
      ]);
      await expect(
        listOperations(t.db, { sorters: [{ field: "countryCode", order: "asc" }] }),
      ).rejects.toBeInstanceOf(InvalidQueryError);
    });

    it("adds and removes itemised seizures, shown on the operation", async () => {
      const { data } = await listOperations(t.db, {
        filters: [{ field: "name", operator: "eq", value: "Operation Pangea XVII" }],
      });
      const id = data[0]?.id ?? 0;
      const s = await createSeizure(
        t.db,
        id,
        ZSeizureValues.parse({
          category: "medicines",
          quantity: 50_400_000,
          unit: "doses",
          valueUsd: 65_000_000,
          countryCode: "KE",
        }),
        actor,
      );
      expect(s).toMatchObject({ operationId: id, countryName: "Kenya", quantity: 50_400_000 });
      expect((await getOperation(t.db, id)).seizures).toHaveLength(1);
      await expect(
        createSeizure(t.db, id, ZSeizureValues.parse({ category: "cash", countryCode: "ZZ" }), actor),
      ).rejects.toBeInstanceOf(FieldError);
      await deleteSeizure(t.db, s.id, actor);
      expect((await getOperation(t.db, id)).seizures).toHaveLength(0);
    });

    it("lets managers extend the crime areas, once", async () => {
      await createCrimeArea(t.db, "maritime piracy", actor);
      expect((await listCrimeAreas(t.db)).map((a) => a.code)).toContain("maritime piracy");
      await expect(createCrimeArea(t.db, "maritime piracy", actor)).rejects.toBeInstanceOf(FieldError);
      const op = await createOperation(
        t.db,
        values({ name: "Operation at Sea", crimeArea: "maritime piracy" }),
        actor,
      );
      expect(op.crimeArea).toBe("maritime piracy");
    });

    it("creates a batch at once, each operation as a single create would store it", async () => {
      const batch = [
        values({ name: "Batch A", summary: "Written on the form", countryCodes: ["KE", "FR", "KE"] }),
        values({
          name: "Batch B",
          editionYear: 2024,
          crimeArea: "firearms",
          countryCodes: [],
          countriesCount: null,
          arrests: null,
          seizedValueUsd: null,
        }),
      ];
      const written = await t.db.transaction().execute((trx) => createOperations(trx, batch, actor));
      const [a, b] = await Promise.all(written.map((w) => getOperation(t.db, w.id)));
      expect(a).toMatchObject({ name: "Batch A", summary: "Written on the form", arrests: 769, version: 1 });
      expect(a?.countries.map((c) => c.code)).toEqual(["FR", "KE"]);
      expect(b).toMatchObject({ name: "Batch B", summary: null, arrests: null, raids: null, countries: [] });
      expect(written[0]?.audit.after).toMatchObject({ name: "Batch A", countryCodes: ["FR", "KE"] });
    });

    it("refuses a batch in which one operation's name and year are taken, on the name field, writing none", async () => {
      const before = (await listOperations(t.db, {})).total;
      const batch = [values({ name: "Batch C" }), values({ name: "Batch A" }), values({ name: "Batch D" })];
      const attempt = t.db.transaction().execute((trx) => createOperations(trx, batch, actor));
      await expect(attempt).rejects.toMatchObject({
        field: "name",
        message: expect.stringContaining("Batch A (2025)"),
      });
      expect((await listOperations(t.db, {})).total).toBe(before);
    });

    it("updates a batch at once, each patch merged into its own stored record; a stale version refuses it whole", async () => {
      const ids = async (...names: string[]) =>
        Promise.all(
          names.map(async (name) => {
            const { data } = await listOperations(t.db, {
              filters: [{ field: "name", operator: "eq", value: name }],
            });
            return data[0]?.id ?? 0;
          }),
        );
      const [a, b] = await ids("Batch A", "Batch B");
      const written = await t.db.transaction().execute((trx) =>
        updateOperations(
          trx,
          [
            { id: a ?? 0, patch: { arrests: 1, countryCodes: ["KE"], summary: TRICKY } },
            // The word, not the value: an array element "NULL" must stay text.
            { id: b ?? 0, patch: { raids: 7, region: "NULL" } },
          ],
          actor,
        ),
      );
      expect(written.map((w) => w.audit.before)).toMatchObject([{ arrests: 769 }, { raids: null }]);
      const [oa, ob] = await Promise.all([getOperation(t.db, a ?? 0), getOperation(t.db, b ?? 0)]);
      expect(oa).toMatchObject({ arrests: 1, summary: TRICKY, caveats: null, version: 2 });
      expect(oa.countries.map((c) => c.code)).toEqual(["KE"]);
      expect(ob).toMatchObject({ raids: 7, region: "NULL", arrests: null, version: 2, countries: [] });
      const stale = t.db.transaction().execute((trx) =>
        updateOperations(
          trx,
          [
            { id: a ?? 0, version: 2, patch: { arrests: 2 } },
            { id: b ?? 0, version: 1, patch: { raids: 8 } },
          ],
          actor,
        ),
      );
      await expect(stale).rejects.toBeInstanceOf(ConflictError);
      expect((await getOperation(t.db, a ?? 0)).arrests).toBe(1);
      // Renamed onto another operation's name and year: refused on the name field, nothing written.
      const renamed = t.db.transaction().execute((trx) =>
        updateOperations(
          trx,
          [
            { id: a ?? 0, patch: { arrests: 3 } },
            { id: b ?? 0, patch: { name: "Batch A", editionYear: 2025 } },
          ],
          actor,
        ),
      );
      await expect(renamed).rejects.toMatchObject({
        field: "name",
        message: expect.stringContaining("Batch A (2025)"),
      });
      expect((await getOperation(t.db, a ?? 0)).arrests).toBe(1);
      expect((await getOperation(t.db, b ?? 0)).name).toBe("Batch B");
    });

    it("deletes an operation with its countries and seizures", async () => {
      const op = await createOperation(t.db, values({ name: "Operation To Delete" }), actor);
      await deleteOperation(t.db, op.id, actor);
      const left = await t.db
        .selectFrom("operationCountries")
        .select("operationId")
        .where("operationId", "=", op.id)
        .execute();
      expect(left).toHaveLength(0);
    });
  });
}
