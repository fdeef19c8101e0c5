import type { Database } from "@tbc/db";
import { seedDemo } from "@tbc/db";
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from "@tbc/db/testing";
import { ENGAGEMENT_CSV_HEADER, POSTS_CSV_HEADER } from "@tbc/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../src/app";
import { appFor, type Caller, callerFor, loginCookie } from "./helpers";
import { finalLine, upload } from "./operations-helpers";

const csv = (header: readonly string[], rows: string[][]) =>
  `${[header.join(","), ...rows.map((r) => r.join(","))].join("\r\n")}\r\n`;

/** day,channel,country,impressions,reach,engagements,shares,video_views,new_followers,hashtag_mentions,site_visits */
const DAILY = csv(ENGAGEMENT_CSV_HEADER, [
  ["2014-07-01", "x", "", "1000", "800", "50", "10", "", "3", "7", "20"],
  ["2014-07-02", "x", "", "2000", "1500", "80", "12", "", "4", "9", "25"],
  ["2014-07-03", "x", "", "3000", "2500", "90", "15", "", "5", "11", "30"],
  ["2014-07-02", "x", "fr", "400", "", "", "", "", "", "", ""],
]);
const BAD_DAILY = csv(ENGAGEMENT_CSV_HEADER, [
  ["2014-07-10", "x", "", "1000", "", "", "", "", "", "", ""],
  ["2014-07-11", "myspace", "", "-5", "", "", "", "", "", "", ""],
]);
const PERIOD = { from: "2014-07-01", to: "2014-07-03", channels: ["x"] };

async function dailyRows(database: Database): Promise<number> {
  const row = await database.db
    .selectFrom("engagementDaily")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: POST /api/imports/engagement`, () => {
    let database: TestDatabase;
    let app: App;
    let staff: string;
    let caller: Caller;

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      // Two months of sample data: enough to see real figures replace it, quick to generate.
      await seedDemo(database.db, { sampleEngagement: { seed: 3, to: "2014-07-31" } });
      app = await appFor(database);
      staff = await loginCookie(app, "staff");
      caller = await callerFor(database, "staff");
    });
    afterAll(async () => {
      await app?.close();
      await database?.drop();
    });

    it("preview of daily metrics: what would change, nothing written", async () => {
      const rows = await dailyRows(database);
      const res = await upload(app, { kind: "engagement", mode: "preview", body: DAILY, cookie: staff });
      expect(res.status).toBe(200);
      expect(res.contentType).toBe("application/x-ndjson");
      expect(res.lines[0]).toEqual({ type: "progress", phase: "validate", done: 4, total: 4 });
      const final = finalLine(res);
      expect(final).toMatchObject({
        type: "preview",
        fileError: null,
        errors: [],
        // The sample rows of x (total and French breakdown) are replaced by real figures.
        counts: { total: 4, create: 0, update: 4, unchanged: 0, rejected: 0, errors: 0 },
      });
      expect(final).not.toHaveProperty("valid");
      expect(await dailyRows(database)).toBe(rows);
    });

    it("commit of daily metrics: the period's totals are real figures (sample: false)", async () => {
      const before = await caller.engagement.totals(PERIOD);
      expect(before.sample).toBe(true);
      const res = await upload(app, {
        kind: "engagement",
        body: DAILY,
        cookie: staff,
        fileName: "daily.csv",
      });
      const final = finalLine(res);
      expect(final).toEqual({
        type: "result",
        importId: expect.any(Number),
        counts: { total: 4, created: 0, updated: 4, unchanged: 0, rejected: 0 },
      });
      const after = await caller.engagement.totals(PERIOD);
      expect(after.sample).toBe(false);
      expect(after.totals).toMatchObject({ impressions: 6000, engagements: 220, videoViews: null });
      expect((await caller.engagement.totals({ ...PERIOD, countryCode: "FR" })).totals.impressions).toBe(400);
      // The rest of the sample data is still sample.
      expect((await caller.engagement.totals({ from: "2014-07-01", to: "2014-07-31" })).sample).toBe(true);
      const [entry] = (await caller.imports.list()).data;
      expect(entry).toMatchObject({ id: final.importId, kind: "engagement", fileName: "daily.csv" });

      const again = finalLine(await upload(app, { kind: "engagement", body: DAILY, cookie: staff }));
      expect(again).toMatchObject({ type: "result", counts: { created: 0, updated: 0, unchanged: 4 } });
    });

    it("a file with a bad row → `rejected` with every problem, nothing written", async () => {
      const rows = await dailyRows(database);
      const before = await caller.engagement.totals({ from: "2014-07-10", to: "2014-07-11" });
      const res = await upload(app, { kind: "engagement", body: BAD_DAILY, cookie: staff });
      const final = finalLine(res);
      expect(final).toMatchObject({ type: "rejected", fileError: null, counts: { total: 2, rejected: 1 } });
      expect(final.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            line: 3,
            column: "channel",
            message: 'Unknown channel "myspace"',
            code: "import.row.unknown_channel",
          }),
          expect.objectContaining({ line: 3, column: "impressions" }),
        ]),
      );
      expect(res.lines.some((l) => l.phase === "commit")).toBe(false);
      expect(await dailyRows(database)).toBe(rows);
      expect(await caller.engagement.totals({ from: "2014-07-10", to: "2014-07-11" })).toEqual(before);
      expect((await caller.imports.list()).data[0]).toMatchObject({ kind: "engagement", status: "rejected" });
    });

    it("a posts file (told apart by its header) commits; the posts are listed, linked and not sample", async () => {
      const op = await database.db
        .selectFrom("operations")
        .select(["id", "name", "editionYear"])
        .orderBy("id")
        .executeTakeFirstOrThrow();
      const posts = csv(POSTS_CSV_HEADER, [
        [
          "2024-05-01T09:30:00Z",
          "x",
          "We #TurnBackCrime",
          "https://example.org/p/1",
          "100",
          "5",
          "1",
          "",
          "",
          "",
        ],
        [
          "2024-05-02T10:00:00+02:00",
          "facebook",
          '"Results of the operation, in brief"',
          "",
          "300",
          "",
          "",
          "40",
          `"${op.name}"`,
          String(op.editionYear),
        ],
      ]);
      const final = finalLine(await upload(app, { kind: "engagement", body: posts, cookie: staff }));
      expect(final).toMatchObject({ type: "result", counts: { total: 2, created: 2 } });
      const listed = await caller.posts.list({
        filters: [{ field: "isSample", operator: "eq", value: false }],
        sorters: [{ field: "postedAt", order: "asc" }],
      });
      expect(listed.total).toBe(2);
      expect(listed.data[0]).toMatchObject({ channel: "x", text: "We #TurnBackCrime", impressions: 100 });
      expect(listed.data[1]).toMatchObject({
        channel: "facebook",
        text: "Results of the operation, in brief",
        url: null,
        operationId: op.id,
        operationName: op.name,
        isSample: false,
      });
      expect((await caller.imports.list()).data[0]).toMatchObject({ kind: "posts", status: "committed" });
    });

    it("a header of neither kind → `rejected` naming both headers", async () => {
      const final = finalLine(
        await upload(app, { kind: "engagement", body: "a,b\r\n1,2\r\n", cookie: staff }),
      );
      expect(final.type).toBe("rejected");
      expect(final.fileError).toMatch(/daily metrics.*posts/);
    });

    it("unknown kind → 404 JSON, before anything else is looked at; a viewer → 403", async () => {
      for (const cookie of [staff, undefined]) {
        const res = await upload(app, { kind: "agencies", body: DAILY, cookie });
        expect([res.status, res.json]).toEqual([
          404,
          {
            statusCode: 404,
            error: "Not Found",
            message: "Not found",
            coded: { code: "not_found.page", params: {} },
          },
        ]);
      }
      const nested = await upload(app, { kind: "engagement/extra", body: DAILY, cookie: staff });
      expect(nested.status).toBe(404);
      const viewer = await upload(app, {
        kind: "engagement",
        body: DAILY,
        cookie: await loginCookie(app, "viewer"),
      });
      expect([viewer.status, viewer.json?.message]).toEqual([403, "This needs the staff role or higher."]);
    });
  });
}
