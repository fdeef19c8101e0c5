/**
 * `tsx bench/rollups.ts <DATABASE_URL> [runs] [schema]`: the overview's aggregates on a loaded database
 * (`pnpm tbc seed --scale N`), read through the repositories (rollups, generated columns) against the
 * same figures computed by hand from the detail rows (test/rollups.detail.ts), p50/p95 ms each.
 * Checks that both give the same answer before timing them.
 */
import { performance } from "node:perf_hooks";
import { isDeepStrictEqual } from "node:util";
import { CAMPAIGN_LAUNCH, type OverviewFilters } from "@tbc/types";
import { openDatabase } from "../src/database";
import { engagementSeries, engagementTotals } from "../src/engagement/engagement.repository";
import { outcomesByYear } from "../src/outcomes/outcomes.repository";
import { overviewKpis, overviewMap } from "../src/overview/overview.repository";
import { kpisByHand, mapByHand, seriesByHand, totalsByHand } from "../test/rollups.detail";

const [url, runsArg, schema] = process.argv.slice(2);
if (!url) throw new Error("usage: tsx bench/rollups.ts <DATABASE_URL> [runs]");
const RUNS = Number(runsArg ?? 15);
const today = new Date().toISOString().slice(0, 10);

const views: { name: string; f: OverviewFilters }[] = [
  { name: "all time", f: { from: CAMPAIGN_LAUNCH, to: today } },
  { name: "2020", f: { from: "2020-01-01", to: "2020-12-31" } },
  { name: "2020-03-10..2020-05-20, FR", f: { from: "2020-03-10", to: "2020-05-20", countryCode: "FR" } },
];

/**
 * Wall time p50/p95 and, for SQLite (which runs in this process), the CPU time p50: on a shared
 * machine the wall time mostly measures the neighbours, the CPU time the work done.
 */
async function times(fn: () => Promise<unknown>): Promise<{ p50: number; p95: number; cpu: number }> {
  await fn();
  const t: number[] = [];
  const c: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    t.push(performance.now() - t0);
    const used = process.cpuUsage(c0);
    c.push((used.user + used.system) / 1000);
  }
  const at = (xs: number[], q: number) =>
    xs.sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? Number.NaN;
  return { p50: at(t, 0.5), p95: at(t, 0.95), cpu: at(c, 0.5) };
}

const database = openDatabase(url, schema ? { searchPath: schema } : {});
const db = database.db;
const rows: Record<string, string>[] = [];
try {
  for (const { name, f } of views) {
    const years = { yearFrom: Number(f.from.slice(0, 4)), yearTo: Number(f.to.slice(0, 4)) };
    const calls: [string, () => Promise<unknown>, () => Promise<unknown>][] = [
      ["overview.kpis", () => overviewKpis(db, f), () => kpisByHand(db, f)],
      ["overview.map agencies", () => overviewMap(db, f, "agencies"), () => mapByHand(db, f, "agencies")],
      [
        "overview.map operations",
        () => overviewMap(db, f, "operations"),
        () => mapByHand(db, f, "operations"),
      ],
      [
        "engagement.series impressions",
        () => engagementSeries(db, f, "impressions"),
        () => seriesByHand(db, f, "impressions"),
      ],
      ["engagement.totals", () => engagementTotals(db, f), () => totalsByHand(db, f)],
      [
        "outcomes.byYear (unchanged)",
        () => outcomesByYear(db, { ...years, figure: "arrests" }),
        async () => null,
      ],
    ];
    for (const [call, app, detail] of calls) {
      const [a, d] = [await app(), await detail()];
      if (d !== null && !isDeepStrictEqual(a, d))
        throw new Error(`${call} (${name}) differs from the detail rows`);
      const ta = await times(app);
      const td = d === null ? null : await times(detail);
      const fmt = (x: { p50: number; p95: number; cpu: number }) =>
        `${x.p50.toFixed(1)} / ${x.p95.toFixed(1)} (cpu ${x.cpu.toFixed(1)})`;
      rows.push({
        view: name,
        call,
        "rollups p50 / p95 (cpu p50) ms": fmt(ta),
        "detail rows p50 / p95 (cpu p50) ms": td ? fmt(td) : "",
        "speed (p50)": td ? `${(td.p50 / ta.p50).toFixed(1)}×` : "",
      });
      process.stderr.write(".");
    }
  }
} finally {
  await database.close();
}
process.stderr.write("\n");
console.log(database.describe);
console.table(rows);
