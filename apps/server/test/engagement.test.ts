import { seedDemo } from "@tbc/db";
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from "@tbc/db/testing";
import { DEFAULT_CHANNELS, MAX_SERIES_POINTS } from "@tbc/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, callerFor, trpcError } from "./helpers";

/** Sample engagement up to a fixed day, so that every run sees the same series. */
const SAMPLE = { seed: 7, to: "2024-12-31" };

function pointsPerChannel(points: { channel: string }[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of points) out.set(p.channel, (out.get(p.channel) ?? 0) + 1);
  return out;
}

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: engagement API over the sample data`, () => {
    let database: TestDatabase;
    let viewer: Caller;

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      await seedDemo(database.db, { sampleEngagement: SAMPLE });
      viewer = await callerFor(database, "viewer");
    });
    afterAll(async () => {
      await database?.drop();
    });

    it("series over the whole campaign, asked by day: coarsened to weeks, ≤ MAX_SERIES_POINTS per channel", async () => {
      const series = await viewer.engagement.series({
        filters: { to: SAMPLE.to },
        metric: "impressions",
        granularity: "day",
      });
      expect(series).toMatchObject({
        granularity: "week",
        requested: "day",
        from: "2014-06-05",
        to: SAMPLE.to,
        sample: true,
      });
      const perChannel = pointsPerChannel(series.points);
      expect([...perChannel.keys()].sort()).toEqual([...DEFAULT_CHANNELS].sort());
      for (const n of perChannel.values()) {
        expect(n).toBeLessThanOrEqual(MAX_SERIES_POINTS);
        expect(n).toBeGreaterThan(500); // ten and a half years of weeks
      }
      expect(series.points.some((p) => (p.value ?? 0) > 0)).toBe(true);
    });

    it("one month: daily points (31 per channel), the engagement rate as a fraction", async () => {
      const filters = { from: "2024-03-01", to: "2024-03-31" };
      const series = await viewer.engagement.series({ filters, metric: "impressions", granularity: "day" });
      expect(series).toMatchObject({ granularity: "day", requested: null, sample: true });
      for (const n of pointsPerChannel(series.points).values()) expect(n).toBe(31);
      expect(series.points[0]?.bucket).toBe("2024-03-01");

      const auto = await viewer.engagement.series({
        filters: { ...filters, channels: ["x"] },
        metric: "shares",
      });
      expect(auto.granularity).toBe("day");
      expect(new Set(auto.points.map((p) => p.channel))).toEqual(new Set(["x"]));

      const rate = await viewer.engagement.series({ filters, metric: "engagementRate" });
      const values = rate.points.map((p) => p.value).filter((v): v is number => v !== null);
      expect(values.length).toBeGreaterThan(0);
      for (const v of values) expect(v).toBeGreaterThanOrEqual(0);
      for (const v of values) expect(v).toBeLessThan(1);
    });

    it("totals say the figures are sample data", async () => {
      const totals = await viewer.engagement.totals({ from: "2024-01-01", to: "2024-12-31" });
      expect(totals.sample).toBe(true);
      expect(totals.totals.impressions).toBeGreaterThan(0);
      expect(totals.byChannel.map((c) => c.channel).sort()).toEqual([...DEFAULT_CHANNELS].sort());
      expect(totals.engagementRate).toBeGreaterThan(0);
      // Before the launch there is nothing: no sums, and nothing is sample.
      const before = await viewer.engagement.totals({ from: "2010-01-01", to: "2010-12-31" });
      expect(before).toMatchObject({ sample: false, byChannel: [], engagementRate: null });
      expect(before.totals.impressions).toBeNull();
    });

    it("markers: only the announcements within the period", async () => {
      const all = await viewer.engagement.markers({ from: "2014-01-01", to: SAMPLE.to });
      expect(all.length).toBeGreaterThan(5);
      const from = "2019-01-01";
      const to = "2020-12-31";
      const some = await viewer.engagement.markers({ from, to });
      expect(some.length).toBeGreaterThan(0);
      expect(some.length).toBeLessThan(all.length);
      for (const m of some) {
        expect(m.announcedOn >= from && m.announcedOn <= to).toBe(true);
        expect(m).toEqual({
          id: expect.any(Number),
          name: expect.any(String),
          editionYear: expect.any(Number),
          announcedOn: expect.any(String),
          crimeArea: expect.any(String),
        });
      }
      expect(some).toEqual(all.filter((m) => m.announcedOn >= from && m.announcedOn <= to));
    });

    it("bad input is BAD_REQUEST with field errors", async () => {
      const reversed = await trpcError(viewer.engagement.totals({ from: "2024-02-01", to: "2024-01-01" }));
      expect(reversed.code).toBe("BAD_REQUEST");
      const metric = await trpcError(
        // @ts-expect-error an unknown metric
        viewer.engagement.series({ filters: {}, metric: "likes" }),
      );
      expect(metric.code).toBe("BAD_REQUEST");
    });

    it("channels.list: the reference list in the refine shape, id = code", async () => {
      const channels = await viewer.channels.list();
      expect(channels.total).toBe(DEFAULT_CHANNELS.length);
      expect(channels.data.map((c) => c.id).sort()).toEqual([...DEFAULT_CHANNELS].sort());
      for (const c of channels.data)
        expect(c).toEqual({ id: c.code, code: c.code, label: expect.any(String) });
    });

    it("posts.list: refine list input, the sample posts flagged", async () => {
      const page = await viewer.posts.list({
        pagination: { currentPage: 1, pageSize: 5 },
        filters: [{ field: "channel", operator: "eq", value: "x" }],
        sorters: [{ field: "postedAt", order: "asc" }],
      });
      expect(page.total).toBeGreaterThan(5);
      expect(page.data).toHaveLength(5);
      for (const p of page.data) expect(p).toMatchObject({ channel: "x", isSample: true });
      const times = page.data.map((p) => p.postedAt);
      expect([...times].sort()).toEqual(times);
      const bad = await trpcError(
        viewer.posts.list({ filters: [{ field: "secret", operator: "eq", value: 1 }] }),
      );
      expect(bad.code).toBe("BAD_REQUEST");
    });
  });
}
