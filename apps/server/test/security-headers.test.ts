import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase, type TestDatabase } from "@tbc/db/testing";
import { formatMessage } from "@tbc/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../src/app";
import { REPO_ROOT } from "../src/env";
import { batchTooLarge, MAX_BATCH_SIZE } from "../src/http/security";
import { appFor, loginCookie, trpcHttp } from "./helpers";

/** The exact security headers every answer carries (HSTS only over https, see below). */
const EXPECTED_HEADERS = {
  "content-security-policy":
    "default-src 'self';script-src 'self';style-src 'self' 'unsafe-inline';img-src 'self' data: blob:;" +
    "font-src 'self' data:;connect-src 'self';object-src 'none';base-uri 'self';frame-ancestors 'none';" +
    "form-action 'self'",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  "origin-agent-cluster": "?1",
  "referrer-policy": "same-origin",
  "x-content-type-options": "nosniff",
  "x-dns-prefetch-control": "off",
  "x-download-options": "noopen",
  "x-frame-options": "DENY",
  "x-permitted-cross-domain-policies": "none",
  "x-xss-protection": "0",
};

function expectSecurityHeaders(headers: Record<string, unknown>, what: string) {
  for (const [name, value] of Object.entries(EXPECTED_HEADERS)) {
    // A string, not an array: each header is sent once.
    expect(headers[name], `${what}: ${name}`).toBe(value);
  }
}

// Headers and request guards do not depend on the dialect: SQLite only.
describe("security headers and request guards", () => {
  let database: TestDatabase;
  let dir: string;
  let app: App;

  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
    const { seedDemo } = await import("@tbc/db");
    await seedDemo(database.db);
    dir = mkdtempSync(join(tmpdir(), "tbc-headers-"));
    writeFileSync(
      join(dir, "index.html"),
      '<!doctype html><title>TBC</title><script type="module" src="/a.js"></script>',
    );
    app = await appFor(database, { dashboardDir: dir });
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("/, a dashboard route, /trpc, an export and a 404 carry every header exactly once; no HSTS over http", async () => {
    for (const url of ["/", "/agencies/show/1", "/trpc/auth.me", "/api/export/agencies.csv", "/missing.js"]) {
      const res = await app.inject({ method: "GET", url });
      expectSecurityHeaders(res.headers, url);
      expect(res.headers["strict-transport-security"], url).toBeUndefined();
    }
    const refused = await app.inject({
      method: "POST",
      url: "/trpc/auth.logout",
      headers: { "content-type": "text/plain" },
    });
    expectSecurityHeaders(refused.headers, "a refusal");
  });

  it("HSTS only over https: behind a trusted proxy (TRUST_PROXY) X-Forwarded-Proto counts, otherwise not", async () => {
    const https = { "x-forwarded-proto": "https" };
    const direct = await app.inject({ method: "GET", url: "/trpc/auth.me", headers: https });
    expect(direct.headers["strict-transport-security"]).toBeUndefined(); // proxy not trusted
    const proxied = await appFor(database, { trustProxy: true, dashboardDir: dir });
    try {
      for (const url of ["/", "/trpc/auth.me"]) {
        const res = await proxied.inject({ method: "GET", url, headers: https });
        expect(res.headers["strict-transport-security"], url).toBe("max-age=31536000; includeSubDomains");
        expectSecurityHeaders(res.headers, url);
      }
    } finally {
      await proxied.close();
    }
  });

  it("CSRF: a GET never runs a mutation; multipart/form-data and text/plain are refused on /trpc", async () => {
    const cookie = await loginCookie(app, "manager");
    const get = await app.inject({
      method: "GET",
      url: "/trpc/agencies.delete?input=%7B%22id%22%3A1%7D",
      headers: { cookie },
    });
    expect(get.statusCode).toBe(405);
    expect(get.json().error.data.code).toBe("METHOD_NOT_SUPPORTED");
    expect((await trpcHttp(app, "query", "agencies.get", { id: 1 }, cookie)).status).toBe(200); // still there
    for (const type of [
      "multipart/form-data; boundary=x",
      "text/plain",
      "application/x-www-form-urlencoded",
    ]) {
      const res = await app.inject({
        method: "POST",
        url: "/trpc/agencies.delete",
        headers: { cookie, "content-type": type },
        payload: "--x--\r\n",
      });
      expect(res.statusCode, type).toBe(415);
    }
    expect((await trpcHttp(app, "query", "agencies.get", { id: 1 }, cookie)).status).toBe(200);
  });

  it(`a tRPC batch of more than ${MAX_BATCH_SIZE} calls is refused with 413 and a clear message`, async () => {
    const cookie = await loginCookie(app, "viewer");
    const batch = (n: number) => `/trpc/${Array.from({ length: n }, () => "auth.me").join(",")}?batch=1`;
    const ok = await app.inject({ method: "GET", url: batch(MAX_BATCH_SIZE), headers: { cookie } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toHaveLength(MAX_BATCH_SIZE);
    const tooMany = await app.inject({ method: "GET", url: batch(MAX_BATCH_SIZE + 1), headers: { cookie } });
    expect(tooMany.statusCode).toBe(413);
    const refusal = batchTooLarge(MAX_BATCH_SIZE + 1);
    expect(tooMany.json().message).toBe(formatMessage(refusal.code, refusal.params));
    expect(tooMany.json().coded).toEqual({
      code: "limit.batch",
      params: { maximum: MAX_BATCH_SIZE, calls: 21 },
    });
    const posted = await app.inject({
      method: "POST",
      url: batch(MAX_BATCH_SIZE + 5).replaceAll("auth.me", "auth.logout"),
      headers: { cookie, "content-type": "application/json" },
      payload: "{}",
    });
    expect(posted.statusCode).toBe(413);
  });

  it("request bodies: 1 MiB on /trpc (uploads have their own 10 MiB limit)", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/trpc/auth.login",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ email: "a@b.org", password: "x".repeat(1024 * 1024) }),
    });
    expect(res.statusCode).toBe(413);
  });
});

describe("the dashboard runs under script-src 'self'", () => {
  const inlineScripts = (html: string) =>
    [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
      ([, attrs = "", body = ""]) => !/\bsrc=/.test(attrs) || body.trim() !== "",
    );

  // The built index.html is checked by the dashboard's tests (apps/dashboard/test/e2e-csp.test.ts),
  // which run after the build.
  it("index.html (source) has no inline <script>", () => {
    const source = readFileSync(join(REPO_ROOT, "apps/dashboard/index.html"), "utf8");
    expect(inlineScripts(source)).toEqual([]);
  });
});
