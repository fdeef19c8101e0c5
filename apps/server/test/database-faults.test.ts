import { DATABASE_UNAVAILABLE, type Database, FAILED_IMPORT_MESSAGE, openDatabase } from "@tbc/db";
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from "@tbc/db/testing";
import { ENGAGEMENT_CSV_HEADER, type ImportHistoryEntry } from "@tbc/types";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { App } from "../src/app";
import { IMPORT_ENGAGEMENT_PATH } from "../src/http/imports";
import { appFor, loginCookie, trpcHttp } from "./helpers";
import { listenOnLoopback, streamGet } from "./http-client";
import { createAccount, dailyRows, heldUpload } from "./server-process";

/**
 * PostgreSQL ends the connection under a running import or a streaming export (pg_terminate_backend,
 * as a failover or an administrator does): the process lives, the import answers "database
 * unavailable, try again", writes nothing and reads "failed" in the history; the export's download
 * fails instead of ending like a complete file. Idle connections: database-outage.test.ts; a
 * restart of the whole database: postgres-restart.test.ts.
 */
const UNTIL = { timeout: 60_000, interval: 50 };
// ≈ 10 MB of CSV: more than loopback's socket buffers hold, so the export is still reading when the
// paused client lets the lock be taken (exports-stream.test.ts found 4.8 MB too little).
const EXTRA_AGENCIES = 40_000;
const LONG_NAME = "x".repeat(180);

for (const dialect of TEST_DIALECTS.filter((d) => d === "postgres")) {
  describe(`${dialect}: backends terminated under an import and an export`, () => {
    const applicationName = `tbc-faults-${process.pid}`;
    let base: TestDatabase;
    let database: Database;
    let app: App;
    let origin: string;

    /** Terminates the server's backends that `where` picks (all of them by default). */
    async function terminate(where = sql`true`): Promise<number> {
      const res = await sql`select pg_terminate_backend(pid) from pg_stat_activity
        where application_name = ${applicationName} and ${where}`.execute(base.db);
      return res.rows.length;
    }

    beforeAll(async () => {
      base = await createTestDatabase("postgres");
      for (const role of ["staff", "viewer"] as const) await createAccount(base.db, role);
      const now = new Date().toISOString();
      for (let i = 0; i < EXTRA_AGENCIES; i += 1000) {
        const values = Array.from({ length: 1000 }, (_, j) => ({
          ...{ name: `${LONG_NAME} ${i + j}`, nameKey: `${LONG_NAME} ${i + j}`, countryCode: "FR" },
          ...{ kind: "other", status: "active", createdAt: now, updatedAt: now },
        }));
        await base.db.insertInto("agencies").values(values).execute();
      }
      database = openDatabase(base.url, { poolSize: 3, applicationName });
      app = await appFor(database, { demo: false, importBatchSize: 100 });
      origin = await listenOnLoopback(app);
    });
    afterAll(async () => {
      await app?.close();
      await database?.close();
      await base?.drop();
    });

    it("a running import's connection terminated: 'try again', nothing written, history 'failed'", async () => {
      const cookie = await loginCookie(app, "staff");
      const held = heldUpload(
        `${origin}${IMPORT_ENGAGEMENT_PATH}?mode=commit&fileName=cut.csv`,
        cookie,
        `${ENGAGEMENT_CSV_HEADER.join(",")}\r\n${dailyRows(0, 300)}`,
      );
      await held.writing;
      expect(await terminate()).toBeGreaterThan(0);
      const lines = await held.finish(dailyRows(300, 300));

      expect(lines.at(-1)).toEqual({
        type: "error",
        message: DATABASE_UNAVAILABLE,
        coded: { code: "server.unavailable", params: {} },
      });
      const written = await base.db
        .selectFrom("engagementDaily")
        .select("day")
        .where("channel", "=", "website")
        .where("countryCode", "=", "FR")
        .execute();
      expect(written).toEqual([]);
      const history = await trpcHttp(app, "query", "imports.list", {}, cookie);
      const entries = (history.body.result?.data as { data: ImportHistoryEntry[] } | undefined)?.data;
      expect(entries?.map((e) => [e.fileName, e.status, e.message])).toEqual([
        ["cut.csv", "failed", FAILED_IMPORT_MESSAGE],
      ]);
      // The same process imports the file once the database is back.
      expect((await app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
    });

    it("a streaming export's connection terminated mid-way: the download fails, the process lives", async () => {
      const cookie = await loginCookie(app, "viewer");
      let terminated = 0;
      let locked: () => void = () => {};
      const lockTaken = new Promise<void>((resolve) => (locked = resolve));
      let holder: Promise<void> | undefined;
      const res = await streamGet(`${origin}/api/export/agencies.csv`, cookie, {
        onFirstData: () => {
          // The client has the first rows and reads no more until the lock is taken; the next batch the
          // server then reads waits on it, in flight, where its connection is terminated.
          holder = base.db.connection().execute(async (conn) => {
            await sql`begin`.execute(conn);
            try {
              await sql`lock table agencies in access exclusive mode`.execute(conn);
              locked();
              await vi.waitFor(async () => {
                terminated += await terminate(sql`wait_event_type = 'Lock'`);
                expect(terminated).toBe(1);
              }, UNTIL);
            } finally {
              await sql`rollback`.execute(conn);
            }
          });
          holder.catch(() => locked());
          return lockTaken;
        },
      });
      await holder;
      expect(res.status).toBe(200);
      expect(res.error).not.toBeNull();
      expect(res.body).not.toMatch(/Something went wrong|terminat/);
      expect(res.body.split("\n").length).toBeLessThan(EXTRA_AGENCIES);
      expect(terminated).toBe(1);
      expect((await app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
      const again = await streamGet(`${origin}/api/export/agencies.csv`, cookie);
      expect([again.status, again.error]).toEqual([200, null]);
      expect(again.body.trimEnd().split("\n").length).toBe(EXTRA_AGENCIES + 1);
    });
  });
}
