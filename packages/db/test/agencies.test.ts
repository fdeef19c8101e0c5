import type { AgencyValuesParsed } from "@tbc/types";
import { ZAgencyValues } from "@tbc/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agenciesByCountry } from "../src/agencies/agencies.by-country";
import { findDuplicateAgencies } from "../src/agencies/agencies.duplicates";
import {
  agencyNameKey,
  approveAgency,
  createAgency,
  deleteAgency,
  getAgency,
  listAgencies,
  updateAgency,
} from "../src/agencies/agencies.repository";
import { listAuditFor } from "../src/audit/audit.repository";
import { ConflictError, FieldError, NotFoundError } from "../src/errors";
import { seedDemo } from "../src/seed/seed";
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from "../src/testing";

const values = (over: Partial<AgencyValuesParsed> = {}): AgencyValuesParsed =>
  ZAgencyValues.parse({
    name: "Policía Nacional de Colombia",
    countryCode: "CO",
    kind: "national_police",
    ...over,
  });

for (const dialect of TEST_DIALECTS) {
  describe(`agencies on ${dialect}`, () => {
    let t: TestDatabase;
    const actor = { userId: 1 };
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      await seedDemo(t.db);
    });
    afterAll(() => t.drop());

    it("seeds the 17 documented agencies, active, with their sources", async () => {
      const { data, total } = await listAgencies(t.db, { pagination: { currentPage: 1, pageSize: 50 } });
      expect(total).toBe(17);
      expect(data.every((a) => a.status === "active" && a.sourceUrl?.startsWith("http"))).toBe(true);
      const fbi = data.find((a) => a.acronym === "FBI");
      expect(fbi).toMatchObject({
        countryCode: "US",
        countryName: "United States of America",
        region: "Americas",
      });
      const sarpcco = data.find((a) => a.acronym === "SARPCCO");
      expect(sarpcco).toMatchObject({ countryCode: null, kind: "regional_body", pledgedOn: "2014-10-23" });
    });

    it("seeding again into a database with data does nothing", async () => {
      expect(await seedDemo(t.db)).toMatchObject({ skipped: true });
      expect((await listAgencies(t.db, {})).total).toBe(17);
    });

    it("creates a pending agency with its audit record, and counts it by country at once", async () => {
      const before = await agenciesByCountry(t.db);
      const created = await createAgency(t.db, values(), actor);
      expect(created).toMatchObject({
        status: "pending",
        version: 1,
        region: "Americas",
        createdBy: "admin@example.org",
      });
      const after = await agenciesByCountry(t.db);
      expect(after.byCountry.find((c) => c.countryCode === "CO")).toMatchObject({ active: 0, total: 1 });
      const americas = (r: typeof before) => r.byRegion.find((x) => x.region === "Americas");
      expect(americas(after)?.total).toBe((americas(before)?.total ?? 0) + 1);
      expect(americas(after)?.active).toBe(americas(before)?.active);
      const audit = await listAuditFor(t.db, "agency", created.id);
      expect(audit.map((a) => a.action)).toEqual(["create"]);
    });

    it("counts active agencies per region in SQL, regional bodies without a country apart", async () => {
      const { byRegion } = await agenciesByCountry(t.db);
      expect(byRegion.find((r) => r.region === "Americas")).toMatchObject({ active: 5, countries: 3 });
      expect(byRegion.find((r) => r.region === "Africa")).toMatchObject({ active: 4, countries: 4 });
      expect(byRegion.find((r) => r.region === null)).toMatchObject({ active: 1, total: 1, countries: 0 });
    });

    it("finds duplicates whatever the case, accents and spacing", async () => {
      expect(agencyNameKey("  POLICIA  nacional de Colombia! ")).toBe("policia nacional de colombia");
      const dupes = await findDuplicateAgencies(t.db, {
        name: "policia nacional de colombia",
        countryCode: "CO",
      });
      expect(dupes).toHaveLength(1);
      const inPeru = { name: "policia nacional de colombia", countryCode: "PE" };
      expect(await findDuplicateAgencies(t.db, inPeru)).toHaveLength(0);
    });

    it("rejects an unknown country on the field and writes nothing", async () => {
      const { total } = await listAgencies(t.db, {});
      await expect(createAgency(t.db, values({ countryCode: "XX" }), actor)).rejects.toBeInstanceOf(
        FieldError,
      );
      expect((await listAgencies(t.db, {})).total).toBe(total);
    });

    it("updates with the current version and refuses a stale one without overwriting", async () => {
      const a = await createAgency(t.db, values({ name: "Versioned Agency" }), actor);
      const first = await updateAgency(t.db, a.id, 1, values({ name: "Versioned Agency (first)" }), actor);
      expect(first.version).toBe(2);
      await expect(
        updateAgency(t.db, a.id, 1, values({ name: "Versioned Agency (second)" }), actor),
      ).rejects.toBeInstanceOf(ConflictError);
      expect(await getAgency(t.db, a.id)).toMatchObject({ name: "Versioned Agency (first)", version: 2 });
    });

    it("approves a pending agency once", async () => {
      const a = await createAgency(t.db, values({ name: "To Approve" }), actor);
      const approved = await approveAgency(t.db, a.id, a.version, actor);
      expect(approved).toMatchObject({ status: "active", version: 2 });
      await expect(approveAgency(t.db, a.id, approved.version, actor)).rejects.toBeInstanceOf(ConflictError);
      const audit = await listAuditFor(t.db, "agency", a.id);
      expect(audit.map((x) => x.action)).toEqual(["approve", "create"]);
    });

    it("deletes with an audit record that keeps the before values", async () => {
      const a = await createAgency(t.db, values({ name: "To Delete" }), actor);
      await deleteAgency(t.db, a.id, actor);
      await expect(getAgency(t.db, a.id)).rejects.toBeInstanceOf(NotFoundError);
      const [entry] = await listAuditFor(t.db, "agency", a.id);
      expect(entry?.action).toBe("delete");
      expect(JSON.parse(entry?.before ?? "{}")).toMatchObject({ name: "To Delete" });
    });
  });
}
