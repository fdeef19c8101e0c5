import {
  DATABASE_UNAVAILABLE,
  type Database,
  INTERRUPTED_IMPORT_MESSAGE,
  migrateToLatest,
  openDatabase,
} from "@tbc/db";
import { TEST_DIALECTS } from "@tbc/db/testing";
import { ENGAGEMENT_CSV_HEADER, type ImportHistoryEntry } from "@tbc/types";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { App } from "../src/app";
import { IMPORT_ENGAGEMENT_PATH } from "../src/http/imports";
import { appFor, loginCookie, sampleValues, trpcHttp } from "./helpers";
import { listenOnLoopback } from "./http-client";
import { type PrivateCluster, startPrivateCluster } from "./private-postgres";
import { createAccount, dailyRows, heldUpload } from "./server-process";

/**
 * PostgreSQL itself stops (a restart, a failover) under a server process and comes back: a private
 * cluster of the test's own, never the shared one. While it is down /healthz is 503 and requests are
 * 503 "try again"; once it is back the same process answers 200, without a restart, and what was
 * cut off meanwhile (a write, an import half-way) left nothing behind.
 */
const UNTIL = { timeout: 60_000, interval: 100 };

for (const dialect of TEST_DIALECTS.filter((d) => d === "postgres")) {
  describe(`${dialect}: the database restarts under a running server`, () => {
    let cluster: PrivateCluster;
    let database: Database;
    let app: App;
    let origin: string;

    beforeAll(async () => {
      cluster = await startPrivateCluster();
      database = openDatabase(cluster.url, { poolSize: 3, applicationName: "tbc-restart" });
      await migrateToLatest(database.db);
      for (const role of ["staff", "viewer"] as const) await createAccount(database.db, role);
      app = await appFor(database, { demo: false, importBatchSize: 100 });
      origin = await listenOnLoopback(app);
    });
    afterAll(async () => {
      await app?.close();
      await database?.close();
      cluster?.destroy();
    });

    it("down: 503 'try again' everywhere; back: the same process serves, nothing partial", async () => {
      const staff = await loginCookie(app, "staff");
      expect((await app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
      const held = heldUpload(
        `${origin}${IMPORT_ENGAGEMENT_PATH}?mode=commit&fileName=restart.csv`,
        staff,
        `${ENGAGEMENT_CSV_HEADER.join(",")}\r\n${dailyRows(0, 300)}`,
      );
      await held.writing;

      cluster.stop();
      expect((await app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(503);
      const name = `Written while down ${process.pid}`;
      const attempts = [
        await trpcHttp(app, "query", "agencies.list", {}, staff),
        await trpcHttp(app, "mutation", "agencies.create", { values: sampleValues(name) }, staff),
        await trpcHttp(app, "mutation", "auth.login", {
          email: "viewer@example.org",
          password: "x".repeat(12),
        }),
      ];
      for (const res of attempts) {
        expect(res.status).toBe(503);
        expect(res.body.error?.message).toBe(DATABASE_UNAVAILABLE);
        expect(res.raw).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack|\.ts:/);
      }
      const lines = await held.finish(dailyRows(300, 300));
      expect(lines.at(-1)).toEqual({
        type: "error",
        message: DATABASE_UNAVAILABLE,
        coded: { code: "server.unavailable", params: {} },
      });

      cluster.start();
      await vi.waitFor(async () => {
        expect((await app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
      }, UNTIL);
      const list = await trpcHttp(app, "query", "agencies.list", { filters: [] }, staff);
      expect(list.status).toBe(200);
      const agencies = list.body.result?.data as { data: { name: string }[] } | undefined;
      expect(agencies?.data.map((a) => a.name)).not.toContain(name);
      const written = await database.db.selectFrom("engagementDaily").select("day").execute();
      expect(written).toEqual([]);
      // Its "failed" could not be written while the database was down: the history reaps it now.
      const history = await trpcHttp(app, "query", "imports.list", {}, staff);
      const entries = (history.body.result?.data as { data: ImportHistoryEntry[] } | undefined)?.data;
      expect(entries?.map((e) => [e.fileName, e.status, e.message])).toEqual([
        ["restart.csv", "failed", INTERRUPTED_IMPORT_MESSAGE],
      ]);
      const created = await trpcHttp(
        app,
        "mutation",
        "agencies.create",
        { values: sampleValues(name) },
        staff,
      );
      expect(created.status).toBe(200);
    });
  });
}
