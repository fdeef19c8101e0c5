import { request } from "node:http";
import { TEST_DIALECTS, type TestDatabase } from "@tbc/db/testing";
import { DEMO_PASSWORD } from "@tbc/types";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { App } from "../src/app";
import { loadEnv } from "../src/env";
import { appFor, seededDatabase } from "./helpers";
import { listenOnLoopback } from "./http-client";

/**
 * Behind a reverse proxy, over the real HTTP server on loopback (this test is the "proxy": its
 * requests come from 127.0.0.1 and carry X-Forwarded-* headers). Each TRUST_PROXY form as the
 * environment gives it (loadEnv), so what is tested is what `TRUST_PROXY=…` does in production.
 */

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

function call(url: string, headers: Record<string, string>, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const method = body === undefined ? "GET" : "POST";
    const all = body === undefined ? headers : { "content-type": "application/json", ...headers };
    const req = request(url, { method, headers: all }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        text += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

const LIMITS = { perAddress: 3, perAccount: 1000, windowMs: 60_000, delayBaseMs: 0, maxDelayMs: 0 };
const login = (password: string) => JSON.stringify({ email: "viewer@example.org", password });
const https = { "x-forwarded-proto": "https" };

/** The Set-Cookie of a successful sign-in: its name and attributes. */
async function signIn(origin: string, headers: Record<string, string>) {
  const res = await call(`${origin}/trpc/auth.login`, headers, login(DEMO_PASSWORD));
  expect(res.status, res.body).toBe(200);
  const setCookie = [res.headers["set-cookie"] ?? []].flat()[0] ?? "";
  return { setCookie, pair: setCookie.split(";")[0] ?? "", hsts: res.headers["strict-transport-security"] };
}

/** Wrong passwords from `forwardedFor` addresses, one per attempt: the statuses. */
async function guess(origin: string, forwardedFor: string[]): Promise<number[]> {
  const statuses: number[] = [];
  for (const xff of forwardedFor) {
    const res = await call(`${origin}/trpc/auth.login`, { "x-forwarded-for": xff }, login("wrong-password"));
    statuses.push(res.status);
  }
  return statuses;
}

/** `n` X-Forwarded-For values a client rotates, each ending in what a proxy appended (`real`). */
const rotating = (n: number, tag: string, real?: string) =>
  Array.from({ length: n }, (_, i) => [`198.51.100.${tag}${i}`, real].filter(Boolean).join(", "));

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: TRUST_PROXY, PUBLIC_URL and the session cookie behind a proxy`, () => {
    let database: TestDatabase;
    const apps: App[] = [];

    async function serve(env: Record<string, string>): Promise<string> {
      const parsed = loadEnv(env);
      const app = await appFor(database, { trustProxy: parsed.trustProxy, signInLimits: LIMITS });
      apps.push(app);
      return listenOnLoopback(app);
    }

    beforeAll(async () => {
      database = await seededDatabase(dialect);
    });
    // Each case counts its own failures (they are kept per address in the database).
    beforeEach(async () => {
      await database.db.deleteFrom("signInFailures").execute();
    });
    afterAll(async () => {
      await Promise.all(apps.map((a) => a.close()));
      await database.drop();
    });

    for (const form of ["true", "127.0.0.1", "loopback, 10.0.0.0/8", "1"]) {
      it(`TRUST_PROXY=${form} (the peer is trusted): https → __Host- cookie, Secure, HSTS`, async () => {
        const origin = await serve({ TRUST_PROXY: form });
        const { setCookie, pair, hsts } = await signIn(origin, https);
        expect(setCookie).toMatch(/^__Host-tbc_session=/);
        expect(setCookie).toMatch(/; Secure/);
        expect(setCookie).toMatch(/; Path=\/(;|$)/);
        expect(setCookie).toMatch(/; HttpOnly/);
        expect(setCookie).not.toMatch(/Domain=/i);
        expect(hsts).toBe("max-age=31536000; includeSubDomains");
        // The cookie is read under its name in use: over https the __Host- one, and never a plain one.
        const me = (headers: Record<string, string>) => call(`${origin}/trpc/auth.me`, headers);
        expect((await me({ ...https, cookie: pair })).body).toContain("viewer@example.org");
        const plain = pair.replace(/^__Host-/, "");
        expect((await me({ ...https, cookie: plain })).body).not.toContain("viewer@example.org");
        expect((await me({ cookie: pair })).body).not.toContain("viewer@example.org");
      });
    }

    it("TRUST_PROXY=10.0.0.1 (the peer is not trusted): no Secure, no HSTS, X-Forwarded-For ignored", async () => {
      const origin = await serve({ TRUST_PROXY: "10.0.0.1" });
      const { setCookie, hsts } = await signIn(origin, https);
      expect(setCookie).toMatch(/^tbc_session=/);
      expect(setCookie).not.toMatch(/Secure/);
      expect(hsts).toBeUndefined();
      // Every attempt counts against the peer's own address, whatever the client claims.
      expect(await guess(origin, rotating(5, "1"))).toEqual([401, 401, 401, 429, 429]);
    });

    for (const form of ["127.0.0.1", "1"]) {
      it(`TRUST_PROXY=${form}: the client address is what the trusted proxy appended`, async () => {
        const origin = await serve({ TRUST_PROXY: form });
        const real = form === "1" ? "203.0.113.7" : "203.0.113.8";
        // A client rotating what it puts in front of the proxy's entry is still one address.
        expect(await guess(origin, rotating(5, "2", real))).toEqual([401, 401, 401, 429, 429]);
        // Another real address is not limited by the first one's failures.
        expect(await guess(origin, [`${real}9`])).toEqual([401]);
      });
    }

    it("TRUST_PROXY=true believes the whole X-Forwarded-For (only for a proxy that overwrites it)", async () => {
      const origin = await serve({ TRUST_PROXY: "true" });
      expect(await guess(origin, ["192.0.2.1", "192.0.2.1", "192.0.2.1", "192.0.2.1"])).toEqual([
        401, 401, 401, 429,
      ]);
      expect(await guess(origin, ["192.0.2.2"])).toEqual([401]);
    });

    it("the Origin check compares scheme, host and port with PUBLIC_URL, else with the request", async () => {
      const app = await appFor(database, {
        trustProxy: true,
        signInLimits: LIMITS,
        publicOrigin: loadEnv({ PUBLIC_URL: "https://tbc.example.org/" }).publicOrigin,
      });
      apps.push(app);
      const pinned = await listenOnLoopback(app);
      const status = async (base: string, headers: Record<string, string>) =>
        (await call(`${base}/trpc/auth.login`, headers, login(DEMO_PASSWORD))).status;
      expect(await status(pinned, { origin: "https://tbc.example.org" })).toBe(200);
      expect(await status(pinned, { origin: "http://tbc.example.org" })).toBe(403);
      expect(await status(pinned, { origin: "https://tbc.example.org:8443" })).toBe(403);
      expect(await status(pinned, { origin: "https://evil.example" })).toBe(403);

      const derived = await serve({ TRUST_PROXY: "loopback" });
      const host = { host: "tbc.example.org" };
      expect(await status(derived, { ...host, ...https, origin: "https://tbc.example.org" })).toBe(200);
      expect(await status(derived, { ...host, ...https, origin: "http://tbc.example.org" })).toBe(403);
      expect(await status(derived, { ...host, origin: "https://tbc.example.org" })).toBe(403);
      expect(await status(derived, { ...host, origin: "http://tbc.example.org" })).toBe(200);
    });
  });
}

/** The env forms themselves: PUBLIC_URL must be an origin, nothing else. */
describe("PUBLIC_URL", () => {
  it("is an http(s) origin; a path, a query or another scheme stops the server", async () => {
    expect(loadEnv({ PUBLIC_URL: "https://tbc.example.org" }).publicOrigin).toBe("https://tbc.example.org");
    expect(loadEnv({ PUBLIC_URL: "https://TBC.example.org:443/" }).publicOrigin).toBe(
      "https://tbc.example.org",
    );
    expect(loadEnv({ PUBLIC_URL: "http://10.0.0.5:8080" }).publicOrigin).toBe("http://10.0.0.5:8080");
    expect(loadEnv({}).publicOrigin).toBeNull();
    for (const bad of ["tbc.example.org", "https://tbc.example.org/app", "ftp://x", "https://x/?a=1"]) {
      expect(() => loadEnv({ PUBLIC_URL: bad }), bad).toThrow(/PUBLIC_URL: use the dashboard's address/);
    }
  });
});
