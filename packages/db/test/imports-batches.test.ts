/**
 * The streaming import pipeline at batch boundaries (batchSize 2, so every small file spans several
 * batches): keys unique across the whole file, re-imports unchanged across batches, all or nothing
 * when the error is in the last batch, and a preview whose answer stays bounded.
 */
import { ENGAGEMENT_CSV_HEADER } from "@tbc/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImportRejectedError } from "../src/imports/csv";
import { commitEngagementImport, previewEngagementImport } from "../src/imports/engagement-import";
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from "../src/testing";

const HEADER = `${ENGAGEMENT_CSV_HEADER.join(",")}\n`;
const row = (day: number, impressions: string | number = day * 10) =>
  `2016-05-${String(day).padStart(2, "0")},x,,${impressions},,,,,,,\n`;
const file = (...rows: string[]) => HEADER + rows.join("");
const batched = { batchSize: 2 };
const actor = { userId: null };

for (const dialect of TEST_DIALECTS) {
  describe(`streaming engagement import in batches on ${dialect}`, () => {
    let t: TestDatabase;
    const stored = async () =>
      (
        await t.db
          .selectFrom("engagementDaily")
          .select(["day", "impressions"])
          .where("channel", "=", "x")
          .where("day", ">=", "2016-05-01")
          .where("day", "<=", "2016-05-31")
          .orderBy("day")
          .execute()
      ).map((r) => `${r.day}=${r.impressions}`);
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
    });
    afterAll(() => t.drop());

    it("a key repeated in a later batch is reported against its first row", async () => {
      const preview = await previewEngagementImport(t.db, file(row(1), row(2), row(3), row(1, 99)), batched);
      expect(preview.errors).toEqual([
        {
          line: 5,
          column: "day",
          message: "Same key as row 2",
          code: "import.row.duplicate_key",
          params: { first: 2 },
        },
      ]);
      expect(preview.counts).toMatchObject({ total: 4, create: 3, rejected: 1 });
    });

    it("commits every batch in one transaction; the same file again is unchanged in every batch", async () => {
      const rows = [row(1), row(2), row(3), row(4), row(5)];
      const first = await commitEngagementImport(t.db, file(...rows), {
        ...batched,
        fileName: "a.csv",
        actor,
      });
      expect(first.counts).toEqual({ total: 5, created: 5, updated: 0, unchanged: 0, rejected: 0 });
      const again = await commitEngagementImport(t.db, file(...rows), {
        ...batched,
        fileName: "a.csv",
        actor,
      });
      expect(again.counts).toEqual({ total: 5, created: 0, updated: 0, unchanged: 5, rejected: 0 });
      expect(await stored()).toEqual(["10", "20", "30", "40", "50"].map((v, i) => `2016-05-0${i + 1}=${v}`));
    });

    it("an error in the last batch keeps nothing of the batches written before it", async () => {
      const before = await stored();
      const bad = file(row(1, 11), row(2, 22), row(6), row(7), row(8, "lots"));
      const err = await commitEngagementImport(t.db, bad, { ...batched, fileName: "b.csv", actor }).catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(ImportRejectedError);
      expect((err as ImportRejectedError).preview.errors).toEqual([
        {
          line: 6,
          column: "impressions",
          message: expect.any(String),
          code: expect.any(String),
          params: expect.any(Object),
        },
      ]);
      expect(await stored()).toEqual(before);
    });

    it("a preview lists only its first errors and rows, with the whole file's counts", async () => {
      const rows = [row(10), row(11), row(12), row(13, "no"), row(14, "no"), row(15, "no"), row(16, "no")];
      const preview = await previewEngagementImport(t.db, file(...rows), { ...batched, previewLimit: 2 });
      expect(preview.counts).toEqual({
        total: 7,
        create: 3,
        update: 0,
        unchanged: 0,
        rejected: 4,
        errors: 4,
      });
      expect(preview.rows.map((r) => r.line)).toEqual([2, 3]);
      expect(preview.errors.map((e) => e.line)).toEqual([5, 6]);
    });
  });
}
