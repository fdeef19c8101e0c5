import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase, type TestDatabase } from "@tbc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../src/app";
import { appFor } from "./helpers";

// Serving the dashboard does not depend on the database dialect: SQLite only.
describe("dashboard serving", () => {
  let database: TestDatabase;
  let dir: string;
  let app: App;

  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
    dir = mkdtempSync(join(tmpdir(), "tbc-dashboard-"));
    mkdirSync(join(dir, "assets"));
    writeFileSync(join(dir, "index.html"), "<!doctype html><title>TBC</title><div id=root></div>");
    writeFileSync(join(dir, "assets", "app-1234.js"), "console.log('tbc')");
    writeFileSync(join(dir, ".env"), "SECRET=1");
    app = await appFor(database, { dashboardDir: dir });
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("serves index.html at /, revalidated on every visit", async () => {
    const res = await app.inject({ method: "GET", url: "/" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/text\/html/);
    expect(res.body).toContain("<title>TBC</title>");
    expect(res.headers["cache-control"]).toBe("no-cache");
  });

  it("serves fingerprinted assets as immutable", async () => {
    const res = await app.inject({ method: "GET", url: "/assets/app-1234.js" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toContain("immutable");
  });

  it("history fallback: a dashboard route gets index.html", async () => {
    for (const url of ["/agencies/show/3", "/agencies?page=2", "/login"]) {
      const res = await app.inject({ method: "GET", url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).toContain("<title>TBC</title>");
    }
  });

  it("API paths, missing files, dotfiles and non-GET methods never fall back", async () => {
    const trpc = await app.inject({ method: "GET", url: "/trpc/nope" });
    expect(trpc.statusCode).toBe(404);
    expect(trpc.json().error.data.code).toBe("NOT_FOUND");
    for (const url of ["/trpc/a/b", "/trpc", "/api/export/agencies.xlsx", "/api/nothing", "/healthz/x"]) {
      const res = await app.inject({ method: "GET", url });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers["content-type"], url).toMatch(/application\/json/);
      expect(res.body, url).not.toContain("<title>");
    }
    for (const url of ["/assets/missing.js", "/.env"]) {
      const res = await app.inject({ method: "GET", url });
      expect(res.statusCode, url).toBe(404);
      expect(res.body, url).not.toContain("SECRET");
    }
    const post = await app.inject({ method: "POST", url: "/agencies/show/3" });
    expect(post.statusCode).toBe(404);
  });

  it("sets basic security headers", async () => {
    const res = await app.inject({ method: "GET", url: "/" });
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["x-frame-options"]).toBe("DENY");
  });

  it("without a built dashboard: / answers 503 with instructions; the API still works", async () => {
    const bare = await appFor(database, { dashboardDir: join(dir, "does-not-exist") });
    try {
      for (const url of ["/", "/agencies/show/3"]) {
        const res = await bare.inject({ method: "GET", url });
        expect(res.statusCode).toBe(503);
        expect(res.headers["content-type"]).toMatch(/text\/plain/);
        expect(res.body).toContain("pnpm --filter @tbc/dashboard build");
      }
      expect((await bare.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
      expect((await bare.inject({ method: "GET", url: "/trpc/auth.me" })).statusCode).toBe(200);
    } finally {
      await bare.close();
    }
  });
});
