import { TEST_DIALECTS, type TestDatabase } from "@tbc/db/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { App } from "../src/app";
import { loadEnv } from "../src/env";
import { INTERNAL_MESSAGE } from "../src/trpc";
import {
  appFor,
  capturingLogger,
  countAgencies,
  loginCookie,
  sampleValues,
  seededDatabase,
  type TrpcResponse,
  trpcHttp,
} from "./helpers";

/** Nothing a client may see: SQL, driver texts, table names, stack frames. */
function expectNoLeak(res: TrpcResponse) {
  expect(res.status).toBe(500);
  expect(res.body.error?.message).toBe(INTERNAL_MESSAGE);
  expect(res.body.error?.data.code).toBe("INTERNAL_SERVER_ERROR");
  expect(res.body.error?.data.stack).toBeUndefined();
  const { path: _path, ...data } = res.body.error?.data ?? {};
  const visible = JSON.stringify({ ...res.body.error, data });
  expect(visible).not.toMatch(
    /agencies|sessions|users|select|from |table|relation|sqlite|postgres|stack|\.ts:|at /i,
  );
}

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: validation errors over HTTP`, () => {
    let database: TestDatabase;
    let app: App;
    let staff: string;

    beforeAll(async () => {
      database = await seededDatabase(dialect);
      app = await appFor(database);
      staff = await loginCookie(app, "staff");
    });
    afterAll(async () => {
      await app?.close();
      await database?.drop();
    });

    it("create with bad values → 400 with fieldErrors naming each field; nothing written", async () => {
      const before = await countAgencies(database);
      const res = await trpcHttp(
        app,
        "mutation",
        "agencies.create",
        { values: { name: "A", website: "ftp://x", kind: "spaceforce" } },
        staff,
      );
      expect(res.status).toBe(400);
      expect(res.body.error?.data.code).toBe("BAD_REQUEST");
      const fieldErrors = res.body.error?.data.fieldErrors ?? {};
      expect(Object.keys(fieldErrors).sort()).toEqual(["kind", "name", "website"]);
      expect(fieldErrors.name).toEqual(["Enter the agency's name"]);
      expect(fieldErrors.website).toEqual(["Use a full http(s):// address"]);
      expect(res.body.error?.message).toMatch(/^Please correct: /);
      expect(res.body.error?.data.stack).toBeUndefined();
      expect(await countAgencies(database)).toBe(before);
    });

    it("create with an unknown country → 400 with fieldErrors.countryCode; nothing written", async () => {
      const before = await countAgencies(database);
      const values = { ...sampleValues(), countryCode: "QQ" };
      const res = await trpcHttp(app, "mutation", "agencies.create", { values }, staff);
      expect(res.status).toBe(400);
      expect(res.body.error?.data.fieldErrors).toEqual({ countryCode: ["Unknown country code QQ"] });
      expect(await countAgencies(database)).toBe(before);
    });

    it("update with a stale version → 409 CONFLICT with the repository's message", async () => {
      const created = await trpcHttp(app, "mutation", "agencies.create", { values: sampleValues() }, staff);
      const agency = created.body.result?.data as { id: number; version: number; name: string };
      const update = { id: agency.id, version: agency.version, values: sampleValues(agency.name) };
      expect((await trpcHttp(app, "mutation", "agencies.update", update, staff)).status).toBe(200);
      const stale = await trpcHttp(app, "mutation", "agencies.update", update, staff);
      expect(stale.status).toBe(409);
      expect(stale.body.error?.message).toMatch(/changed by someone else/);
    });

    it("list with an unknown sort field → 400 naming the field", async () => {
      const input = { sorters: [{ field: "passwordHash", order: "asc" }] };
      const res = await trpcHttp(app, "query", "agencies.list", input, staff);
      expect(res.status).toBe(400);
      expect(res.body.error?.message).toContain("passwordHash");
    });

    it("list with a page size over the maximum → 400 with fieldErrors on the input path", async () => {
      const res = await trpcHttp(app, "query", "agencies.list", { pagination: { pageSize: 100_000 } }, staff);
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.error?.data.fieldErrors ?? {})).toEqual(["pagination.pageSize"]);
    });
  });

  describe(`${dialect}: error hygiene`, () => {
    it("a database error → 500 with the generic message; the real error (with stack) only in the log", async () => {
      const database = await seededDatabase(dialect);
      const { logger, lines } = capturingLogger();
      const app = await appFor(database, { logger });
      try {
        const cookie = await loginCookie(app, "viewer");
        await sql`drop table agency_name_keys`.execute(database.db);
        await sql`drop table agencies`.execute(database.db);
        expectNoLeak(await trpcHttp(app, "query", "agencies.get", { id: 1 }, cookie));
        expectNoLeak(await trpcHttp(app, "query", "agencies.list", undefined, cookie));
        const values = sampleValues();
        expectNoLeak(await trpcHttp(app, "query", "agencies.duplicates", { name: values.name }, cookie));
        const logged = lines.map((l) => JSON.parse(l)).filter((l) => l.level === 50);
        const entry = logged.find((l) => l.path === "agencies.get");
        expect(entry?.err?.message).toMatch(/agencies/);
        expect(entry?.err?.stack).toMatch(/\n\s+at /);
        expect(lines.filter((l) => l.includes('"path":"agencies.get"'))).toHaveLength(1); // logged once
      } finally {
        await app.close();
        await database.drop();
      }
    });

    it("a database that does not answer → /healthz 503, API calls 500 without details", async () => {
      const database = await seededDatabase(dialect);
      const app = await appFor(database);
      const cookie = await loginCookie(app, "viewer");
      await database.close();
      try {
        const health = await app.inject({ method: "GET", url: "/healthz" });
        expect(health.statusCode).toBe(503);
        expect(health.json()).toEqual({ status: "unavailable", database: dialect });
        // Fails while creating the context (resolving the session), before any procedure runs.
        expectNoLeak(await trpcHttp(app, "query", "auth.me", undefined, cookie));
      } finally {
        await app.close();
        await database.drop().catch(() => {});
      }
    });
  });

  describe(`${dialect}: error hygiene with production settings (NODE_ENV=production)`, () => {
    it("a forced database error shows no SQL, no path and no stack, over tRPC and over HTTP", async () => {
      vi.stubEnv("NODE_ENV", "production");
      const env = loadEnv({ NODE_ENV: "production" });
      expect(env).toMatchObject({ production: true, demo: false });
      const database = await seededDatabase(dialect);
      const app = await appFor(database, { demo: env.demo });
      try {
        const cookie = await loginCookie(app, "admin");
        await sql`drop table agency_name_keys`.execute(database.db);
        await sql`drop table agencies`.execute(database.db);
        await sql`drop table audit_log`.execute(database.db);
        const calls = [
          await trpcHttp(app, "query", "agencies.list", undefined, cookie),
          await trpcHttp(app, "query", "audit.list", undefined, cookie),
          await trpcHttp(app, "mutation", "agencies.create", { values: sampleValues() }, cookie),
        ];
        const exported = await app.inject({
          method: "GET",
          url: "/api/export/agencies.csv",
          headers: { cookie },
        });
        for (const body of [...calls.map((c) => c.raw), exported.body]) {
          expect(body).toContain(INTERNAL_MESSAGE);
          expect(body).not.toMatch(/select |insert |from |table|relation|audit_log|sqlite|postgres|syntax/i);
          expect(body).not.toMatch(/\/work\/|\/src\/|node_modules|\.ts\b|\.js\b|file:/); // no path
          expect(body).not.toMatch(/stack|\n\s+at |at async/i); // no stack
        }
        for (const c of calls) expectNoLeak(c);
      } finally {
        vi.unstubAllEnvs();
        await app.close();
        await database.drop();
      }
    });
  });
}
