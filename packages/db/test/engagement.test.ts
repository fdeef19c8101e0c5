import { ENGAGEMENT_CSV_HEADER, MAX_SERIES_POINTS, POSTS_CSV_HEADER } from "@tbc/types";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dayBucket } from "../src/dialect";
import { engagementSeries, engagementTotals } from "../src/engagement/engagement.repository";
import { chooseGranularity } from "../src/engagement/granularity";
import { generateSampleEngagement } from "../src/engagement/sample-generator";
import { ImportRejectedError } from "../src/imports/csv";
import { commitEngagementImport, previewEngagementImport } from "../src/imports/engagement-import";
import { listPosts } from "../src/posts/posts.repository";
import { seedDemo } from "../src/seed/seed";
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from "../src/testing";

const TO = "2024-12-31";

describe("sample generator", () => {
  const total = (seed: number) => {
    let impressions = 0;
    let rows = 0;
    for (const r of generateSampleEngagement({ seed, to: "2015-12-31", announcements: ["2015-05-15"] })) {
      impressions += r.impressions ?? 0;
      rows++;
    }
    return { impressions, rows };
  };

  it("is deterministic: the same seed gives the same rows, another seed other figures", () => {
    expect(total(7)).toEqual(total(7));
    expect(total(8).impressions).not.toBe(total(7).impressions);
    expect(total(8).rows).toBe(total(7).rows);
  });

  it("flags every row as sample, weekends quieter and announcement days louder", () => {
    const x = [
      ...generateSampleEngagement({ seed: 1, to: "2015-12-31", announcements: ["2015-05-15"] }),
    ].filter((r) => r.channel === "x" && r.countryCode === "");
    expect(x.every((r) => r.isSample === 1)).toBe(true);
    const mean = (rows: typeof x) => rows.reduce((s, r) => s + (r.impressions ?? 0), 0) / rows.length;
    const weekday = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay();
    const q = x.filter((r) => r.day >= "2015-09-01" && r.day <= "2015-10-31");
    expect(mean(q.filter((r) => weekday(r.day) % 6 === 0))).toBeLessThan(
      mean(q.filter((r) => weekday(r.day) % 6 !== 0)),
    );
    const around = x.filter((r) => r.day >= "2015-05-08" && r.day <= "2015-05-14");
    expect(x.find((r) => r.day === "2015-05-15")?.impressions).toBeGreaterThan(1.8 * mean(around));
  });

  it("chooses day, week or month from the range and never exceeds the point bound", () => {
    expect(chooseGranularity("2024-01-01", "2024-01-31")).toBe("day");
    expect(chooseGranularity("2023-01-01", "2024-06-30")).toBe("week");
    expect(chooseGranularity("2014-06-05", "2024-12-31")).toBe("month");
    expect(chooseGranularity("2014-06-05", "2024-12-31", "day")).toBe("week");
    expect(chooseGranularity("2024-01-01", "2024-01-31", "month")).toBe("month");
  });
});

for (const dialect of TEST_DIALECTS) {
  describe(`engagement on ${dialect}`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      await seedDemo(t.db, { sampleEngagement: { seed: 42, to: TO } });
    });
    afterAll(() => t.drop());

    it("buckets ISO weeks from Monday and months from the 1st", async () => {
      const b = async (g: "week" | "month", day: string) =>
        (await sql<{ b: string }>`select ${dayBucket(t.db, g, sql`${day}`)} as b`.execute(t.db)).rows[0]?.b;
      expect(await b("week", "2023-12-31")).toBe("2023-12-25");
      expect(await b("week", "2024-01-01")).toBe("2024-01-01");
      expect(await b("week", "2024-01-07")).toBe("2024-01-01");
      expect(await b("month", "2024-02-29")).toBe("2024-02-01");
    });

    it("weekly and monthly rollups equal the sum of the daily rows", async () => {
      const f = { from: "2020-01-06", to: "2020-06-28", channels: ["x"] };
      const sum = (s: { points: { value: number | null }[] }) =>
        s.points.reduce((a, p) => a + (p.value ?? 0), 0);
      const daily = await engagementSeries(t.db, f, "impressions", "day");
      const weekly = await engagementSeries(t.db, f, "impressions", "week");
      const monthly = await engagementSeries(t.db, f, "impressions", "month");
      expect(daily.granularity).toBe("day");
      expect(weekly.points).toHaveLength(25);
      expect(sum(weekly)).toBe(sum(daily));
      expect(sum(monthly)).toBe(sum(daily));
      const { rows } = await sql<{ s: number }>`select sum(impressions) as s from engagement_daily
        where channel = 'x' and country_code = '' and day between '2020-01-06' and '2020-06-28'`.execute(
        t.db,
      );
      expect(sum(daily)).toBe(Number(rows[0]?.s));
    });

    it("never sends a chart more than the point bound per series, whatever the range", async () => {
      const s = await engagementSeries(t.db, { from: "2014-06-05", to: TO }, "impressions", "day");
      expect(s).toMatchObject({ granularity: "week", requested: "day", sample: true });
      const perChannel = new Map<string, number>();
      for (const p of s.points) perChannel.set(p.channel, (perChannel.get(p.channel) ?? 0) + 1);
      expect(Math.max(...perChannel.values())).toBeLessThanOrEqual(MAX_SERIES_POINTS);
    });

    it("reports a metric a channel does not have as null, not zero", async () => {
      const s = await engagementSeries(
        t.db,
        { from: "2024-01-01", to: "2024-01-07", channels: ["press"] },
        "videoViews",
      );
      expect(s.points.every((p) => p.value === null)).toBe(true);
    });

    it("imports real daily figures all or nothing, idempotently, replacing the sample rows", async () => {
      const csv = (rows: string[]) => `${ENGAGEMENT_CSV_HEADER.join(",")}\n${rows.join("\n")}\n`;
      const good = csv([
        "2024-03-01,x,,1000,800,50,10,,5,20,",
        "2024-03-02,x,,1200,900,60,12,,6,25,",
        "2024-03-01,x,FR,300,,20,,,,,",
      ]);
      const bad = csv([
        "2024-03-01,x,,1000,800,50,10,,5,20,",
        "2024-03-02,tiktok,,1,1,1,1,,1,1,",
        "2024-03-03,x,ZZ,-5,,,,,,,",
      ]);
      const preview = await previewEngagementImport(t.db, bad);
      expect(preview.errors.map((e) => [e.line, e.column])).toEqual([
        [3, "channel"],
        [4, "impressions"],
        [4, "country"],
      ]);
      await expect(
        commitEngagementImport(t.db, bad, { fileName: "bad.csv", actor: { userId: null } }),
      ).rejects.toBeInstanceOf(ImportRejectedError);
      const before = await engagementTotals(t.db, { from: "2024-03-01", to: "2024-03-02", channels: ["x"] });
      expect(before.sample).toBe(true);
      const first = await commitEngagementImport(t.db, good, { fileName: "x.csv", actor: { userId: null } });
      expect(first.counts).toMatchObject({ updated: 3, created: 0 }); // all three replace sample rows
      const after = await engagementTotals(t.db, { from: "2024-03-01", to: "2024-03-02", channels: ["x"] });
      expect(after).toMatchObject({
        sample: false,
        totals: { impressions: 2200, engagements: 110, hashtagMentions: 45 },
      });
      const again = await commitEngagementImport(t.db, good, { fileName: "x.csv", actor: { userId: null } });
      expect(again.counts).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
      const { rows } = await sql<{ n: number }>`select count(*) as n from engagement_daily
        where channel = 'x' and day between '2024-03-01' and '2024-03-02'`.execute(t.db);
      expect(Number(rows[0]?.n)).toBe(3); // sample breakdown rows of those days are gone too
    });

    it("imports posts linked to an operation, and lists them by any metric", async () => {
      const file = `${POSTS_CSV_HEADER.join(",")}\n2024-05-02T09:00:00Z,x,"Operation Pangea: 769 arrests, #TurnBackCrime",https://x.com/INTERPOL_HQ/status/1,90000,4000,700,,Operation Pangea XVI,2023\n`;
      const result = await commitEngagementImport(t.db, file, {
        fileName: "posts.csv",
        actor: { userId: null },
      });
      expect(result.counts.created).toBe(1);
      const { data } = await listPosts(t.db, {
        sorters: [{ field: "impressions", order: "desc" }],
        filters: [{ field: "isSample", operator: "eq", value: false }],
      });
      expect(data[0]).toMatchObject({
        impressions: 90000,
        operationName: "Operation Pangea XVI",
        isSample: false,
      });
      const wrong = file.replace("Operation Pangea XVI,2023", "Operation Nowhere,2023");
      const preview = await previewEngagementImport(t.db, wrong);
      expect(preview.errors[0]).toMatchObject({ line: 2, column: "operation" });
    });
  });
}
