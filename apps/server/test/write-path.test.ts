import { commitOperationsImport, type Database } from "@tbc/db";
import { TEST_DIALECTS, type TestDatabase } from "@tbc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../src/trpc";
import { type Caller, callerFor, demoUserId, seededDatabase, staffAgency, trpcError } from "./helpers";
import { csvOf, csvRow } from "./operations-helpers";

const TITLE = "Operation Pangea results (INTERPOL N2024-031, 15 May 2024)";

/** The same operation as the form sends it (values) and as the file writes it (a CSV row). */
const formValues = (name: string) => ({
  name,
  editionYear: 2024,
  periodStart: "2024-03",
  periodEnd: "2024-04",
  crimeArea: "pharmaceuticals",
  region: "Europe",
  countriesCount: 2,
  countryCodes: ["IT", "FR"],
  raids: 40,
  arrests: 120,
  underInvestigation: null,
  seizedValueUsd: 2_500_000,
  seizureDescription: "Fake vials",
  sourceTitle: TITLE,
  sourceUrl: "https://example.org/press/1",
});
const fileRow = (name: string, raids = "40") =>
  csvRow(name, {
    edition_year: "2024",
    month: "2024-03/2024-04",
    crime_area: "pharmaceuticals",
    countries: "France; Italy",
    raids,
    seizure_description: "Fake vials",
    source_title: TITLE,
  });

/** Everything stored about one operation but what must differ between two rows: id, name, who, when. */
async function stored(database: Database, name: string) {
  const row = await database.db
    .selectFrom("operations")
    .selectAll()
    .where("name", "=", name)
    .executeTakeFirstOrThrow();
  const countries = await database.db
    .selectFrom("operationCountries")
    .select("countryCode")
    .where("operationId", "=", row.id)
    .orderBy("countryCode")
    .execute();
  const audit = await database.db
    .selectFrom("auditLog")
    .select(["before", "after"])
    .where("entity", "=", "operation")
    .where("entityId", "=", String(row.id))
    .orderBy("id", "desc")
    .executeTakeFirstOrThrow();
  const record = (json: string | null) => {
    const { name: _n, importId: _i, ...rest } = JSON.parse(json ?? "{}") ?? {};
    return rest;
  };
  const { id: _id, name: _n, createdAt: _c, updatedAt: _u, ...columns } = row;
  return {
    columns,
    countries: countries.map((c) => c.countryCode),
    audit: { before: record(audit.before), after: record(audit.after) },
  };
}

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: one write path for operations, PATCH updates`, () => {
    let database: TestDatabase;
    let staff: Caller;
    let importAs: { userId: number };
    const importFile = (rows: ReturnType<typeof csvRow>[]) =>
      commitOperationsImport(database.db, csvOf(rows), { fileName: "twin.csv", actor: importAs });

    beforeAll(async () => {
      database = await seededDatabase(dialect);
      staff = await callerFor(database, "staff");
      importAs = { userId: await demoUserId(database, "staff") };
    });
    afterAll(async () => {
      await database?.drop();
    });

    it("a row created through the router and the same row imported end up identical", async () => {
      await staff.operations.create({ values: formValues("Operation Twin Form") });
      await importFile([fileRow("Operation Twin File")]);
      const [viaForm, viaFile] = [
        await stored(database, "Operation Twin Form"),
        await stored(database, "Operation Twin File"),
      ];
      expect(viaForm.columns.announcedOn).toBe("2024-05-15");
      expect(viaForm.columns.version).toBe(1);
      expect(viaFile).toEqual(viaForm);
    });

    it("updated through the router and through a re-import, they stay identical", async () => {
      const op = await staff.operations.list({
        filters: [{ field: "name", operator: "eq", value: "Operation Twin Form" }],
      });
      const current = op.data[0];
      if (!current) throw new Error("the form's operation is missing");
      await staff.operations.update({ id: current.id, version: current.version, values: { raids: 41 } });
      await importFile([fileRow("Operation Twin File", "41")]);
      const [viaForm, viaFile] = [
        await stored(database, "Operation Twin Form"),
        await stored(database, "Operation Twin File"),
      ];
      expect(viaForm.columns).toMatchObject({ raids: 41, version: 2, announcedOn: "2024-05-15" });
      expect(viaFile).toEqual(viaForm);
    });

    it("operations.update is a PATCH: a summary entered here survives, an import keeps it too", async () => {
      const created = await staff.operations.create({ values: formValues("Operation Patch") });
      const patched = await staff.operations.update({
        id: created.id,
        version: created.version,
        values: { summary: "Coordinated by the Rome office", reliability: "A" },
      });
      expect(patched).toMatchObject({ summary: "Coordinated by the Rome office", raids: 40, version: 2 });
      expect(patched.countries.map((c) => c.code)).toEqual(["FR", "IT"]);
      await importFile([fileRow("Operation Patch", "44")]);
      const after = await staff.operations.get({ id: created.id });
      expect(after).toMatchObject({ summary: "Coordinated by the Rome office", reliability: "A", raids: 44 });
    });

    it("a patch is checked against the stored record: a period ending before it starts is refused", async () => {
      const op = await staff.operations.create({ values: formValues("Operation Period") });
      const err = await trpcError(
        staff.operations.update({ id: op.id, version: op.version, values: { periodEnd: "2024-01" } }),
      );
      expect(err.code).toBe("BAD_REQUEST");
      expect(fieldErrorsOf(err.cause)).toEqual({ periodEnd: ["The period ends before it starts"] });
      expect((await staff.operations.get({ id: op.id })).periodEnd).toBe("2024-04");
    });

    it("agencies.update with only { notes } changes the notes and nothing else", async () => {
      const agency = await staffAgency(database);
      const updated = await staff.agencies.update({
        id: agency.id,
        version: agency.version,
        values: { notes: "Pledged at the Lyon meeting" },
      });
      const { notes, version, updatedAt: _u, ...rest } = updated;
      const { notes: _n, version: _v, updatedAt: _u2, ...restBefore } = agency;
      expect({ notes, version }).toEqual({ notes: "Pledged at the Lyon meeting", version: 2 });
      expect(rest).toEqual(restBefore);
    });

    it("a patch field is validated by its own rule; a stale version is a CONFLICT", async () => {
      const agency = await staffAgency(database);
      const bad = await trpcError(
        staff.agencies.update({ id: agency.id, version: agency.version, values: { website: "ftp://x" } }),
      );
      expect(fieldErrorsOf(bad.cause)).toEqual({ website: ["Use a full http(s):// address"] });
      await staff.agencies.update({ id: agency.id, version: agency.version, values: { notes: "first" } });
      const stale = await trpcError(
        staff.agencies.update({ id: agency.id, version: agency.version, values: { notes: "second" } }),
      );
      expect(stale.code).toBe("CONFLICT");
    });
  });
}
