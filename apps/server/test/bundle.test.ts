import { randomBytes } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { databaseUrl, TEST_DIALECTS } from "@tbc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STAMP } from "../scripts/build.mjs";
import { staleness } from "../scripts/built.mjs";
import {
  admin,
  BUILT_SERVER,
  killServer,
  query,
  type ServerProcess,
  signIn,
  startServer,
} from "./server-process";

/**
 * The bundle is self-contained: dist/ copied to another folder (with better-sqlite3 beside it, as
 * `npm install` of its package.json gives) and started from a third folder serves its own copy of the
 * dashboard, seeds from its own seed files, and puts a relative SQLite path in the working directory.
 */
for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: the built server copied elsewhere and run from another folder`, () => {
    const root = mkdtempSync(join(tmpdir(), "tbc-bundle-"));
    const copy = join(root, "tbc");
    const cwd = join(root, "work");
    let server: ServerProcess;
    let pgName = "";

    beforeAll(async () => {
      cpSync(dirname(BUILT_SERVER), copy, { recursive: true });
      mkdirSync(join(copy, "node_modules"));
      const sqlitePackage = dirname(createRequire(BUILT_SERVER).resolve("better-sqlite3/package.json"));
      symlinkSync(sqlitePackage, join(copy, "node_modules/better-sqlite3"));
      mkdirSync(cwd);
      let database = "tbc.sqlite";
      if (dialect === "postgres") {
        const url = process.env.TEST_DATABASE_URL ?? "";
        pgName = `${new URL(url).pathname.slice(1)}_b_${randomBytes(5).toString("hex")}`;
        await admin(url, `create database ${pgName}`);
        database = databaseUrl(url, pgName);
      }
      server = await startServer(database, { cwd, entry: join(copy, "main.mjs"), env: { TBC_DEMO: "true" } });
    });
    afterAll(async () => {
      if (server) await killServer(server);
      if (pgName)
        await admin(process.env.TEST_DATABASE_URL ?? "", `drop database if exists ${pgName} with (force)`);
      rmSync(root, { recursive: true, force: true });
    });

    it("serves its dashboard, seeded from its own files, its SQLite file in the working directory", async () => {
      const page = await fetch(`${server.origin}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<div id="root">/);
      const cookie = await signIn(server.origin, "viewer");
      const list = await query<{ total: number }>(server.origin, cookie, "agencies.list", {});
      expect(list.total).toBe(17);
      expect(existsSync(join(cwd, "tbc.sqlite"))).toBe(dialect === "sqlite");
    });
  });
}

/** `pnpm start` rebuilds only when a source is newer than the build (scripts/built.mjs). */
describe("the build's staleness", () => {
  it("is fresh after the build, stale once a source is newer, fresh again when it is not", () => {
    expect(staleness()).toBeNull(); // test/global-setup.ts built it
    const source = fileURLToPath(new URL("../src/seed.ts", import.meta.url));
    const before = statSync(source);
    // One second past the build: should this test die before restoring it, a rebuild soon fixes it.
    const newer = new Date(statSync(STAMP).mtimeMs + 1000);
    try {
      utimesSync(source, before.atime, newer);
      expect(staleness()).toBe("apps/server/src changed since the last build");
    } finally {
      utimesSync(source, before.atime, before.mtime);
    }
    expect(staleness()).toBeNull();
  });
});
