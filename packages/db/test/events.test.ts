import { LIVE_MAX_IDS, LIVE_RESOURCES, type LiveEvent, type LiveResource } from "@tbc/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeAuditMany } from "../src/audit/audit.repository";
import { readDataVersion } from "../src/data-version/data-version";
import { openChangeFeed } from "../src/events";
import { encodeEvent } from "../src/events/changes";
import type { ChangeFeed } from "../src/events/feed";
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from "../src/testing";
import { inTransaction } from "../src/transaction";

/** The change feed's next non-reset event. */
function nextEvent(feed: ChangeFeed): Promise<LiveEvent> {
  return new Promise((resolve) => {
    const stop = feed.subscribe((event) => {
      if (event.reset) return;
      stop();
      resolve(event);
    });
  });
}

const entries = (entity: string, n: number, from = 1) =>
  Array.from({ length: n }, (_, i) => ({ userId: null, action: "create", entity, entityId: from + i }));

for (const dialect of TEST_DIALECTS) {
  describe(`change events on ${dialect}`, () => {
    let t: TestDatabase;
    let feed: ChangeFeed;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      feed = openChangeFeed(t);
      await feed.ready();
    });
    afterAll(async () => {
      await feed?.close();
      await t?.drop();
    });

    it("one event per committed transaction, under the version it committed; ids past the cap become 'many'", async () => {
      const heard = nextEvent(feed);
      await inTransaction(t.db, async (trx) => {
        await writeAuditMany(trx, entries("agency", LIVE_MAX_IDS + 1));
        await writeAuditMany(trx, entries("user", 2));
        await writeAuditMany(trx, entries("session", 1)); // a sign-in changes no resource
      });
      const event = await heard;
      expect(event.version).toBe(await readDataVersion(t.db));
      expect(event.changes).toEqual([
        { resource: "agencies", ids: null },
        { resource: "users", ids: ["1", "2"] },
      ]);
    });

    it("a rolled-back transaction announces nothing; nested calls announce once, with the outer commit", async () => {
      const heard = nextEvent(feed);
      await expect(
        inTransaction(t.db, async (trx) => {
          await writeAuditMany(trx, entries("agency", 1, 900));
          throw new Error("no");
        }),
      ).rejects.toThrow("no");
      await inTransaction(t.db, async (trx) => {
        await writeAuditMany(trx, entries("operation", 1, 7));
        await inTransaction(trx, (inner) => writeAuditMany(inner, entries("channel", 1, 8)));
      });
      expect((await heard).changes).toEqual([
        { resource: "operations", ids: ["7"] },
        { resource: "channels", ids: ["8"] },
      ]);
    });
  });
}

describe("the NOTIFY payload", () => {
  it("stays under PostgreSQL's 8000 bytes: too many ids give way to 'many'", () => {
    const ids = Array.from({ length: LIVE_MAX_IDS }, (_, i) => String(1e15 + i));
    const resources = Object.keys(LIVE_RESOURCES) as LiveResource[];
    const event: LiveEvent = {
      version: 1,
      reset: false,
      changes: resources.map((resource) => ({ resource, ids })),
    };
    expect(JSON.stringify(event).length).toBeGreaterThan(8000);
    const payload = encodeEvent(event);
    expect(payload.length).toBeLessThan(8000);
    expect((JSON.parse(payload) as LiveEvent).changes.every((c) => c.ids === null)).toBe(true);
  });
});
