import { Readable } from "node:stream";
import { createAgency, inTransaction, openChangeFeed } from "@tbc/db";
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from "@tbc/db/testing";
import { ENGAGEMENT_CSV_HEADER, MAX_IMPORT_BYTES, ZAgencyValues } from "@tbc/types";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runImport } from "../src/import-thread";
import { LiveHub } from "../src/live";
import { createCaller } from "../src/root";
import { appFor, contextFor, demoUserId, loginCookie, sampleValues, seededDatabase } from "./helpers";
import { listenOnLoopback } from "./http-client";
import { changesOf, openSse, openStream, streamError } from "./live-helpers";
import { sampleOperation } from "./operations-helpers";
import { dailyRows } from "./server-process";

/**
 * Live updates in one process (issue 11): the `live.changes` subscription through real callers on a
 * real database, with the process's real change feed (PostgreSQL: LISTEN/NOTIFY; SQLite: in memory).
 * Across processes: live-processes.test.ts.
 */
for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: live.changes`, () => {
    let t: TestDatabase;
    let live: LiveHub;

    beforeAll(async () => {
      // A file on SQLite: an import then runs in a worker thread, whose commits must reach this hub.
      t =
        dialect === "sqlite"
          ? await createTestDatabase("sqlite", { sqliteFile: true })
          : await seededDatabase(dialect);
      if (dialect === "sqlite") {
        const { seedDemo } = await import("@tbc/db");
        await seedDemo(t.db);
      }
      live = new LiveHub(openChangeFeed(t));
      await live.start(t.db);
    });
    afterAll(async () => {
      await live?.close();
      await t?.drop();
    });

    const caller = async (role: "staff" | "manager" | "admin") => createCaller(await contextFor(t, role));

    it("announces each committed create, approval and delete with its ids, and never a rolled-back one", async () => {
      const viewer = await openStream(await contextFor(t, "viewer"), live);
      const staff = await caller("staff");
      const manager = await caller("manager");
      const created = await staff.agencies.create({ values: sampleValues() });
      const approved = await manager.agencies.approve({ id: created.id, version: created.version });
      // Rolled back after the write and its audit entry: announces nothing.
      const managerId = await demoUserId(t, "manager");
      let rolledBackId = 0;
      await expect(
        inTransaction(t.db, async (trx) => {
          rolledBackId = (await createAgency(trx, ZAgencyValues.parse(sampleValues()), { userId: managerId }))
            .id;
          throw new Error("changed my mind");
        }),
      ).rejects.toThrow("changed my mind");
      await manager.agencies.delete({ id: approved.id });

      const seen = [await viewer.next(), await viewer.next(), await viewer.next()];
      viewer.close();
      const id = String(created.id);
      expect(seen.map((s) => changesOf(s.event))).toEqual([
        [`agencies:${id}`],
        [`agencies:${id}`],
        [`agencies:${id}`],
      ]);
      expect(seen.flatMap((s) => changesOf(s.event))).not.toContain(`agencies:${rolledBackId}`);
      // Ids are data versions, in commit order.
      const versions = seen.map((s) => Number(s.id));
      expect(versions).toEqual([...versions].sort((a, b) => a - b));
      expect(new Set(versions).size).toBe(3);
      // Names and ids only: nothing of the record's values.
      for (const { event } of seen) {
        expect(Object.keys(event).sort()).toEqual(["changes", "reset", "version"]);
        for (const change of event.changes) expect(Object.keys(change).sort()).toEqual(["ids", "resource"]);
      }
    });

    it("tells each role only of the resources it may read", async () => {
      const viewer = await openStream(await contextFor(t, "viewer"), live);
      const admin = await openStream(await contextFor(t, "admin"), live);
      const user = await (await caller("admin")).users.create({
        values: {
          email: `live-${Math.random().toString(36).slice(2, 8)}@example.org`,
          name: "Live Test",
          role: "viewer",
        },
      });
      const agency = await (await caller("staff")).agencies.create({ values: sampleValues() });
      // The viewer may not read users: its first event is the agency.
      expect(changesOf((await viewer.next()).event)).toEqual([`agencies:${agency.id}`]);
      expect(changesOf((await admin.next()).event)).toEqual([`users:${user.id}`]);
      expect(changesOf((await admin.next()).event)).toEqual([`agencies:${agency.id}`]);
      viewer.close();
      admin.close();
    });

    it("a seizure announces its operation too (the operation's page shows its seizures)", async () => {
      const viewer = await openStream(await contextFor(t, "viewer"), live);
      const staff = await caller("staff");
      const operation = await staff.operations.create({ values: sampleOperation(`Live ${Date.now()}`) });
      const seizure = await staff.seizures.create({
        operationId: operation.id,
        values: { category: "cash", valueUsd: 10 },
      });
      expect(changesOf((await viewer.next()).event)).toEqual([`operations:${operation.id}`]);
      expect(changesOf((await viewer.next()).event).sort()).toEqual([
        `operations:${operation.id}`,
        `seizures:${seizure.id}`,
      ]);
      viewer.close();
    });

    it("an import announces the import and its resource (many), from a worker thread too", async () => {
      const staffId = await demoUserId(t, "staff");
      const staff = await openStream(await contextFor(t, "staff"), live);
      const viewer = await openStream(await contextFor(t, "viewer"), live);
      const csv = `${ENGAGEMENT_CSV_HEADER.join(",")}\r\n${dailyRows(0, 5)}`;
      const job = {
        kind: "engagement",
        mode: "commit",
        fileName: "live.csv",
        maxBytes: MAX_IMPORT_BYTES,
      } as const;
      const outcome = await runImport(
        t,
        { ...job, actor: { userId: staffId } },
        Readable.from([Buffer.from(csv)]),
        () => {},
      );
      expect(outcome.type).toBe("result");
      const heard = changesOf((await staff.next()).event).sort();
      expect(heard).toEqual(["engagement:*", expect.stringMatching(/^imports:\d+$/)]);
      // The import history is staff+: a viewer hears of the engagement figures only.
      expect(changesOf((await viewer.next()).event)).toEqual(["engagement:*"]);
      staff.close();
      viewer.close();
    });

    it("a reconnecting tab is replayed what followed its last event; past the buffer, a reset", async () => {
      const small = new LiveHub(openChangeFeed(t), { maxBuffered: 2 });
      await small.start(t.db);
      const ctx = await contextFor(t, "viewer");
      const first = await openStream(ctx, small);
      const staff = await caller("staff");
      const ids: number[] = [];
      for (let i = 0; i < 3; i++) ids.push((await staff.agencies.create({ values: sampleValues() })).id);
      const versions = [(await first.next()).id, (await first.next()).id, (await first.next()).id];
      first.close();

      // Resumed after the first: the second and third again, nothing before.
      const resumed = await openStream(ctx, small, versions[0]);
      expect([(await resumed.next()).event, (await resumed.next()).event].map(changesOf)).toEqual([
        [`agencies:${ids[1]}`],
        [`agencies:${ids[2]}`],
      ]);
      resumed.close();
      // Resumed from before what the buffer holds: the tab must refetch everything.
      const stale = await openStream(ctx, small, String(Number(versions[0]) - 1));
      const reset = await stale.next();
      expect(reset.event).toMatchObject({ reset: true, changes: [] });
      expect(reset.id).toBe(versions[2]);
      stale.close();
      await small.close();
      expect(small.streams).toBe(0);
    });

    it("over HTTP: a hostile input is a field error on the stream, signed out is UNAUTHORIZED, nothing leaks", async () => {
      const app = await appFor(t, { demo: false });
      try {
        const origin = await listenOnLoopback(app);
        const cookie = await loginCookie(app, "viewer");
        const inputs = [
          '{"lastEventId":"1 or 1=1"}',
          '{"lastEventId":5}',
          '"x"',
          "[1]",
          "not json",
          '{"lastEventId":"9999999999999999"}',
        ];
        for (const input of inputs) {
          const { status, text, error } = await streamError(origin, cookie, input);
          expect(status, input).toBe(200);
          expect(error?.data.code, input).toBe("BAD_REQUEST");
          expect(text, input).not.toMatch(/\bat \/|node_modules|select |sqlite|postgres/i);
        }
        expect((await streamError(origin, "", "{}")).error?.data.code).toBe("UNAUTHORIZED");
      } finally {
        await app.close();
      }
    });

    it("a server that closes ends its open streams rather than waiting for them", async () => {
      const app = await appFor(t, { demo: false });
      const stream = await openSse(await listenOnLoopback(app), await loginCookie(app, "viewer"));
      await app.close();
      // The feed's first connection may come up after the stream opened (start is not awaited): its
      // reset ("refetch everything") may arrive first; nothing else may, and the stream must end.
      const heard: unknown[] = [];
      const drain = async () => {
        for (;;) heard.push((await stream.next()).event);
      };
      await expect(drain()).rejects.toThrow("The event stream ended");
      for (const event of heard) expect(event).toMatchObject({ reset: true, changes: [] });
    });

    it("refuses a signed-out caller and a malformed lastEventId", async () => {
      const anonymous = createCaller(await contextFor(t, null, { live }));
      await expect(anonymous.live.changes({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
      const viewer = createCaller(await contextFor(t, "viewer", { live }));
      await expect(viewer.live.changes({ lastEventId: "1; drop table" })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    });
  });
}

for (const dialect of TEST_DIALECTS.filter((d) => d === "postgres")) {
  describe(`${dialect}: the LISTEN connection terminated`, () => {
    let t: TestDatabase;
    let live: LiveHub;
    const errors: Error[] = [];

    beforeAll(async () => {
      t = await seededDatabase(dialect);
      live = new LiveHub(openChangeFeed(t, (err) => errors.push(err)));
      await live.start(t.db);
    });
    afterAll(async () => {
      await live?.close();
      await t?.drop();
    });

    it("reconnects, tells open streams to refetch (changes may have been missed), and hears on", async () => {
      const viewer = await openStream(await contextFor(t, "viewer"), live);
      const terminated = await sql<{
        pid: number;
      }>`select pg_terminate_backend(pid) as pid from pg_stat_activity
        where application_name = ${`tbc-listen-${process.pid}`} and datname = current_database()`.execute(
        t.db,
      );
      expect(terminated.rows).toHaveLength(1);
      const reset = await viewer.next();
      expect(reset.event).toMatchObject({ reset: true, changes: [] });
      expect(errors.length).toBeGreaterThan(0);
      const created = await createCaller(await contextFor(t, "staff")).agencies.create({
        values: sampleValues(),
      });
      expect(changesOf((await viewer.next()).event)).toEqual([`agencies:${created.id}`]);
      viewer.close();
    });
  });
}
