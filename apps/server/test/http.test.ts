import { createHash } from "node:crypto";
import { TEST_DIALECTS, type TestDatabase } from "@tbc/db/testing";
import { DEMO_PASSWORD } from "@tbc/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../src/app";
import { LOGIN_FAILED_MESSAGE } from "../src/routers/auth";
import { appFor, loginCookie, seededDatabase, trpcHttp } from "./helpers";

const sha256 = (v: string) => createHash("sha256").update(v).digest("hex");

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: HTTP`, () => {
    let database: TestDatabase;
    let app: App;

    beforeAll(async () => {
      database = await seededDatabase(dialect);
      app = await appFor(database);
    });
    afterAll(async () => {
      await app?.close();
      await database?.drop();
    });

    it("GET /healthz → 200 with the database name", async () => {
      const res = await app.inject({ method: "GET", url: "/healthz" });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ status: "ok", database: dialect });
    });

    it("login sets an HttpOnly, SameSite=Lax session cookie with a ≥ 128-bit token, stored hashed", async () => {
      const res = await trpcHttp(app, "mutation", "auth.login", {
        email: "Staff@Example.org",
        password: DEMO_PASSWORD,
      });
      expect(res.status).toBe(200);
      expect(res.body.result?.data).toMatchObject({ email: "staff@example.org", role: "staff" });
      const cookie = res.cookies.find((c) => c.name === "tbc_session");
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
      expect(cookie?.secure).toBeFalsy(); // plain http here
      expect(cookie?.maxAge).toBeGreaterThan(6 * 24 * 3600); // the absolute lifetime (7 days)
      const token = String(cookie?.value);
      expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(Buffer.from(token, "base64url").length * 8).toBeGreaterThanOrEqual(128);

      const sessions = await database.db.selectFrom("sessions").select("tokenHash").execute();
      expect(sessions.map((s) => s.tokenHash)).not.toContain(token);
      expect(sessions.map((s) => s.tokenHash)).toContain(sha256(token));
      const audit = await database.db
        .selectFrom("auditLog")
        .select("action")
        .where("entity", "=", "session")
        .execute();
      expect(audit.map((a) => a.action)).toContain("login");
    });

    it("the cookie is Secure when the request came over https (behind a trusted proxy)", async () => {
      const proxied = await appFor(database, { trustProxy: true });
      const res = await proxied.inject({
        method: "POST",
        url: "/trpc/auth.login",
        headers: { "content-type": "application/json", "x-forwarded-proto": "https" },
        payload: JSON.stringify({ email: "viewer@example.org", password: DEMO_PASSWORD }),
      });
      await proxied.close();
      // Over https the name carries the __Host- prefix (Secure, Path=/, no Domain): test/proxy.test.ts.
      expect(res.cookies.find((c) => c.name === "__Host-tbc_session")).toMatchObject({
        secure: true,
        httpOnly: true,
        path: "/",
      });
    });

    it("me and a protected call work with the cookie; logout ends the session on the server", async () => {
      const cookie = await loginCookie(app, "viewer");
      expect((await trpcHttp(app, "query", "auth.me", undefined, cookie)).body.result?.data).toMatchObject({
        role: "viewer",
      });
      expect((await trpcHttp(app, "query", "countries.list", undefined, cookie)).status).toBe(200);

      const out = await trpcHttp(app, "mutation", "auth.logout", undefined, cookie);
      expect(out.status).toBe(200);
      const cleared = out.cookies.find((c) => c.name === "tbc_session");
      expect(cleared?.value).toBe("");

      const token = cookie.slice("tbc_session=".length);
      const row = await database.db
        .selectFrom("sessions")
        .select("id")
        .where("tokenHash", "=", sha256(token))
        .executeTakeFirst();
      expect(row).toBeUndefined();
      // The old cookie, replayed, no longer authenticates.
      expect((await trpcHttp(app, "query", "auth.me", undefined, cookie)).body.result?.data).toBeNull();
      const refused = await trpcHttp(app, "query", "countries.list", undefined, cookie);
      expect(refused.status).toBe(401);
      expect(refused.body.error?.data.code).toBe("UNAUTHORIZED");
    });

    it("wrong password and unknown email → UNAUTHORIZED with the same message; both audited", async () => {
      const wrong = await trpcHttp(app, "mutation", "auth.login", {
        email: "admin@example.org",
        password: "nope",
      });
      const unknown = await trpcHttp(app, "mutation", "auth.login", {
        email: "nobody@example.org",
        password: "nope",
      });
      for (const res of [wrong, unknown]) {
        expect(res.status).toBe(401);
        expect(res.body.error?.message).toBe(LOGIN_FAILED_MESSAGE);
        expect(res.body.error?.data.code).toBe("UNAUTHORIZED");
        expect(res.cookies.find((c) => c.name === "tbc_session")).toBeUndefined();
      }
      expect(wrong.body.error).toEqual(unknown.body.error);
      const failed = await database.db
        .selectFrom("auditLog")
        .select("after")
        .where("action", "=", "login_failed")
        .execute();
      expect(failed.map((f) => f.after).join(" ")).toContain("nobody@example.org");
    });

    it("a signed-in user lacking the role gets 403 FORBIDDEN, not 401", async () => {
      const cookie = await loginCookie(app, "viewer");
      const res = await trpcHttp(app, "mutation", "agencies.delete", { id: 1 }, cookie);
      expect(res.status).toBe(403);
      expect(res.body.error?.data.code).toBe("FORBIDDEN");
    });

    it("auth.demo announces the accounts and password only in demo mode", async () => {
      const on = await trpcHttp(app, "query", "auth.demo");
      expect(on.body.result?.data).toMatchObject({ enabled: true, password: DEMO_PASSWORD });
      expect(on.body.result?.data).toHaveProperty("accounts.length", 4);

      const production = await appFor(database, { demo: false });
      const off = await trpcHttp(production, "query", "auth.demo");
      await production.close();
      expect(off.body.result?.data).toEqual({ enabled: false, accounts: [], password: null });
      expect(off.raw).not.toContain(DEMO_PASSWORD);
      expect(off.raw).not.toContain("@example.org");
    });

    it("CSRF: mutations only as same-origin application/json", async () => {
      const multipart = await app.inject({
        method: "POST",
        url: "/trpc/auth.logout",
        headers: { "content-type": "multipart/form-data; boundary=x" },
        payload: "--x--\r\n",
      });
      expect(multipart.statusCode).toBe(415);
      const text = await app.inject({
        method: "POST",
        url: "/trpc/auth.logout",
        headers: { "content-type": "text/plain" },
        payload: "{}",
      });
      expect(text.statusCode).toBe(415);

      const login = { email: "viewer@example.org", password: DEMO_PASSWORD };
      const cross = await app.inject({
        method: "POST",
        url: "/trpc/auth.login",
        headers: {
          "content-type": "application/json",
          origin: "https://evil.example",
          host: "localhost:3000",
        },
        payload: JSON.stringify(login),
      });
      expect(cross.statusCode).toBe(403);
      const same = await app.inject({
        method: "POST",
        url: "/trpc/auth.login",
        headers: {
          "content-type": "application/json",
          origin: "http://localhost:3000",
          host: "localhost:3000",
        },
        payload: JSON.stringify(login),
      });
      expect(same.statusCode).toBe(200);
    });

    it("batched calls (httpBatchLink) are answered per procedure", async () => {
      const cookie = await loginCookie(app, "viewer");
      const input = encodeURIComponent(JSON.stringify({ 0: { pagination: { pageSize: 2 } } }));
      const res = await app.inject({
        method: "GET",
        url: `/trpc/agencies.list,auth.me,agencies.nope?batch=1&input=${input}`,
        headers: { cookie },
      });
      expect(res.statusCode).toBe(207);
      const [list, me, nope] = res.json();
      expect(list.result.data.data).toHaveLength(2);
      expect(me.result.data.role).toBe("viewer");
      expect(nope.error.data.code).toBe("NOT_FOUND");
      // A mutation is never run from a GET (so never from a link or an <img>).
      const mixed = await app.inject({
        method: "GET",
        url: `/trpc/auth.me,agencies.create?batch=1&input=${encodeURIComponent("{}")}`,
        headers: { cookie },
      });
      expect(mixed.statusCode).toBe(400);
    });

    it("a body over 1 MiB is refused", async () => {
      const res = await app.inject({
        method: "POST",
        url: "/trpc/auth.login",
        headers: { "content-type": "application/json" },
        payload: JSON.stringify({ email: "a@b.org", password: "x".repeat(1024 * 1024) }),
      });
      expect(res.statusCode).toBe(413);
      expect(res.json()).toMatchObject({ statusCode: 413, error: "Payload Too Large" });
    });
  });
}
