import { createHash } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DialectName } from "../src/database";
import { FieldError } from "../src/errors";
import { overviewKpis } from "../src/overview/overview.repository";
import type { Executor } from "../src/schema";
import { type ScaleSeedReport, seedScale } from "../src/seed/scale";
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from "../src/testing";
import { operationMonthsDifferences } from "./rollups.detail";

const SCALE = 0.01;

/** One digest per table over every generated column, in key order (ids included: they are deterministic too). */
async function checksums(db: Executor): Promise<Record<string, string>> {
  const digest = (rows: unknown[]) => createHash("sha256").update(JSON.stringify(rows)).digest("hex");
  const tables = {
    agencies: sql`select name, name_key, acronym, country_code, kind, status, pledged_on, website, notes, created_at from agencies order by id`,
    operations: sql`select id, name, edition_year, period_start, period_end, crime_area, region, countries_count, raids, arrests, under_investigation, seized_value_usd, reliability, announced_on, created_at from operations order by id`,
    operationCountries: sql`select operation_id, country_code from operation_countries order by operation_id, country_code`,
    seizures: sql`select operation_id, category, quantity, unit, value_usd, country_code from seizures order by id`,
    channels: sql`select code, label from channels order by code`,
    engagement: sql`select day, channel, country_code, impressions, reach, engagements, shares, video_views, new_followers, hashtag_mentions, site_visits from engagement_daily order by day, channel, country_code`,
  };
  const out: Record<string, string> = {};
  for (const [name, query] of Object.entries(tables)) {
    const rows = (await query.execute(db)).rows as Record<string, unknown>[];
    out[name] = digest(rows.map((r) => Object.values(r).map((v) => (v === null ? null : String(v)))));
  }
  return out;
}

const count = async (db: Executor, table: string, where = sql`1 = 1`) =>
  Number(
    (await sql<{ n: number }>`select count(*) as n from ${sql.table(table)} where ${where}`.execute(db))
      .rows[0]?.n,
  );

const byDialect = new Map<DialectName, Record<string, string>>();

for (const dialect of TEST_DIALECTS) {
  describe(`seed --scale (${dialect})`, () => {
    let first: TestDatabase;
    let second: TestDatabase;
    let report: ScaleSeedReport;
    const lines: string[] = [];

    beforeAll(async () => {
      first = await createTestDatabase(dialect);
      second = await createTestDatabase(dialect);
      report = await seedScale(first.db, { scale: SCALE, log: (l) => lines.push(l) });
      await seedScale(second.db, { scale: SCALE, demoAccounts: false });
    }, 180_000);
    afterAll(async () => {
      await first?.drop();
      await second?.drop();
    });

    it("loads the sizes of the scale: 1/100 of 10,000 agencies, 2,000 operations, 200,000 seizures, 2M engagement rows", async () => {
      expect(await count(first.db, "agencies")).toBe(100);
      expect(await count(first.db, "operations")).toBe(20);
      expect(await count(first.db, "seizures")).toBe(2000);
      const engagement = await count(first.db, "engagement_daily");
      expect(engagement).toBe(report.engagementRows);
      expect(engagement).toBeGreaterThanOrEqual(20_000);
      expect(engagement).toBeLessThan(22_000);
      expect(await count(first.db, "operation_countries")).toBe(report.operationCountries);
      expect(await count(first.db, "users")).toBe(4);
      expect(report).toMatchObject({ agencies: 100, operations: 20, seizures: 2000, users: 4 });
      expect(lines.some((l) => /engagement rows .* rows\/s/.test(l))).toBe(true);
    });

    if (dialect === "postgres")
      it("leaves the loaded tables vacuumed and analysed (no autovacuum left to run during first use)", async () => {
        const { rows } = await sql<{ relname: string; vacuumed: boolean; analysed: boolean }>`
          select relname, last_vacuum is not null as vacuumed, last_analyze is not null as analysed
          from pg_stat_user_tables where schemaname = current_schema()
            and relname in ('agencies', 'seizures', 'operation_countries', 'engagement_daily')`.execute(
          first.db,
        );
        expect(rows).toHaveLength(4);
        for (const r of rows) expect(r, r.relname).toMatchObject({ vacuumed: true, analysed: true });
      });

    it("spreads operations over countries and every engagement channel has its daily total", async () => {
      expect(await count(first.db, "operation_countries")).toBeGreaterThan(20);
      const totals = await sql<{ channel: string; n: number }>`
        select channel, count(*) as n from engagement_daily where country_code = '' group by channel`.execute(
        first.db,
      );
      expect(totals.rows.length).toBe(report.channels);
      expect(await count(first.db, "engagement_daily", sql`country_code <> ''`)).toBeGreaterThan(0);
      // The bulk-loaded operations are in their monthly rollup.
      expect(await count(first.db, "operation_months")).toBeGreaterThan(0);
      expect(await operationMonthsDifferences(first.db)).toBe(0);
    });

    it("is deterministic: two loads of the same scale give identical rows", async () => {
      const a = await checksums(first.db);
      expect(await checksums(second.db)).toEqual(a);
      byDialect.set(dialect, a);
    });

    it("labels every generated row as sample data", async () => {
      expect(await count(first.db, "engagement_daily", sql`is_sample <> 1`)).toBe(0);
      expect(await count(first.db, "agencies", sql`notes not like 'Generated sample data%'`)).toBe(0);
      expect(await count(first.db, "operations", sql`caveats not like 'Generated sample data%'`)).toBe(0);
      expect(await count(first.db, "operations", sql`source_title not like 'Generated sample data%'`)).toBe(
        0,
      );
      const kpis = await overviewKpis(first.db, { from: "2014-06-05", to: "2025-12-31" });
      expect(kpis.current.engagementSample).toBe(true);
      expect(kpis.current.agencies).toBeGreaterThan(50);
      expect(kpis.current.operations).toBeGreaterThan(0);
    });

    it("refuses a database that has data, and a scale out of range", async () => {
      await expect(seedScale(first.db, { scale: SCALE })).rejects.toThrow(/only into an empty database/);
      await expect(seedScale(second.db, { scale: 0 })).rejects.toBeInstanceOf(FieldError);
      await expect(seedScale(second.db, { scale: 11 })).rejects.toThrow(/from 0.001 to 10/);
      await expect(seedScale(second.db, { scale: Number.NaN })).rejects.toThrow(/must be a number/);
    });
  });
}

if (TEST_DIALECTS.length > 1) {
  describe("seed --scale on both dialects", () => {
    it("writes the same rows on SQLite and PostgreSQL", () => {
      expect(byDialect.get("postgres")).toEqual(byDialect.get("sqlite"));
    });
  });
}
