/**
 * Which "running" imports a reap turns "failed": only those whose process is gone. Several server
 * processes may share one PostgreSQL, so a start-up (or a history read) in one must never fail a live
 * import of another; here a second pool stands for the second process.
 */
import { spawnSync } from "node:child_process";
import { hostname } from "node:os";
import { ENGAGEMENT_CSV_HEADER } from "@tbc/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../src/database";
import { commitEngagementImport } from "../src/imports/engagement-import";
import { IMPORT_OWNER, INTERRUPTED_IMPORT_MESSAGE, reapInterruptedImports } from "../src/imports/import-runs";
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from "../src/testing";

const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => `2016-06-${String(i + 1).padStart(2, "0")},x,,${i},,,,,,,\n`).join("");

/** A file whose end waits for `release`: its import stays inside its transaction until then. */
function heldFile() {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  async function* source() {
    yield `${ENGAGEMENT_CSV_HEADER.join(",")}\n${rows(4)}`;
    await released;
    yield rows(8).split("\n").slice(4).join("\n");
  }
  return { source: source(), release };
}

/** The pid of a process that has ended (and, just now, was not reused). */
const deadPid = () => spawnSync(process.execPath, ["-e", ""]).pid ?? 0;

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: reaping interrupted imports`, () => {
    let t: TestDatabase;
    let other: ReturnType<typeof openDatabase>;
    // Read through the other pool: on SQLite the import holds the one connection of `t` meanwhile.
    const statuses = async () =>
      (await other.db.selectFrom("imports").select(["fileName", "status"]).orderBy("id").execute()).map(
        (r) => `${r.fileName}:${r.status}`,
      );

    beforeAll(async () => {
      t = await createTestDatabase(dialect, { sqliteFile: true });
      other = openDatabase(t.opened.url, { ...t.opened.options, readWorkers: 0 });
    });
    afterAll(async () => {
      await other?.close();
      await t?.drop();
    });

    it("a live import, seen from another connection pool, stays running; then it commits", async () => {
      const held = heldFile();
      let started: () => void = () => {};
      const writing = new Promise<void>((resolve) => (started = resolve));
      const done = commitEngagementImport(t.db, held.source, {
        ...{ fileName: "live.csv", actor: { userId: null }, batchSize: 2 },
        onProgress: (phase) => phase === "commit" && started(),
      });
      await writing;
      expect(await reapInterruptedImports(other.db)).toBe(0);
      expect(await statuses()).toEqual(["live.csv:running"]);
      held.release();
      expect((await done).counts.created).toBe(8);
      expect(await statuses()).toEqual(["live.csv:committed"]);
    });

    it("a line whose process is gone reads 'failed' (interrupted) after a reap", async () => {
      const running = (fileName: string, owner: string) =>
        t.db
          .insertInto("imports")
          .values({
            ...{ kind: "engagement", fileName, userId: null, at: new Date().toISOString() },
            ...{ rowsTotal: 0, rowsCreated: 0, rowsUpdated: 0, rowsUnchanged: 0, rowsRejected: 0 },
            ...{ status: "running", message: null, owner },
          })
          .execute();
      // On PostgreSQL no session holds their locks; on SQLite each owner is gone in its own way.
      await running("dead-pid.csv", `${hostname()}:${deadPid()}:x`);
      await running("restarted.csv", `${hostname()}:${process.pid}:an-earlier-instance`);
      await running("other-host.csv", `elsewhere.example:${process.pid}:x`);
      expect(IMPORT_OWNER.startsWith(`${hostname()}:${process.pid}:`)).toBe(true);
      expect(await reapInterruptedImports(other.db)).toBe(3);
      expect(await statuses()).toEqual([
        "live.csv:committed",
        "dead-pid.csv:failed",
        "restarted.csv:failed",
        "other-host.csv:failed",
      ]);
      const messages = await t.db
        .selectFrom("imports")
        .select("message")
        .where("status", "=", "failed")
        .execute();
      expect(messages.map((m) => m.message)).toEqual(Array(3).fill(INTERRUPTED_IMPORT_MESSAGE));
      expect(await reapInterruptedImports(other.db)).toBe(0);
    });
  });
}
