import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
