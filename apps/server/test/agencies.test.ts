import { getAgency, isoCountries } from "@tbc/db";
import { TEST_DIALECTS, type TestDatabase } from "@tbc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../src/trpc";
import {
  type Caller,
  callerFor,
  countAgencies,
  newAgency,
  sampleValues,
  seededDatabase,
  staffAgency,
  trpcError,
} from "./helpers";

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: agencies router`, () => {
    let database: TestDatabase;
    let staff: Caller;
    let manager: Caller;

    beforeAll(async () => {
      database = await seededDatabase(dialect);
      staff = await callerFor(database, "staff");
      manager = await callerFor(database, "manager");
    });
    afterAll(async () => {
      await database?.drop();
    });

    it("create: staff registers a pending agency, audited with the staff user", async () => {
      const created = await staff.agencies.create({ values: sampleValues("Policía Test") });
      expect(created).toMatchObject({
        name: "Policía Test",
        status: "pending",
        countryCode: "FR",
        version: 1,
      });
      expect(created.createdBy).toBe("staff@example.org");
      const audit = await database.db
        .selectFrom("auditLog")
        .select(["action", "entity"])
        .where("entityId", "=", String(created.id))
        .where("entity", "=", "agency")
        .execute();
      expect(audit).toEqual([{ action: "create", entity: "agency" }]);
    });

    it("create: bad payload → BAD_REQUEST naming each bad field, nothing written", async () => {
      const before = await countAgencies(database);
      const err = await trpcError(
        staff.agencies.create({
          values: { name: "A", website: "not a url", kind: "spaceforce" as never },
        }),
      );
      expect(err.code).toBe("BAD_REQUEST");
      expect(Object.keys(fieldErrorsOf(err.cause) ?? {}).sort()).toEqual(["kind", "name", "website"]);
      expect(await countAgencies(database)).toBe(before);
    });

    it("create: unknown country code → fieldErrors.countryCode, nothing written", async () => {
      const before = await countAgencies(database);
      const err = await trpcError(
        staff.agencies.create({ values: { ...sampleValues(), countryCode: "QQ" } }),
      );
      expect(err.code).toBe("BAD_REQUEST");
      expect(fieldErrorsOf(err.cause)).toEqual({ countryCode: ["Unknown country code QQ"] });
      expect(await countAgencies(database)).toBe(before);
    });

    it("get: unknown id → NOT_FOUND with a safe message", async () => {
      const err = await trpcError(staff.agencies.get({ id: 999_999 }));
      expect(err.code).toBe("NOT_FOUND");
      expect(err.message).toBe("Agency 999999 does not exist");
    });

    it("update: two updates with the same version → one wins, the other gets CONFLICT", async () => {
      const agency = await staffAgency(database);
      const other = await callerFor(database, "manager");
      const results = await Promise.allSettled([
        staff.agencies.update({
          id: agency.id,
          version: agency.version,
          values: { ...sampleValues(agency.name), notes: "first" },
        }),
        other.agencies.update({
          id: agency.id,
          version: agency.version,
          values: { ...sampleValues(agency.name), notes: "second" },
        }),
      ]);
      const won = results.filter((r) => r.status === "fulfilled");
      const lost = results.filter((r) => r.status === "rejected");
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect((lost[0] as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
      const winner = (won[0] as PromiseFulfilledResult<{ notes: string | null }>).value;
      const stored = await getAgency(database.db, agency.id);
      expect(stored.notes).toBe(winner.notes);
      expect(stored.version).toBe(agency.version + 1);
    });

    it("update: a stale version after a successful update → CONFLICT, values kept", async () => {
      const agency = await staffAgency(database);
      const values = { ...sampleValues(agency.name), notes: "kept" };
      await staff.agencies.update({ id: agency.id, version: agency.version, values });
      const err = await trpcError(
        staff.agencies.update({
          id: agency.id,
          version: agency.version,
          values: { ...values, notes: "lost" },
        }),
      );
      expect(err.code).toBe("CONFLICT");
      const stored = await getAgency(database.db, agency.id);
      expect(stored).toMatchObject({ notes: "kept", version: 2 });
    });

    it("update: staff may not change the status; a manager may", async () => {
      const agency = await staffAgency(database);
      const values = { ...sampleValues(agency.name), status: "active" as const };
      const err = await trpcError(staff.agencies.update({ id: agency.id, version: agency.version, values }));
      expect(err.code).toBe("FORBIDDEN");
      expect((await getAgency(database.db, agency.id)).status).toBe("pending");
      // Sending the unchanged status is fine for staff (forms send the whole record back).
      const same = { ...values, status: "pending" as const };
      const edited = await staff.agencies.update({ id: agency.id, version: agency.version, values: same });
      expect(edited.status).toBe("pending");
      const done = await manager.agencies.update({ id: agency.id, version: edited.version, values });
      expect(done.status).toBe("active");
    });

    it("approve: pending → active by a manager; staff FORBIDDEN", async () => {
      const agency = await newAgency(database);
      expect(agency.status).toBe("pending");
      const refused = await trpcError(staff.agencies.approve({ id: agency.id, version: agency.version }));
      expect(refused.code).toBe("FORBIDDEN");
      const approved = await manager.agencies.approve({ id: agency.id, version: agency.version });
      expect(approved).toMatchObject({ status: "active", version: agency.version + 1 });
      expect(approved.updatedBy).toBe("manager@example.org");
      const again = await trpcError(manager.agencies.approve({ id: agency.id, version: approved.version }));
      expect(again.code).toBe("CONFLICT");
    });

    it("delete: manager deletes; the agency is gone", async () => {
      const agency = await newAgency(database);
      await expect(manager.agencies.delete({ id: agency.id })).resolves.toEqual({ id: agency.id });
      expect((await trpcError(manager.agencies.get({ id: agency.id }))).code).toBe("NOT_FOUND");
    });

    it("duplicates: finds the same name regardless of case and accents", async () => {
      const agency = await newAgency(database, sampleValues("Gendarmerie Nationale Test"));
      const found = await staff.agencies.duplicates({
        name: "gendarmerie  nationale TEST",
        countryCode: "FR",
      });
      expect(found.map((a) => a.id)).toContain(agency.id);
      const excluded = await staff.agencies.duplicates({
        name: agency.name,
        countryCode: "FR",
        excludeId: agency.id,
      });
      expect(excluded.map((a) => a.id)).not.toContain(agency.id);
    });

    it("duplicates: with no country, every country, each with its reason (the demo's FBI by acronym)", async () => {
      const byAcronym = await staff.agencies.duplicates({ name: "FBI" });
      expect(byAcronym.map((a) => [a.name, a.countryCode, a.reason])).toEqual([
        ["Federal Bureau of Investigation", "US", { kind: "same-acronym", acronym: "FBI" }],
      ]);
      const byName = await staff.agencies.duplicates({
        name: "The Federal Bureau of Investigations",
        countryCode: null,
      });
      expect(byName.map((a) => a.reason)).toEqual([{ kind: "same-name" }]);
    });

    describe("list", () => {
      it("returns { data, total } paged", async () => {
        const page = await staff.agencies.list({ pagination: { currentPage: 1, pageSize: 5 } });
        expect(page.data.length).toBeLessThanOrEqual(5);
        expect(page.total).toBeGreaterThanOrEqual(17);
      });

      it("unknown sort field → BAD_REQUEST naming it", async () => {
        const err = await trpcError(
          staff.agencies.list({ sorters: [{ field: "passwordHash", order: "asc" }] }),
        );
        expect(err.code).toBe("BAD_REQUEST");
        expect(err.message).toContain("passwordHash");
      });

      it("filters by countryCode", async () => {
        await newAgency(database, { ...sampleValues("Filter Test Agency"), countryCode: "NZ" });
        const result = await staff.agencies.list({
          filters: [{ field: "countryCode", operator: "eq", value: "NZ" }],
          pagination: { currentPage: 1, pageSize: 50 },
        });
        expect(result.total).toBeGreaterThanOrEqual(1);
        expect(result.data.every((a) => a.countryCode === "NZ")).toBe(true);
        expect(result.data.map((a) => a.name)).toContain("Filter Test Agency");
      });
    });

    it("countries.list: every country of the reference list in { data, total }", async () => {
      const viewer = await callerFor(database, "viewer");
      const result = await viewer.countries.list();
      // 249 ISO 3166-1 codes + Kosovo (XK), as the db package's country list has them.
      expect(result.total).toBe(isoCountries().length);
      expect(result.data).toHaveLength(result.total);
      expect(result.data.find((c) => c.code === "FR")).toMatchObject({ name: "France", region: "Europe" });
    });

    it("agencies.byCountry: counts by country and region", async () => {
      const viewer = await callerFor(database, "viewer");
      const result = await viewer.agencies.byCountry();
      const totalActive = result.byRegion.reduce((n, r) => n + r.active, 0);
      expect(totalActive).toBeGreaterThanOrEqual(17);
      expect(result.byCountry.every((c) => c.total >= c.active)).toBe(true);
    });
  });
}
