/**
 * `pnpm bench` (issue 9, item 4): the overview at scale, one table, each figure beside a baseline
 * measured in the same run on the same data —
 *   - every call the overview page makes (through tRPC) p50/p95 vs the same aggregate in hand-written SQL;
 *   - the growth of the page's p95 from the small to the large scale, vs the hand-written SQL's growth;
 *   - `overview.kpis` req/s and p99 at 50 connections vs a trivial tRPC query vs a bare Fastify
 *     route (autocannon against the real server in its own process);
 *   - an engagement import's rows/s through the real upload endpoint vs a bare bulk insert of the
 *     same rows, and the p99 of other requests while it runs.
 * SQLite always, PostgreSQL when BENCH_DATABASE_URL is set. Scales 1 and 10; `--quick` 0.1 and 1;
 * `--smoke` 0.01 in seconds (what the test runs). `--import-only` measures only the import figures,
 * `--import-rows=N` sets their size (e.g. 4000000). Loaded databases are kept for the next run
 * (`--fresh` loads them again). Progress goes to stderr, the table to stdout. BENCH_CPU_PROFILES=<dir>
 * writes the server's CPU profiles there (load.ts).
 */
import { cpus, loadavg } from "node:os";
import { pathToFileURL } from "node:url";
import type { DialectName } from "@tbc/db";
import { benchDatabase } from "./databases";
import { load, loadDuring, startServer, uploadImport } from "./load";
import {
  BENCH_CHANNELS,
  bareInsert,
  dropBenchChannels,
  importCsv,
  importRows,
  overviewFigures,
  resetBenchChannels,
  signedIn,
} from "./measure";
import { overviewView, PROCEDURES } from "./procedures";
import { BARE_PATH } from "./serve-path";

/** The longer window for a call that answered fewer than 10 times in the normal one. */
const LONG_RUN_SECONDS = 30;

export type BenchMode = "full" | "quick" | "smoke";
export type Row = {
  dialect: string;
  scale: string;
  figure: string;
  value: string;
  baseline: string;
  ratio: string;
};

const SETTINGS = {
  full: { scales: [1, 10], runs: 10, seconds: 10, importRows: 40_000 },
  quick: { scales: [0.1, 1], runs: 5, seconds: 4, importRows: 40_000 },
  // What `pnpm test` runs beside the browser tests on a 2-core machine: every step once, briefly.
  smoke: { scales: [0.01], runs: 1, seconds: 1, importRows: 200 },
} as const;

const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const int = (n: number) => Math.round(n).toLocaleString("en-US");
/** Req/s: a decimal below 10, where the heavy calls are. */
const num = (n: number) => (n < 10 ? n.toFixed(2) : int(n));
const times = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(a / b >= 10 ? 0 : 2)}×` : "n/a");
const percent = (a: number, b: number) => (b > 0 ? `${((100 * a) / b).toFixed(1)} %` : "n/a");

export async function runBench(opts: {
  mode: BenchMode;
  dialects: DialectName[];
  pgUrl?: string;
  fresh?: boolean;
  log?: (line: string) => void;
  /** Rows of the import figure (the mode's own by default). */
  importRows?: number;
  /** Only the import figures (on the smallest data of the mode). */
  importOnly?: boolean;
}): Promise<Row[]> {
  const s = {
    ...SETTINGS[opts.mode],
    ...(opts.importRows ? { importRows: opts.importRows } : {}),
    ...(opts.importOnly ? { scales: [SETTINGS[opts.mode].scales[0]] } : {}),
  };
  const log = opts.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  const rows: Row[] = [];
  for (const dialect of opts.dialects) {
    const pagesP95: { app: number; sql: number }[] = [];
    for (const scale of s.scales) {
      const add = (figure: string, value: string, baseline: string, ratio: string) =>
        rows.push({ dialect, scale: `${scale}`, figure, value, baseline, ratio });
      const db = await benchDatabase(dialect, scale, {
        fresh: opts.fresh ?? false,
        keep: opts.mode !== "smoke",
        ...(opts.pgUrl ? { pgUrl: opts.pgUrl } : {}),
        log,
      });
      let smokeServer: Awaited<ReturnType<typeof startServer>> | undefined;
      let lastServer: Awaited<ReturnType<typeof startServer>> | undefined;
      try {
        if (db.seeded)
          add(
            "load: `seed --scale` (every phase)",
            `${(db.seeded.ms / 1000).toFixed(1)} s`,
            `${int(db.seeded.engagementRows)} engagement rows, ${int(db.seeded.seizures)} seizures`,
            `${int((db.seeded.engagementRows + db.seeded.seizures + db.seeded.agencies) / (db.seeded.ms / 1000))} rows/s`,
          );
        const viewer = await signedIn(db, "viewer");
        // A new server process for each load figure: requests still queued from one run must not
        // slow the next one (the server finishes them even after their clients have gone). The smoke
        // run measures nothing, so it starts one and keeps it (stopped before the database goes).
        const onServer = async <T>(fn: (base: string) => Promise<T>): Promise<T> => {
          if (opts.mode === "smoke") {
            smokeServer ??= await startServer(db);
            return fn(smokeServer.base);
          }
          const server = await startServer(db);
          lastServer = server;
          try {
            return await fn(server.base);
          } finally {
            await server.stop();
          }
        };
        if (!opts.importOnly) {
          log(
            `${dialect} scale ${scale}: overview calls (${s.runs} runs each, view ${JSON.stringify(overviewView())})`,
          );
          for (const f of await overviewFigures(db, viewer.caller, s.runs)) {
            add(
              `overview: ${f.name}, p50 / p95 ms`,
              `${ms(f.app.p50)} / ${ms(f.app.p95)}`,
              `${ms(f.sql.p50)} / ${ms(f.sql.p95)} (SQL)`,
              times(f.app.p95, f.sql.p95),
            );
            if (f.name.startsWith("the whole page")) pagesP95.push({ app: f.app.p95, sql: f.sql.p95 });
          }
          log(`${dialect} scale ${scale}: load, 50 connections × ${s.seconds} s each`);
          const input = encodeURIComponent(JSON.stringify(overviewView()));
          const overviewFor = (seconds: number) =>
            onServer((base) =>
              load(`${base}/trpc/${PROCEDURES.overview}?input=${input}`, 50, seconds, viewer.cookie),
            );
          // 50 heavy calls at once may not finish any in a short window: then once more, for longer.
          let overview = await overviewFor(s.seconds);
          if (overview.responses < 10 && opts.mode !== "smoke")
            overview = await overviewFor(LONG_RUN_SECONDS);
          const trivial = await onServer((base) =>
            load(`${base}/trpc/${PROCEDURES.trivial}`, 50, s.seconds, viewer.cookie),
          );
          const bare = await onServer((base) => load(`${base}${BARE_PATH}`, 50, s.seconds));
          const failed = (r: { failed: number }) => (r.failed ? `, ${int(r.failed)} failed` : "");
          add(
            `${PROCEDURES.overview} at 50 connections: req/s (p99 ms)`,
            `${num(overview.rps)} (${ms(overview.p99)}${failed(overview)}; ${overview.responses} answers in ${overview.seconds.toFixed(0)} s)`,
            `${num(trivial.rps)} (${ms(trivial.p99)}) ${PROCEDURES.trivial}`,
            percent(overview.rps, trivial.rps),
          );
          add(
            `${PROCEDURES.trivial} (trivial tRPC) at 50 connections: req/s (p99 ms)`,
            `${num(trivial.rps)} (${ms(trivial.p99)}${failed(trivial)})`,
            `${num(bare.rps)} (${ms(bare.p99)}) bare Fastify route`,
            percent(trivial.rps, bare.rps),
          );
        }

        log(`${dialect} scale ${scale}: import of ${int(s.importRows)} engagement rows`);
        const kysely = db.database.db;
        await resetBenchChannels(kysely);
        const bareRows = await importRows(kysely, s.importRows, BENCH_CHANNELS[1] as string);
        const bareMs = await bareInsert(kysely, bareRows);
        bareRows.length = 0;
        const csv = importCsv(await importRows(kysely, s.importRows, BENCH_CHANNELS[0] as string));
        const staff = await signedIn(db, "staff");
        const others = (base: string) => [`${base}/trpc/${PROCEDURES.trivial}`, `${base}/healthz`];
        const quiet = await onServer((base) =>
          Promise.all(others(base).map((url) => load(url, 5, Math.min(3, s.seconds), viewer.cookie))),
        );
        let peakRss: number | null = null;
        const during = await onServer(async (base) => {
          const result = await loadDuring(others(base), 5, viewer.cookie, () =>
            uploadImport(base, "engagement", csv, staff.cookie),
          );
          peakRss = (smokeServer ?? lastServer)?.peakRssMiB() ?? null;
          return result;
        });
        const importRate = s.importRows / (during.workMs / 1000);
        const bareRate = s.importRows / (bareMs / 1000);
        add(
          `engagement import (HTTP upload, ${int(s.importRows)} rows, ${(csv.length / 2 ** 20).toFixed(0)} MiB): rows/s (wall s)`,
          `${int(importRate)} (${(during.workMs / 1000).toFixed(1)} s)`,
          `${int(bareRate)} bare bulk insert (${(bareMs / 1000).toFixed(1)} s)`,
          percent(importRate, bareRate),
        );
        if (peakRss !== null)
          add("server process peak RSS (MiB), up to the end of that import", `${int(peakRss)}`, "", "");
        ["trivial tRPC read", "/healthz"].forEach((name, i) => {
          const d = during.results[i];
          const q = quiet[i];
          if (!d || !q) return;
          add(
            `${name} p99 ms (5 connections) during that import`,
            `${ms(d.p99)} (${num(d.rps)} req/s${d.failed ? `, ${int(d.failed)} failed` : ""})`,
            `${ms(q.p99)} without an import`,
            times(d.p99, q.p99),
          );
        });
        await dropBenchChannels(kysely);
      } finally {
        await smokeServer?.stop();
        await db.drop();
      }
    }
    const [small, large] = pagesP95;
    const [lo, hi] = s.scales;
    if (small && large && lo && hi)
      rows.push({
        dialect,
        scale: `${hi}/${lo}`,
        figure: `overview page p95 growth, ${hi / lo}× the data`,
        value: times(large.app, small.app),
        baseline: `${times(large.sql, small.sql)} (SQL)`,
        ratio: "",
      });
  }
  return rows;
}

export function renderTable(rows: Row[]): string {
  const head: Row = {
    dialect: "dialect",
    scale: "scale",
    figure: "figure",
    value: "value",
    baseline: "baseline (same run)",
    ratio: "vs baseline",
  };
  const keys = Object.keys(head) as (keyof Row)[];
  const width = Object.fromEntries(
    keys.map((k) => [k, Math.max(...[head, ...rows].map((r) => r[k].length))]),
  );
  const line = (r: Row) => `| ${keys.map((k) => r[k].padEnd(width[k] ?? 0)).join(" | ")} |`;
  return [
    line(head),
    `| ${keys.map((k) => "-".repeat(width[k] ?? 0)).join(" | ")} |`,
    ...rows.map(line),
  ].join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const mode: BenchMode = args.includes("--smoke") ? "smoke" : args.includes("--quick") ? "quick" : "full";
  const pgUrl = process.env.BENCH_DATABASE_URL;
  const dialects: DialectName[] = pgUrl ? ["sqlite", "postgres"] : ["sqlite"];
  const only = args.find((a) => a.startsWith("--dialect="))?.slice("--dialect=".length);
  const machine = () =>
    `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, load average ${loadavg()[0]?.toFixed(1)}`;
  const before = machine();
  const rows = await runBench({
    mode,
    dialects: only ? dialects.filter((d) => d === only) : dialects,
    ...(pgUrl ? { pgUrl } : {}),
    fresh: args.includes("--fresh"),
    importOnly: args.includes("--import-only"),
    importRows:
      Number(args.find((a) => a.startsWith("--import-rows="))?.slice("--import-rows=".length)) || undefined,
  });
  process.stdout.write(`${renderTable(rows)}\n`);
  process.stdout.write(
    `Machine: ${before} at the start, ${machine().replace(/.*load/, "load")} at the end.\n`,
  );
  if (!pgUrl)
    process.stdout.write("PostgreSQL not measured: set BENCH_DATABASE_URL=postgres://… to include it.\n");
}
