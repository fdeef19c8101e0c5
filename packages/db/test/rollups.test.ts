import {
  ENGAGEMENT_CSV_HEADER,
  type EngagementFilters,
  GRANULARITIES,
  OPERATIONS_CSV_HEADER,
  type OverviewFilters,
  REGIONS,
  SERIES_METRICS,
  ZAgencyValues,
  ZOperationValues,
} from "@tbc/types";
import fc from "fast-check";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agenciesByCountry } from "../src/agencies/agencies.by-country";
import { approveAgency, createAgency, deleteAgency, updateAgency } from "../src/agencies/agencies.repository";
import { createChannel } from "../src/channels/channels.repository";
import { engagementSeries, engagementTotals } from "../src/engagement/engagement.repository";
import { splitPeriod } from "../src/engagement/engagement.rollup";
import { commitEngagementImport } from "../src/imports/engagement-import";
import { commitOperationsImport } from "../src/imports/operations-commit";
import {
  createOperation,
  deleteOperation,
  listCrimeAreas,
  updateOperation,
} from "../src/operations/operations.repository";
import { outcomesByYear } from "../src/outcomes/outcomes.repository";
import { overviewKpis, overviewMap } from "../src/overview/overview.repository";
import { seedDemo } from "../src/seed/seed";
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from "../src/testing";
import {
  agenciesByCountryByHand,
  crimeAreasByHand,
  kpisByHand,
  mapByHand,
  operationMonthsDifferences,
  outcomesByYearByHand,
  seriesByHand,
  totalsByHand,
} from "./rollups.detail";

/**
 * Every overview figure read through the rollups and generated columns equals the same figure
 * computed by hand from the detail rows, for random filters, after every kind of write.
 */

const actor = { userId: null };
const COUNTRIES = ["FR", "BR", "KE", "US", "DE"];
const CHANNELS = ["x", "facebook", "press", "rollup-test"];
const day = fc
  .integer({ min: Date.UTC(2013, 10, 1), max: Date.UTC(2016, 2, 31) })
  .map((t) => new Date(t - (t % 86_400_000)).toISOString().slice(0, 10));
const period = fc.tuple(day, day).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const overviewFilters: fc.Arbitrary<OverviewFilters> = fc
  .record({
    period,
    region: maybe(fc.constantFrom(...REGIONS)),
    countryCode: maybe(fc.constantFrom(...COUNTRIES)),
    crimeAreas: maybe(fc.subarray(["pharmaceuticals", "food", "drugs", "illicit goods/counterfeiting"])),
    channels: maybe(fc.subarray(CHANNELS)),
  })
  .map(({ period: p, ...rest }) => strip({ ...p, ...rest }));
const engagementFilters: fc.Arbitrary<EngagementFilters> = fc
  .record({
    period,
    countryCode: maybe(fc.constantFrom(...COUNTRIES)),
    channels: maybe(fc.subarray(CHANNELS)),
  })
  .map(({ period: p, ...rest }) => strip({ ...p, ...rest }));

function strip<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

type Row = { day: string; channel: string; country: string; values: (number | null)[] };
const metric = fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null, freq: 3 });
const engagementRows = fc.uniqueArray(
  fc.record({
    day,
    channel: fc.constantFrom(...CHANNELS),
    country: fc.constantFrom("", ...COUNTRIES),
    values: fc.array(metric, { minLength: 8, maxLength: 8 }),
  }),
  { minLength: 1, maxLength: 40, selector: (r: Row) => `${r.day}|${r.channel}|${r.country}` },
);
const engagementCsv = (rows: Row[]) =>
  `${ENGAGEMENT_CSV_HEADER.join(",")}\n${rows
    .map((r) => [r.day, r.channel, r.country, ...r.values.map((v) => v ?? "")].join(","))
    .join("\n")}\n`;

async function expectOverviewExact(t: TestDatabase, f: OverviewFilters) {
  expect(await overviewKpis(t.db, f)).toEqual(await kpisByHand(t.db, f));
  for (const layer of ["agencies", "operations"] as const)
    expect(await overviewMap(t.db, f, layer)).toEqual(await mapByHand(t.db, f, layer));
}

const FIGURES = ["raids", "arrests", "underInvestigation", "seizedValueUsd"] as const;
const year = fc.integer({ min: 2012, max: 2017 });
const outcomeFilters = fc
  .record({
    years: maybe(fc.tuple(maybe(year), maybe(year))),
    period: maybe(period),
    crimeAreas: maybe(fc.subarray(["pharmaceuticals", "food", "drugs", "illicit goods/counterfeiting"])),
    figure: fc.constantFrom(...FIGURES),
  })
  .map(({ years, period: p, ...rest }) =>
    strip({
      ...rest,
      ...p,
      yearFrom:
        years?.[0] !== undefined && years[1] !== undefined ? Math.min(years[0], years[1]) : years?.[0],
      yearTo: years?.[0] !== undefined && years[1] !== undefined ? Math.max(years[0], years[1]) : years?.[1],
    }),
  );

/** The outcomes by year (the rollup's whole months and edge days), and the crime areas' counts. */
async function expectOutcomesExact(t: TestDatabase, f: Parameters<typeof outcomesByYearByHand>[1]) {
  expect(await outcomesByYear(t.db, f)).toEqual(await outcomesByYearByHand(t.db, f));
}

async function expectEngagementExact(
  t: TestDatabase,
  f: EngagementFilters,
  m: (typeof SERIES_METRICS)[number],
) {
  for (const g of [undefined, ...GRANULARITIES])
    expect(await engagementSeries(t.db, f, m, g)).toEqual(await seriesByHand(t.db, f, m, g));
  expect(await engagementTotals(t.db, f)).toEqual(await totalsByHand(t.db, f));
}

/** Random filters, checked against the detail rows; few runs, so that it stays in seconds. */
async function checkEverything(t: TestDatabase, runs = 6) {
  // Whole months and whole years (the rollups alone), and up to today (the open month from the rows).
  for (const f of [
    { from: "2015-01-01", to: "2015-06-30" },
    { from: "2014-06-05", to: new Date().toISOString().slice(0, 10) },
  ]) {
    await expectOverviewExact(t, f);
    await expectEngagementExact(t, f, "engagementRate");
  }
  await fc.assert(
    fc.asyncProperty(overviewFilters, (f) => expectOverviewExact(t, f)),
    { numRuns: runs },
  );
  await fc.assert(
    fc.asyncProperty(engagementFilters, fc.constantFrom(...SERIES_METRICS), (f, m) =>
      expectEngagementExact(t, f, m),
    ),
    { numRuns: runs },
  );
  for (const figure of FIGURES) {
    await expectOutcomesExact(t, { figure });
    await expectOutcomesExact(t, { figure, yearFrom: 2014, yearTo: 2016 });
  }
  await fc.assert(
    fc.asyncProperty(outcomeFilters, (f) => expectOutcomesExact(t, f)),
    { numRuns: runs },
  );
  expect(await listCrimeAreas(t.db)).toEqual(await crimeAreasByHand(t.db));
  expect(await operationMonthsDifferences(t.db)).toBe(0);
  // The rollup holds exactly what a recomputation from the daily rows gives.
  const { rows } = await sql<{ n: number }>`select count(*) as n from (
      select substr(day, 1, 7) || '-01' as month, channel, country_code, sum(impressions) as i,
        sum(site_visits) as v, count(*) as days, max(is_sample) as s
      from engagement_daily group by substr(day, 1, 7) || '-01', channel, country_code
      except
      select month, channel, country_code, impressions, site_visits, days, is_sample from engagement_monthly
    ) d`.execute(t.db);
  expect(Number(rows[0]?.n)).toBe(0);
  for (const [grain, length] of [
    ["y", 4],
    ["m", 7],
  ] as const) {
    const agencies = await sql<{ n: number }>`select count(*) as n from (
        select status, coalesce(substr(pledged_on, 1, ${sql.lit(length)}), '') as p, coalesce(country_code, '') as cc,
          count(*) as n from agencies group by 1, 2, 3
        except
        select status, period, country_code, agencies from agency_counts where grain = ${grain}
      ) d`.execute(t.db);
    expect(Number(agencies.rows[0]?.n)).toBe(0);
  }
  expect(await agenciesByCountry(t.db)).toEqual(await agenciesByCountryByHand(t.db));
}

describe("splitPeriod", () => {
  it("reads whole months from the rollup and the edges from the daily rows", () => {
    expect(splitPeriod("2024-01-01", "2024-12-31")).toEqual({
      months: ["2024-01-01", "2024-12-01"],
      days: [],
    });
    expect(splitPeriod("2024-01-15", "2024-03-10")).toEqual({
      months: ["2024-02-01", "2024-02-01"],
      days: [
        ["2024-01-15", "2024-01-31"],
        ["2024-03-01", "2024-03-10"],
      ],
    });
    expect(splitPeriod("2024-02-02", "2024-02-28")).toEqual({
      months: null,
      days: [["2024-02-02", "2024-02-28"]],
    });
    expect(splitPeriod("2024-02-01", "2024-02-29")).toEqual({
      months: ["2024-02-01", "2024-02-01"],
      days: [],
    });
  });
});

for (const dialect of TEST_DIALECTS) {
  describe(`rollups equal the detail rows on ${dialect}`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      await seedDemo(t.db, { sampleEngagement: { seed: 9, to: "2015-09-30" } });
      await createChannel(t.db, { code: "rollup-test", label: "Rollup test" }, actor);
    });
    afterAll(() => t.drop());

    it("after the demo seed", async () => {
      await checkEverything(t, 10);
    });

    it("after engagement imports and re-imports of random rows", async () => {
      await fc.assert(
        fc.asyncProperty(engagementRows, engagementRows, async (first, second) => {
          await commitEngagementImport(t.db, engagementCsv(first), { fileName: "a.csv", actor });
          await commitEngagementImport(t.db, engagementCsv(first), { fileName: "a.csv", actor });
          await commitEngagementImport(t.db, engagementCsv(second), { fileName: "b.csv", actor });
          await checkEverything(t, 2);
        }),
        { numRuns: 4 },
      );
    });

    it("after agencies are created, approved, updated and deleted", async () => {
      const values = (over: object) =>
        ZAgencyValues.parse({ name: "Rollup Police", countryCode: "KE", kind: "national_police", ...over });
      const a = await createAgency(t.db, values({ pledgedOn: "2015-03-04" }), actor);
      const b = await createAgency(
        t.db,
        values({ name: "Rollup Customs", countryCode: null }),
        actor,
        "active",
      );
      await checkEverything(t, 3);
      const approved = await approveAgency(t.db, a.id, a.version, actor);
      await updateAgency(t.db, b.id, b.version, values({ name: "Rollup Customs", countryCode: "BR" }), actor);
      await checkEverything(t, 3);
      await updateAgency(
        t.db,
        a.id,
        approved.version,
        values({ pledgedOn: "2014-01-20", countryCode: "FR" }),
        actor,
      );
      await deleteAgency(t.db, b.id, actor);
      await checkEverything(t, 3);
    });

    it("after operations are created, updated and deleted", async () => {
      const values = (over: object) =>
        ZOperationValues.parse({
          name: "Operation Rollup",
          editionYear: 2015,
          crimeArea: "food",
          countryCodes: ["FR", "KE"],
          countriesCount: null,
          raids: null,
          arrests: 12,
          underInvestigation: null,
          seizedValueUsd: 5000,
          ...over,
        });
      const o = await createOperation(t.db, values({ periodStart: "2015-02", periodEnd: "2015-04" }), actor);
      const p = await createOperation(t.db, values({ name: "Operation Rollup II", arrests: null }), actor);
      await checkEverything(t, 3);
      await updateOperation(
        t.db,
        o.id,
        o.version,
        values({ periodStart: null, periodEnd: null, countryCodes: ["US"] }),
        actor,
      );
      await deleteOperation(t.db, p.id, actor);
      await checkEverything(t, 3);
      // A figure alone (same month and crime area), then the crime area alone, then the last one gone.
      const q = await createOperation(
        t.db,
        values({ name: "Operation Rollup III", editionYear: 2013 }),
        actor,
      );
      const q2 = await updateOperation(t.db, q.id, q.version, { arrests: 7, raids: 3 }, actor);
      await checkEverything(t, 2);
      await updateOperation(t.db, q.id, q2.version, { crimeArea: "drugs", seizedValueUsd: null }, actor);
      await checkEverything(t, 2);
      await deleteOperation(t.db, q.id, actor);
      await checkEverything(t, 2);
    });

    it("after operations imports", async () => {
      const header = OPERATIONS_CSV_HEADER.join(",");
      const file = (arrests: string) =>
        `${header}\nOperation Rollup Import,2015,2015-01/2015-03,drugs,Africa,2,"Kenya; Brazil",,${arrests},,,,Press release 12 March 2015,https://example.org/r\n`;
      await commitOperationsImport(t.db, file("40"), { fileName: "o.csv", actor });
      await checkEverything(t, 3);
      await commitOperationsImport(t.db, file(""), { fileName: "o.csv", actor });
      await checkEverything(t, 3);
    });

    it("after operations imports written in batches: many new operations in one month and area, then updates", async () => {
      const header = OPERATIONS_CSV_HEADER.join(",");
      const areas = ["drugs", "pharmaceuticals", "firearms"];
      // 23 rows in batches of 5: several share a (month, crime area), figures known and unknown.
      const file = (shift: number) =>
        `${header}\n${Array.from({ length: 23 }, (_, i) => {
          const month = `2016-0${1 + ((i + shift) % 3)}`;
          const figure = (k: number) => ((i + shift) % k ? String(10 * i + shift) : "");
          return `Operation Batch ${i},2016,${month},${areas[i % 3]},Europe,1,France,${figure(2)},${figure(3)},${figure(4)},,${figure(5)},,`;
        }).join("\n")}\n`;
      const first = await commitOperationsImport(t.db, file(0), { fileName: "b.csv", actor, batchSize: 5 });
      expect(first.counts).toMatchObject({ created: 23 });
      await checkEverything(t, 3);
      // Half the rows move month and change figures: updates take the stored operations' contributions out.
      const again = await commitOperationsImport(t.db, file(1), { fileName: "b.csv", actor, batchSize: 5 });
      expect(again.counts).toMatchObject({ created: 0, updated: 23 });
      await checkEverything(t, 3);
    });
  });
}
