import { TEST_DIALECTS, type TestDatabase } from "@tbc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../src/app";
import {
  appFor,
  type Caller,
  callerFor,
  demoUserId,
  loginCookie,
  newAgency,
  sampleValues,
  seededDatabase,
  trpcError,
  trpcHttp,
} from "./helpers";
import { csvOf, csvRow, finalLine, sampleOperation, upload } from "./operations-helpers";

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: per-object rule for agencies (canEditAgency)`, () => {
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

    const edit = (caller: Caller, a: { id: number; version: number; name: string }) =>
      caller.agencies.update({
        id: a.id,
        version: a.version,
        values: { ...sampleValues(a.name), notes: "edited" },
      });

    it("staff edit their own pending agency ✓; someone else's pending ✗; their own active ✗; managers any ✓", async () => {
      const own = await staff.agencies.create({ values: sampleValues() });
      expect(own.createdById).toBe(await demoUserId(database, "staff"));
      expect(await edit(staff, own)).toMatchObject({ notes: "edited", version: 2 });

      const others = await newAgency(
        database,
        sampleValues(),
        "pending",
        await demoUserId(database, "viewer"),
      );
      const refused = await trpcError(edit(staff, others));
      expect([refused.code, refused.message]).toEqual([
        "FORBIDDEN",
        "Staff can edit only the pending agencies they registered.",
      ]);
      const seeded = await newAgency(database); // registered by nobody (seed/import)
      expect((await trpcError(edit(staff, seeded))).code).toBe("FORBIDDEN");

      const approved = await manager.agencies.approve({ id: own.id, version: 2 });
      expect((await trpcError(edit(staff, approved))).code).toBe("FORBIDDEN");
      expect(
        (await database.db.selectFrom("agencies").select("notes").where("id", "=", own.id).executeTakeFirst())
          ?.notes,
      ).toBe("edited");

      for (const a of [others, seeded, approved])
        expect(await edit(manager, a)).toMatchObject({ notes: "edited" });

      // The refusals are in the audit log, once a minute per user and procedure, as a role's are.
      const entries = await database.db
        .selectFrom("auditLog")
        .select(["entity", "entityId", "after"])
        .where("action", "=", "refused")
        .where("userId", "=", await demoUserId(database, "staff"))
        .execute();
      expect(entries.map((e) => [e.entity, e.entityId, JSON.parse(String(e.after))])).toEqual([
        ["procedure", "agencies.update", { role: "staff", required: "own pending agency" }],
      ]);
    });
  });

  describe(`${dialect}: audit trail`, () => {
    let database: TestDatabase;
    let app: App;
    let admin: Caller;
    beforeAll(async () => {
      database = await seededDatabase(dialect);
      app = await appFor(database);
      admin = await callerFor(database, "admin");
    });
    afterAll(async () => {
      await app?.close();
      await database?.drop();
    });

    it("audit.list filters by user (email), entity, action and period, newest first", async () => {
      const start = new Date().toISOString();
      const staffCookie = await loginCookie(app, "staff");
      await trpcHttp(app, "mutation", "auth.login", {
        email: "viewer@example.org",
        password: "nope nope nope",
      });
      const created = await trpcHttp(
        app,
        "mutation",
        "agencies.create",
        { values: sampleValues() },
        staffCookie,
      );
      const agencyId = (created.body.result?.data as { id: number } | undefined)?.id;
      const end = new Date(Date.now() + 1000).toISOString();

      const list = (filters: unknown[]) =>
        admin.audit.list({ filters: filters as never, pagination: { pageSize: 50 } });
      const byStaff = await list([{ field: "userEmail", operator: "eq", value: "staff@example.org" }]);
      expect(byStaff.data.map((e) => e.action)).toEqual(["create", "login"]);
      expect(byStaff.data[0]).toMatchObject({
        entity: "agency",
        entityId: String(agencyId),
        entityLabel: (created.body.result?.data as { name: string } | undefined)?.name,
        userEmail: "staff@example.org",
        userName: "Demo Staff",
      });
      expect(byStaff.data[0]?.after).toMatchObject({ id: agencyId, status: "pending" }); // parsed JSON
      expect(Object.keys(byStaff.data[0] ?? {}).sort()).toEqual(
        [
          "action",
          "after",
          "at",
          "before",
          "entity",
          "entityId",
          "entityLabel",
          "id",
          "ip",
          "userEmail",
          "userName",
        ].sort(),
      );

      const failures = await list([{ field: "action", operator: "eq", value: "login_failed" }]);
      expect(failures.data[0]).toMatchObject({
        userEmail: null,
        entity: "session",
        after: { email: "viewer@example.org" },
      });

      const period = [{ field: "at", operator: "between", value: [start, end] }];
      const agencies = await list([...period, { field: "entity", operator: "eq", value: "agency" }]);
      expect(agencies.total).toBe(1);
      const before = await list([
        { field: "at", operator: "lt", value: start },
        { field: "entity", operator: "eq", value: "agency" },
      ]);
      expect(before.data.some((e) => e.entityId === String(agencyId))).toBe(false);
      const invalid = await trpcError(list([{ field: "passwordHash", operator: "eq", value: "x" }]));
      expect(invalid.code).toBe("BAD_REQUEST");
      expect((await trpcHttp(app, "query", "audit.list", undefined, staffCookie)).status).toBe(403);
    });

    it("agencies.history: who, when, action and only the changed fields", async () => {
      const staff = await callerFor(database, "staff");
      const a = await staff.agencies.create({
        values: { ...sampleValues("History Agency"), notes: "first" },
      });
      await staff.agencies.update({
        id: a.id,
        version: a.version,
        values: { ...sampleValues("History Agency"), notes: "second" },
      });
      const approved = await (await callerFor(database, "manager")).agencies.approve({
        id: a.id,
        version: 2,
      });
      const history = await (await callerFor(database, "viewer")).agencies.history({ id: a.id });
      expect(history.map((h) => [h.action, h.userEmail])).toEqual([
        ["approve", "manager@example.org"],
        ["update", "staff@example.org"],
        ["create", "staff@example.org"],
      ]);
      expect(history[0]?.changes).toEqual([{ field: "status", before: "pending", after: "active" }]);
      expect(history[1]?.changes).toEqual([{ field: "notes", before: "first", after: "second" }]);
      expect(history[2]?.changes).toContainEqual({ field: "name", before: null, after: "History Agency" });
      expect(history[2]?.changes.map((c) => c.field)).not.toContain("version");
      expect(approved.status).toBe("active");
    });

    it("operations.history shows edits and imports, with the changed fields", async () => {
      const staff = await callerFor(database, "staff");
      const op = await staff.operations.create({ values: sampleOperation("Operation Historia") });
      await staff.operations.update({
        id: op.id,
        version: op.version,
        values: { ...sampleOperation("Operation Historia"), raids: 99 },
      });
      const cookie = await loginCookie(app, "staff");
      const body = csvOf([
        csvRow("Operation Historia", { edition_year: "2021", raids: "7", crime_area: "pharmaceuticals" }),
      ]);
      expect(finalLine(await upload(app, { body, cookie })).type).toBe("result");
      const history = await staff.operations.history({ id: op.id });
      expect(history.map((h) => h.action)).toEqual(["import", "update", "create"]);
      expect(history[1]?.changes).toEqual([{ field: "raids", before: 12, after: 99 }]);
      expect(history[0]?.changes).toContainEqual({ field: "raids", before: 99, after: 7 });
      const entry = await database.db
        .selectFrom("auditLog")
        .select("entityId")
        .where("entity", "=", "import")
        .where("action", "=", "import")
        .executeTakeFirst();
      expect(entry?.entityId).toMatch(/^\d+$/);
    });

    it("an export and a rejected import are in the audit log too", async () => {
      const cookie = await loginCookie(app, "staff");
      await app.inject({ method: "GET", url: "/api/export/agencies.csv", headers: { cookie } });
      await upload(app, { body: "not,the,header\n1,2,3\n", cookie });
      const actions = await admin.audit.list({
        filters: [{ field: "action", operator: "in", value: ["export", "import_rejected"] }],
      });
      expect(actions.data.map((e) => [e.action, e.entity, e.userEmail])).toEqual([
        ["import_rejected", "import", "staff@example.org"],
        ["export", "agencies", "staff@example.org"],
      ]);
    });

    it("refused actions are recorded, at most once per user and procedure a minute", async () => {
      const viewer = await callerFor(database, "viewer");
      const refusals = (...emails: string[]) =>
        admin.audit.list({
          filters: [
            { field: "action", operator: "eq", value: "refused" },
            { field: "userEmail", operator: "in", value: emails },
          ],
        });
      for (let i = 0; i < 3; i++) {
        expect((await trpcError(viewer.agencies.create({ values: sampleValues() }))).code).toBe("FORBIDDEN");
      }
      await trpcError(viewer.users.list());
      const first = await refusals("viewer@example.org");
      expect(first.data.map((e) => [e.userEmail, e.entity, e.entityId, e.after])).toEqual([
        ["viewer@example.org", "procedure", "users.list", { role: "viewer", required: "admin" }],
        ["viewer@example.org", "procedure", "agencies.create", { role: "viewer", required: "staff" }],
      ]);
      // A minute later (the entries made older), the same refusal is recorded again.
      const older = new Date(Date.now() - 61_000).toISOString();
      await database.db.updateTable("auditLog").set({ at: older }).where("action", "=", "refused").execute();
      await trpcError(viewer.agencies.create({ values: sampleValues() }));
      const staffCookie = await loginCookie(app, "staff");
      const csv = await app.inject({
        method: "GET",
        url: "/api/export/audit.csv",
        headers: { cookie: staffCookie },
      });
      expect(csv.statusCode).toBe(403);
      const after = await refusals("viewer@example.org", "staff@example.org");
      expect(after.data.slice(0, 2).map((e) => [e.userEmail, e.entityId])).toEqual([
        ["staff@example.org", "export.csv,audit.list"],
        ["viewer@example.org", "agencies.create"],
      ]);
      // Staff's refused audit.list (the first test), the viewer's users.list and agencies.create twice, staff's export.
      expect(after.total).toBe(5);
    });

    it("GET /api/export/audit.csv: admins get the filtered log with records and users named", async () => {
      const staff = await callerFor(database, "staff");
      const agency = await staff.agencies.create({ values: sampleValues("Audit Export Agency") });
      await database.db.deleteFrom("agencies").where("id", "=", agency.id).execute(); // named from its entry
      const adminCookie = await loginCookie(app, "admin");
      const filters = JSON.stringify([{ field: "entityId", operator: "eq", value: String(agency.id) }]);
      const res = await app.inject({
        method: "GET",
        url: `/api/export/audit.csv?filters=${encodeURIComponent(filters)}`,
        headers: { cookie: adminCookie },
      });
      expect(res.statusCode).toBe(200);
      const lines = res.body
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\r\n");
      expect(lines[0]).toBe("When,User,User email,Action,Entity,Record id,Record,IP address");
      expect(lines.slice(1).map((l) => l.split(",").slice(1, 7))).toContainEqual([
        "Demo Staff",
        "staff@example.org",
        "create",
        "agency",
        String(agency.id),
        "Audit Export Agency",
      ]);
    });
  });
}
