import { agencyNameKey, createSession, createUser, type Database, EXPORTS } from "@tbc/db";
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from "@tbc/db/testing";
import { type CrudFilter, canExport, EXPORT_HEADERS, isPermission } from "@tbc/types";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../src/app";
import { INTERNAL_MESSAGE } from "../src/trpc";
import {
  appFor,
  type Caller,
  callerFor,
  capturingLogger,
  loginCookie,
  newAgency,
  sampleValues,
  seededDatabase,
} from "./helpers";

const BOM = "\uFEFF";
const BULK = 1_100; // more than one batch of the list stream (1,000 rows)

type Params = { filters?: unknown; sorters?: unknown; columns?: unknown; [k: string]: unknown };

async function exportCsv(app: App, file: string, params: Params = {}, cookie?: string, headers = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) query.set(k, typeof v === "string" ? v : JSON.stringify(v));
  const res = await app.inject({
    method: "GET",
    url: `/api/export/${file}${query.size ? `?${query}` : ""}`,
    headers: { ...(cookie ? { cookie } : {}), ...headers },
  });
  const isCsv = String(res.headers["content-type"]).startsWith("text/csv");
  return { res, body: res.body, json: isCsv ? null : res.json() };
}

/** The data lines (after the header) of a CSV without line breaks inside fields. */
const lines = (body: string) => body.slice(BOM.length).split("\r\n").slice(0, -1);

async function bulkAgencies(database: Database, n: number) {
  const now = new Date().toISOString();
  const rows = Array.from({ length: n }, (_, i) => {
    const name = `Bulk Agency ${String(i).padStart(4, "0")}`;
    return { name, nameKey: agencyNameKey(name), countryCode: "BE", kind: "customs", status: "active" };
  });
  for (let i = 0; i < n; i += 200) {
    const batch = rows.slice(i, i + 200).map((r) => ({ ...r, createdAt: now, updatedAt: now }));
    await database.db.insertInto("agencies").values(batch).execute();
  }
}

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: GET /api/export/<resource>.csv`, () => {
    let database: TestDatabase;
    let app: App;
    let viewer: string;
    let caller: Caller;

    beforeAll(async () => {
      database = await seededDatabase(dialect);
      await bulkAgencies(database, BULK);
      await newAgency(database, { ...sampleValues('=HYPERLINK("https://evil.example")'), countryCode: "MT" });
      await newAgency(database, { ...sampleValues("@SUM(A1)"), countryCode: "MT" });
      app = await appFor(database);
      viewer = await loginCookie(app, "viewer");
      caller = await callerFor(database, "viewer");
    });
    afterAll(async () => {
      await app?.close();
      await database?.drop();
    });

    it("agencies.csv with a filter: every matching row (over several batches), BOM, CRLF, the given labels", async () => {
      const filters: CrudFilter[] = [{ field: "countryCode", operator: "eq", value: "BE" }];
      const columns = [
        { key: "name", label: "Agency name" },
        { key: "countryName" },
        { key: "status", label: "État" },
      ];
      const sorters = [{ field: "name", order: "desc" }];
      const { res, body } = await exportCsv(app, "agencies.csv", { filters, sorters, columns }, viewer);
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
      expect(res.headers["content-disposition"]).toMatch(
        /^attachment; filename="agencies-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      expect(res.headers).toMatchObject({ "cache-control": "no-store", "x-content-type-options": "nosniff" });
      expect(body.startsWith(`${BOM}Agency name,Country,État\r\n`)).toBe(true);
      expect(body.endsWith("\r\n")).toBe(true);
      expect(body.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
      const rows = lines(body).slice(1);
      const expected = await caller.agencies.list({ filters, pagination: { currentPage: 1, pageSize: 1 } });
      expect(expected.total).toBe(BULK);
      expect(rows).toHaveLength(expected.total);
      expect(rows[0]).toBe("Bulk Agency 1099,Belgium,active");
      expect(rows.at(-1)).toMatch(/,Belgium,active$/);
      expect(new Set(rows).size).toBe(rows.length);
    });

    it("?lang=es: Spanish headers for columns sent without a title, a Spanish file name, cells still data", async () => {
      const filters: CrudFilter[] = [{ field: "countryCode", operator: "eq", value: "BE" }];
      const columns = [{ key: "name" }, { key: "countryCode" }, { key: "status" }, { key: "createdAt" }];
      const { res, body } = await exportCsv(app, "agencies.csv", { filters, columns, lang: "es" }, viewer);
      expect(res.statusCode).toBe(200);
      const header = lines(body)[0];
      expect(header).toBe("Nombre,Código de país,Estado,Creado el");
      expect(header).toBe(columns.map((c) => EXPORT_HEADERS.es.agencies[c.key as "name"]).join(","));
      // Codes and ISO timestamps, whatever the language: a spreadsheet reads them as they are.
      expect(lines(body)[1]).toMatch(/^Bulk Agency \d{4},BE,active,\d{4}-\d{2}-\d{2}T/);
      expect(res.headers["content-disposition"]).toMatch(
        /^attachment; filename="agencies-(\d{4}-\d{2}-\d{2})\.csv"; filename\*=UTF-8''organismos-\1\.csv$/,
      );
      // A title from the screen still wins over the catalogue.
      const titled = await exportCsv(
        app,
        "agencies.csv",
        { filters, columns: [{ key: "name", label: "Organismo" }, { key: "status" }], lang: "es" },
        viewer,
      );
      expect(lines(titled.body)[0]).toBe("Organismo,Estado");
    });

    it("?lang=ar: Arabic headers and an Arabic file name (RFC 6266); an unknown language is a 400", async () => {
      const { res, body } = await exportCsv(app, "operations.csv", { lang: "ar" }, viewer);
      expect(res.statusCode).toBe(200);
      expect(lines(body)[0]?.split(",").slice(0, 2)).toEqual(["العملية", "سنة الدورة"]);
      const name = /filename\*=UTF-8''(.+)$/.exec(String(res.headers["content-disposition"]))?.[1] ?? "";
      expect(decodeURIComponent(name)).toMatch(/^العمليات-\d{4}-\d{2}-\d{2}\.csv$/);
      const bad = await exportCsv(app, "agencies.csv", { lang: "de" }, viewer);
      expect(bad.res.statusCode).toBe(400);
      expect(Object.keys(bad.json?.fieldErrors ?? {})).toEqual(["lang"]);
    });

    it("operations.csv: all 16 pharmaceuticals rows, though the screen shows them 5 to a page", async () => {
      const filters: CrudFilter[] = [{ field: "crimeArea", operator: "eq", value: "pharmaceuticals" }];
      const page = await caller.operations.list({ filters, pagination: { currentPage: 1, pageSize: 5 } });
      expect([page.data.length, page.total]).toEqual([5, 16]);
      const { body } = await exportCsv(
        app,
        "operations.csv",
        { filters, columns: [{ key: "name" }, { key: "crimeArea" }] },
        viewer,
      );
      const rows = lines(body);
      expect(rows[0]).toBe("Operation,Crime area");
      expect(rows.slice(1)).toHaveLength(16);
      for (const r of rows.slice(1)) expect(r).toMatch(/,pharmaceuticals$/);
      // Without columns: every exportable column with its English header.
      const all = await exportCsv(app, "operations.csv", { filters }, viewer);
      expect(lines(all.body)[0]?.split(",")).toHaveLength(
        Object.keys(EXPORTS.operations?.columns ?? {}).length,
      );
    });

    it("cells a spreadsheet would run as a formula are prefixed with ' (and quoted as RFC 4180 says)", async () => {
      const filters = [{ field: "countryCode", operator: "eq", value: "MT" }];
      const { body } = await exportCsv(
        app,
        "agencies.csv",
        { filters, columns: [{ key: "name" }], sorters: [{ field: "name", order: "asc" }] },
        viewer,
      );
      expect(lines(body)).toEqual(["Name", `"'=HYPERLINK(""https://evil.example"")"`, "'@SUM(A1)"]);
    });

    it("the export is in the audit log: who, which resource, the filters and how many rows", async () => {
      const filters = [{ field: "countryCode", operator: "eq", value: "MT" }];
      await exportCsv(app, "agencies.csv", { filters }, viewer);
      const entry = await database.db
        .selectFrom("auditLog")
        .innerJoin("users", "users.id", "auditLog.userId")
        .select(["auditLog.action", "auditLog.entity", "auditLog.after", "users.email"])
        .where("auditLog.action", "=", "export")
        .orderBy("auditLog.id", "desc")
        .executeTakeFirstOrThrow();
      expect(entry).toMatchObject({ action: "export", entity: "agencies", email: "viewer@example.org" });
      expect(JSON.parse(String(entry.after))).toEqual({ filters, rows: 2 });
    });

    it("refusals: anonymous 401, unknown resource 404, cross-site 403, import history below staff 403", async () => {
      const anonymous = await exportCsv(app, "agencies.csv");
      expect([anonymous.res.statusCode, anonymous.json?.message]).toEqual([401, "Please sign in."]);
      for (const file of ["users.csv", "agencies.xlsx", "toString.csv", "agencies.csv/x"]) {
        const res = await exportCsv(app, file, {}, viewer);
        expect([file, res.res.statusCode, res.json?.message]).toEqual([file, 404, "Not found"]);
      }
      const cross = await exportCsv(app, "agencies.csv", {}, viewer, { "sec-fetch-site": "cross-site" });
      expect(cross.res.statusCode).toBe(403);
      const imports = await exportCsv(app, "imports.csv", {}, viewer);
      expect([imports.res.statusCode, imports.json?.message]).toEqual([
        403,
        "This needs the staff role or higher.",
      ]);
      const staff = await exportCsv(app, "imports.csv", {}, await loginCookie(app, "staff"));
      expect(staff.res.statusCode).toBe(200);
      const head = await app.inject({
        method: "HEAD",
        url: "/api/export/agencies.csv",
        headers: { cookie: viewer },
      });
      expect(head.statusCode).toBe(404);
    });

    it("bad queries → 400 JSON: not JSON, wrong shape, unknown field or operator, unknown column", async () => {
      const notJson = await exportCsv(app, "agencies.csv", { filters: "[{oops" }, viewer);
      expect(notJson.res.statusCode).toBe(400);
      expect(notJson.json).toMatchObject({
        error: "Bad Request",
        fieldErrors: { filters: ["Not valid JSON"] },
      });
      const shape = await exportCsv(
        app,
        "agencies.csv",
        { sorters: [{ field: "name", order: "up" }] },
        viewer,
      );
      expect(shape.res.statusCode).toBe(400);
      expect(Object.keys(shape.json?.fieldErrors ?? {})).toEqual(["sorters.0.order"]);
      const field = await exportCsv(
        app,
        "agencies.csv",
        { filters: [{ field: "nameKey", operator: "eq", value: "x" }] },
        viewer,
      );
      expect([field.res.statusCode, field.json?.message]).toEqual([400, expect.stringContaining("nameKey")]);
      const operator = await exportCsv(
        app,
        "agencies.csv",
        { filters: [{ field: "name", operator: "regex", value: "x" }] },
        viewer,
      );
      expect([operator.res.statusCode, operator.json?.message]).toEqual([
        400,
        expect.stringContaining("regex"),
      ]);
      const column = await exportCsv(
        app,
        "agencies.csv",
        { columns: [{ key: "name" }, { key: "notes" }] },
        viewer,
      );
      expect([column.res.statusCode, column.json?.message]).toEqual([
        400,
        "Unknown column 'notes' for agencies",
      ]);
    });
  });

  describe(`${dialect}: an export that fails`, () => {
    it("→ 500 with the generic message; the details only in the log", async () => {
      const database = await createTestDatabase(dialect);
      const { logger, lines: logged } = capturingLogger();
      const app = await appFor(database, { logger });
      try {
        const user = await createUser(database.db, {
          email: "v@example.org",
          name: "V",
          role: "viewer",
          password: "a long enough password",
        });
        const { token } = await createSession(database.db, user.id);
        await sql`drop table posts`.execute(database.db);
        const { res, json } = await exportCsv(app, "posts.csv", {}, `tbc_session=${token}`);
        expect([res.statusCode, json]).toEqual([
          500,
          {
            statusCode: 500,
            error: "Internal Server Error",
            message: INTERNAL_MESSAGE,
            coded: { code: "server.internal", params: {} },
          },
        ]);
        expect(res.body).not.toMatch(/posts|table|relation/i);
        expect(logged.some((l) => /Unexpected error in the CSV export/.test(l) && /posts/.test(l))).toBe(
          true,
        );
      } finally {
        await app.close();
        await database.drop();
      }
    });
  });
}

describe("who may export what", () => {
  it("every exportable resource has a list permission, which (with export.csv) decides who may export it", () => {
    for (const resource of Object.keys(EXPORTS))
      expect(isPermission(`${resource}.list`), resource).toBe(true);
    expect(canExport("viewer", "agencies")).toBe(true);
    expect(canExport("viewer", "imports")).toBe(false);
    expect(canExport("staff", "imports")).toBe(true);
    expect(canExport("admin", "nothing")).toBe(false);
    expect(canExport(null, "agencies")).toBe(false);
  });
});
