/**
 * Imports through the real server, off its event loop (src/import-thread.ts): the upload streams into
 * a worker thread with its own connection — a SQLite file here (an in-memory database cannot be
 * opened twice, so it runs those in-process) or the PostgreSQL test schema. Small files, small
 * batches (importBatchSize 2) so that every file crosses batch boundaries; no timing: what happens
 * while an import runs is ordered by the import's own progress lines.
 */

import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Database, listImports, migrateToLatest, openDatabase, seedDemo } from "@tbc/db";
import { createTestDatabase, TEST_DIALECTS } from "@tbc/db/testing";
import { ENGAGEMENT_CSV_HEADER } from "@tbc/types";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { App } from "../src/app";
import { runsInWorker } from "../src/import-thread";
import { appFor, loginCookie } from "./helpers";
import { finalLine, type ImportLine, upload } from "./operations-helpers";

const dir = mkdtempSync(join(tmpdir(), "tbc-import-worker-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = `${ENGAGEMENT_CSV_HEADER.join(",")}\n`;
/** A daily row of channel x for the whole world on day `n` of March 2015 (impressions `n * 100`). */
const row = (n: number, impressions = String(n * 100)) =>
  `2015-03-${String(n).padStart(2, "0")},x,,${impressions},,,,,,,\n`;
const rows = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => row(from + i)).join("");

async function openTestDatabase(
  dialect: "sqlite" | "postgres",
): Promise<Database & { drop(): Promise<void> }> {
  if (dialect === "postgres") return createTestDatabase(dialect);
  const database = openDatabase(join(dir, `worker-${Math.random().toString(36).slice(2)}.sqlite`));
  await migrateToLatest(database.db);
  return { ...database, drop: () => database.close() };
}

async function marchRows(database: Database): Promise<{ n: number; impressions: number }> {
  const r = await database.db
    .selectFrom("engagementDaily")
    .select((eb) => [eb.fn.countAll<number>().as("n"), eb.fn.sum<number>("impressions").as("impressions")])
    .where("channel", "=", "x")
    .where("countryCode", "=", "")
    .where("day", ">=", "2015-03-01")
    .where("day", "<=", "2015-03-31")
    .where("isSample", "=", 0)
    .executeTakeFirstOrThrow();
  return { n: Number(r.n), impressions: Number(r.impressions ?? 0) };
}

/**
 * An upload over real HTTP whose body the test writes piece by piece: `lines` resolves on each NDJSON
 * line as the server sends it.
 */
function streamingUpload(base: string, cookie: string, mode = "commit") {
  const seen: ImportLine[] = [];
  const waiters: { test: (l: ImportLine) => boolean; resolve: (l: ImportLine) => void }[] = [];
  const req = request(`${base}/api/imports/engagement?mode=${mode}&fileName=stream.csv`, {
    method: "POST",
    headers: { "content-type": "text/csv", cookie, origin: base, host: new URL(base).host },
  });
  const answered = new Promise<ImportLine[]>((resolve, reject) => {
    req.on("response", (res) => {
      let buffered = "";
      res.setEncoding("utf8");
      res.on("data", (text: string) => {
        buffered += text;
        for (let i = buffered.indexOf("\n"); i >= 0; i = buffered.indexOf("\n")) {
          const line = JSON.parse(buffered.slice(0, i)) as ImportLine;
          buffered = buffered.slice(i + 1);
          seen.push(line);
          for (const w of waiters.filter((w) => w.test(line))) w.resolve(line);
        }
      });
      res.on("end", () => resolve(seen));
      res.on("error", reject);
    });
    req.on("error", reject);
  });
  return {
    req,
    answered,
    seen,
    /** The first line (seen or to come) that passes `test`. */
    line: (test: (l: ImportLine) => boolean) =>
      new Promise<ImportLine>((resolve) => {
        const found = seen.find(test);
        if (found) resolve(found);
        else waiters.push({ test, resolve });
      }),
  };
}

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: imports in a worker thread, through the real server`, () => {
    let database: Database & { drop(): Promise<void> };
    let app: App;
    let base: string;
    let staff: string;

    beforeAll(async () => {
      database = await openTestDatabase(dialect);
      await seedDemo(database.db, { sampleEngagement: false });
      app = await appFor(database, { importBatchSize: 2 });
      await app.listen({ host: "127.0.0.1", port: 0 });
      const address = app.server.address();
      base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
      staff = await loginCookie(app, "staff");
    });
    afterAll(async () => {
      await app?.close();
      await database?.drop();
    });

    it("runs off the event loop: the database has a connection of its own for the worker", () => {
      expect(runsInWorker(database)).toBe(true);
    });

    it("commits a file of several batches in the worker; the figures are read back", async () => {
      const res = await upload(app, { kind: "engagement", body: HEADER + rows(1, 7), cookie: staff });
      const final = finalLine(res);
      expect(final).toMatchObject({
        type: "result",
        counts: { total: 7, created: 7, updated: 0, unchanged: 0 },
      });
      // One progress line per batch of two rows: 2, 4, 6, 7.
      expect(res.lines.filter((l) => l.type === "progress").map((l) => l.done)).toEqual([2, 4, 6, 7]);
      expect(await marchRows(database)).toEqual({ n: 7, impressions: 2800 });
      const history = await listImports(database.db, { sorters: [{ field: "id", order: "desc" }] });
      expect(history.data[0]).toMatchObject({ kind: "engagement", status: "committed", rowsCreated: 7 });
    });

    it("an error in the last batch → nothing of the earlier batches is kept", async () => {
      const before = await marchRows(database);
      const file = HEADER + rows(8, 12) + row(13, "-5");
      const res = await upload(app, { kind: "engagement", body: file, cookie: staff });
      expect(finalLine(res)).toMatchObject({
        type: "rejected",
        errors: [{ line: 7, column: "impressions", message: expect.any(String) }],
        counts: { total: 6, rejected: 1 },
      });
      expect(await marchRows(database)).toEqual(before);
    });

    it("the preview of a large file answers its counts, but only its first 200 errors and rows", async () => {
      const bad = Array.from({ length: 260 }, (_, i) => row(1 + (i % 28), "x")).join("");
      const res = await upload(app, {
        kind: "engagement",
        mode: "preview",
        body: HEADER + bad + row(29),
        cookie: staff,
      });
      const final = finalLine(res);
      expect(final.counts).toEqual({
        total: 261,
        create: 1,
        update: 0,
        unchanged: 0,
        rejected: 260,
        errors: 260,
      });
      expect((final.errors as unknown[]).length).toBe(200);
      expect((final.rows as unknown[]).length).toBe(1);
      expect(res.raw.length).toBeLessThan(50_000);
    });

    it("other requests are answered while an import is running; a write meanwhile is 'busy, retry' on SQLite", async () => {
      const admin = await loginCookie(app, "admin"); // signing in writes: before the import starts
      const upload = streamingUpload(base, staff);
      upload.req.write(HEADER + rows(14, 18));
      try {
        // A batch is written: the worker holds the import's transaction open, waiting for more of the file.
        await upload.line((l) => l.type === "progress" && l.phase === "commit");
        const health = await fetch(`${base}/healthz`);
        expect(health.status).toBe(200);
        const me = await fetch(`${base}/trpc/auth.me`, { headers: { cookie: staff } });
        expect(me.status).toBe(200);
        const create = await fetch(`${base}/trpc/channels.create`, {
          method: "POST",
          headers: { cookie: admin, "content-type": "application/json", origin: base },
          body: JSON.stringify({ values: { code: "busytest", label: "Busy test" } }),
        });
        // All of that was answered while the import still waited for the rest of its file.
        expect(upload.seen.every((l) => l.type === "progress")).toBe(true);
        if (dialect === "sqlite") {
          expect(create.status).toBe(503);
          expect(create.headers.get("retry-after")).toBe("1");
          expect(JSON.stringify(await create.json())).toMatch(/busy with an import.*retry/);
        } else expect(create.status).toBe(200);
      } finally {
        upload.req.end(rows(19, 20));
      }
      const lines = await upload.answered;
      expect(lines.at(-1)).toMatchObject({ type: "result", counts: { total: 7, created: 7 } });
      expect((await marchRows(database)).n).toBe(14);
    });

    it("an upload cut off mid-file leaves nothing of it (recorded as interrupted)", async () => {
      const before = await marchRows(database);
      const upload = streamingUpload(base, staff);
      upload.req.write(HEADER + rows(21, 25));
      await upload.line((l) => l.type === "progress" && l.phase === "commit");
      upload.req.destroy();
      await upload.answered.catch(() => null);
      await vi.waitFor(
        async () => {
          const history = await listImports(database.db, { sorters: [{ field: "id", order: "desc" }] });
          expect(history.data[0]).toMatchObject({ fileName: "stream.csv", status: "rejected" });
          expect(history.data[0]?.message).toMatch(/interrupted/);
        },
        { timeout: 300_000, interval: 50 },
      );
      expect(await marchRows(database)).toEqual(before);
    });

    it("a body streamed past the cap without a length is refused with the cap's message", async () => {
      const capped = await appFor(database, { importMaxBytes: 1024, importBatchSize: 2 });
      try {
        await capped.listen({ host: "127.0.0.1", port: 0 });
        const address = capped.server.address();
        const cappedBase = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
        const before = await marchRows(database);
        const upload = streamingUpload(cappedBase, staff);
        upload.req.write(HEADER + rows(26, 28));
        upload.req.end(row(28).repeat(40)); // chunked: no content-length to refuse it by
        const lines = await upload.answered;
        expect(lines.at(-1)).toMatchObject({
          type: "rejected",
          fileError: "The file is larger than the 1 KiB limit",
        });
        expect(await marchRows(database)).toEqual(before);
      } finally {
        await capped.close();
      }
    });
  });
}
