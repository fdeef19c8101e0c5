import { createHash } from "node:crypto";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from "@tbc/db";
import { TEST_DIALECTS, type TestDatabase } from "@tbc/db/testing";
import { DEMO_PASSWORD } from "@tbc/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../src/app";
import { accountDelayMs, accountLocked, SIGN_IN_LIMITS, tooManyAttempts } from "../src/http/sign-in-limits";
import { appFor, capturingLogger, loginCookie, seededDatabase, trpcHttp } from "./helpers";

const sha256 = (v: string) => createHash("sha256").update(v).digest("hex");
const tokenOf = (cookie: string) => cookie.slice("tbc_session=".length);

/** A sign-in over HTTP from a given address. */
function login(app: App, email: string, password: string, remoteAddress = "127.0.0.1", cookie?: string) {
  return app.inject({
    method: "POST",
    url: "/trpc/auth.login",
    remoteAddress,
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    payload: JSON.stringify({ email, password }),
  });
}

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: sessions through the API`, () => {
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

    const sessionRow = (cookie: string) =>
      database.db
        .selectFrom("sessions")
        .select("id")
        .where("tokenHash", "=", sha256(tokenOf(cookie)))
        .executeTakeFirst();
    const me = async (cookie: string) =>
      (await trpcHttp(app, "query", "auth.me", undefined, cookie)).body.result?.data;

    it("rotation: signing in with a session cookie ends that session and issues a new token", async () => {
      const first = await loginCookie(app, "staff");
      const res = await login(app, "staff@example.org", DEMO_PASSWORD, "127.0.0.1", first);
      const second = `tbc_session=${res.cookies.find((c) => c.name === "tbc_session")?.value}`;
      expect(second).not.toBe(first);
      expect(await sessionRow(first)).toBeUndefined();
      expect(await sessionRow(second)).toBeDefined();
      expect(await me(first)).toBeNull();
      expect(await me(second)).toMatchObject({ role: "staff" });
    });

    it("idle timeout (8 h) and absolute timeout (7 d) end a session: the next call is UNAUTHORIZED", async () => {
      const idle = await loginCookie(app, "viewer");
      const stale = new Date(Date.now() - SESSION_IDLE_MS - 1000).toISOString();
      await database.db
        .updateTable("sessions")
        .set({ lastSeenAt: stale })
        .where("tokenHash", "=", sha256(tokenOf(idle)))
        .execute();
      expect((await trpcHttp(app, "query", "countries.list", undefined, idle)).status).toBe(401);
      expect(await sessionRow(idle)).toBeUndefined(); // deleted on the server, not only refused

      const old = await loginCookie(app, "viewer");
      const expired = new Date(Date.now() - 1000).toISOString();
      const created = new Date(Date.now() - SESSION_ABSOLUTE_MS - 1000).toISOString();
      await database.db
        .updateTable("sessions")
        .set({ expiresAt: expired, createdAt: created })
        .where("tokenHash", "=", sha256(tokenOf(old)))
        .execute();
      const refused = await trpcHttp(app, "query", "countries.list", undefined, old);
      expect(refused.status).toBe(401);
      expect(refused.cookies.find((c) => c.name === "tbc_session")?.value).toBe(""); // stale cookie cleared
    });

    it("logout ends the session on the server, audited", async () => {
      const cookie = await loginCookie(app, "manager");
      await trpcHttp(app, "mutation", "auth.logout", undefined, cookie);
      expect(await sessionRow(cookie)).toBeUndefined();
      expect(await me(cookie)).toBeNull();
      const entry = await database.db
        .selectFrom("auditLog")
        .innerJoin("users", "users.id", "auditLog.userId")
        .select(["auditLog.action", "users.email"])
        .where("auditLog.action", "=", "logout")
        .executeTakeFirst();
      expect(entry).toEqual({ action: "logout", email: "manager@example.org" });
    });

    it("sign-ins are audited: success with the user, failure with the email tried, never a password", async () => {
      await login(app, "admin@example.org", DEMO_PASSWORD);
      await login(app, "admin@example.org", "wrong-password-here");
      const rows = await database.db
        .selectFrom("auditLog")
        .select(["action", "userId", "after", "ip"])
        .where("entity", "=", "session")
        .where("action", "in", ["login", "login_failed"])
        .orderBy("id", "desc")
        .limit(2)
        .execute();
      expect(rows[0]).toMatchObject({ action: "login_failed", userId: null, ip: "127.0.0.1" });
      expect(JSON.parse(rows[0]?.after ?? "{}")).toEqual({ email: "admin@example.org" });
      expect(rows[1]).toMatchObject({ action: "login", ip: "127.0.0.1" });
      const everything = JSON.stringify(await database.db.selectFrom("auditLog").selectAll().execute());
      expect(everything).not.toContain("wrong-password-here");
    });
  });
}

/** The production limits, without the progressive delay (which only waits; accountDelayMs is tested). */
const LIMITS = { ...SIGN_IN_LIMITS, delayBaseMs: 0 };

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: sign-in limits (failures: 20 per address, 5 per account and address, 15 minutes)`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await seededDatabase(dialect);
    });
    afterAll(async () => {
      await database?.drop();
    });

    it("successes never count; the 21st failure from one address → 429 with a log line; others go on", async () => {
      const { logger, lines } = capturingLogger();
      const app = await appFor(database, { logger, signInLimits: LIMITS });
      try {
        // One office behind one address: thirty colleagues' sign-ins are not an attack.
        for (let i = 0; i < 30; i++) {
          expect((await login(app, "viewer@example.org", DEMO_PASSWORD, "10.0.0.1")).statusCode).toBe(200);
        }
        for (let i = 0; i < 20; i++) {
          const res = await login(app, `nobody${i}@example.org`, "wrong password", "10.0.0.1");
          expect(res.statusCode, `failure ${i + 1}`).toBe(401);
        }
        const next = await login(app, "viewer@example.org", DEMO_PASSWORD, "10.0.0.1");
        expect(next.statusCode).toBe(429);
        // The code and its params say it all: the English is for API clients.
        expect(next.json().error.data.coded).toMatchObject({ code: "limit.login", params: { count: 15 } });
        expect(tooManyAttempts(15 * 60_000)).toEqual({
          code: "limit.login",
          params: { count: 15, retryAfter: 900 },
        });
        expect(next.json().error.message).toBe("Too many sign-in attempts. Try again in 15 minutes.");
        expect(next.json().error.data.code).toBe("TOO_MANY_REQUESTS");
        const logged = lines.map((l) => JSON.parse(l)).find((l) => l.limit === "address");
        expect(logged).toMatchObject({ level: 40, ip: "10.0.0.1", msg: expect.stringContaining("too many") });
        expect((await login(app, "viewer@example.org", DEMO_PASSWORD, "10.0.0.2")).statusCode).toBe(200);
      } finally {
        await app.close();
      }
    });

    it("5 failures lock an account from that address only: its owner signs in from theirs", async () => {
      const { logger, lines } = capturingLogger();
      const app = await appFor(database, { logger, signInLimits: LIMITS });
      try {
        for (let i = 0; i < 5; i++) {
          expect((await login(app, "staff@example.org", "wrong password", "10.1.0.1")).statusCode).toBe(401);
        }
        const locked = await login(app, "staff@example.org", DEMO_PASSWORD, "10.1.0.1");
        expect(locked.statusCode).toBe(429);
        expect(locked.json().error.message).toBe(
          "Too many failed sign-ins for this account from here. Try again in 15 minutes.",
        );
        expect(locked.json().error.data.coded).toMatchObject({
          code: "limit.account",
          params: { count: 15 },
        });
        expect(accountLocked(15 * 60_000).code).toBe("limit.account");
        expect(lines.some((l) => l.includes('"limit":"account"'))).toBe(true);
        expect((await login(app, "staff@example.org", DEMO_PASSWORD, "10.1.9.9")).statusCode).toBe(200);
        // The same refusal for an email without an account: it does not reveal which exist.
        for (let i = 0; i < 5; i++) await login(app, "ghost@example.org", "wrong password", "10.2.0.1");
        expect((await login(app, "ghost@example.org", "anything", "10.2.0.1")).statusCode).toBe(429);
        expect((await login(app, "manager@example.org", DEMO_PASSWORD, "10.1.0.1")).statusCode).toBe(200);
      } finally {
        await app.close();
      }
    });

    it("a stranger failing from many addresses cannot lock the owner out", async () => {
      const app = await appFor(database, { signInLimits: LIMITS });
      try {
        for (let i = 0; i < 40; i++) {
          expect((await login(app, "admin@example.org", "guess", `10.3.${i}.1`)).statusCode).toBe(401);
        }
        expect((await login(app, "admin@example.org", DEMO_PASSWORD, "10.4.0.1")).statusCode).toBe(200);
      } finally {
        await app.close();
      }
    });

    it("the counts live in the database: they survive a restart (and so hold across processes)", async () => {
      const first = await appFor(database, { signInLimits: LIMITS });
      for (let i = 0; i < 5; i++) await login(first, "manager@example.org", "wrong", "10.5.0.1");
      await first.close();
      const second = await appFor(database, { signInLimits: LIMITS });
      try {
        expect((await login(second, "manager@example.org", DEMO_PASSWORD, "10.5.0.1")).statusCode).toBe(429);
      } finally {
        await second.close();
      }
    });
  });
}

describe("the progressive delay on an account failing from many addresses", () => {
  it("starts past the limit, doubles, and stops at the maximum", () => {
    const delays = [0, 4, 5, 6, 7, 9, 30].map((n) => accountDelayMs(n, SIGN_IN_LIMITS));
    expect(delays).toEqual([0, 0, 500, 1000, 2000, 8000, 8000]);
    expect(accountDelayMs(50, { ...SIGN_IN_LIMITS, delayBaseMs: 0 })).toBe(0);
  });
});
