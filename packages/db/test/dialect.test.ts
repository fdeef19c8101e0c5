import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OpenOptions, openDatabase } from "../src/database";
import { dialectOf, escapeLike, lower } from "../src/dialect";
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from "../src/testing";

for (const dialect of TEST_DIALECTS) {
  describe(`dialect helpers on ${dialect}`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
    });
    afterAll(() => t.drop());

    it("knows which dialect it runs on", () => {
      expect(dialectOf(t.db)).toBe(dialect);
    });

    it("folds case beyond ASCII the same way on both", async () => {
      const { rows } = await sql<{
        v: string;
      }>`select ${lower(t.db, sql`${"ÜNÏCODE Straße ÉÀ"}`)} as v`.execute(t.db);
      expect(rows[0]?.v).toBe("ünïcode straße éà");
    });

    it("escapes LIKE wildcards", () => {
      expect(escapeLike("100%_a\\b")).toBe("100\\%\\_a\\\\b");
    });

    it("returns counts and sums as numbers, not strings", async () => {
      const row = await t.db
        .selectFrom("countries")
        .select((eb) => [eb.fn.countAll().as("n"), eb.fn.sum(sql`1`).as("s")])
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ n: 250, s: 250 });
    });
  });
}

describe("SQLite durability", () => {
  it("waits for the disk at every commit unless told otherwise; the test suites say 'normal'", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tbc-sync-"));
    const read = async (options: OpenOptions) => {
      const database = openDatabase(join(dir, "d.sqlite"), { ...options, readWorkers: 0 });
      try {
        const { rows } = await sql<{ synchronous: number }>`pragma synchronous`.execute(database.db);
        return { pragma: rows[0]?.synchronous, passed: database.opened.options.synchronous };
      } finally {
        await database.close();
      }
    };
    try {
      // SQLite's codes: 2 FULL, 1 NORMAL. Worker threads are handed the resolved mode.
      expect(await read({ synchronous: "full" })).toEqual({ pragma: 2, passed: "full" });
      expect(await read({ synchronous: "normal" })).toEqual({ pragma: 1, passed: "normal" });
      expect(await read({})).toEqual({ pragma: 1, passed: "normal" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
