/**
 * The answer cache and SQLite's read workers under load (issue 9, item 6), on a kept bench database
 * (bench/databases.ts): `tsx bench/cache.ts <sqlite|postgres> <scale> [seconds]`.
 *   1. `overview.kpis` (one input: after the first call, cache hits) vs `auth.me`, 50 connections,
 *      alternating in `ROUNDS` runs each (a busy machine weighs on both alike), a new server each;
 *   2. `auth.me`'s p99 at 40 connections alone, then while 10 more connections ask `overview.kpis`
 *      for a new period at every call (every one a cache miss: the heavy SQL runs each time).
 * Progress to stderr, figures to stdout.
 */
import { type DialectName, migrateToLatest } from "@tbc/db";
import autocannon from "autocannon";
import { benchDatabase } from "./databases";
import { type LoadResult, load, startServer } from "./load";
import { signedIn } from "./measure";
import { overviewView, PROCEDURES } from "./procedures";

const ROUNDS = 3;
const dialect = (process.argv[2] ?? "sqlite") as DialectName;
const scale = Number(process.argv[3] ?? "0.1");
const seconds = Number(process.argv[4] ?? "4");
const pgUrl = process.env.BENCH_DATABASE_URL;
const log = (l: string) => process.stderr.write(`${l}\n`);
const db = await benchDatabase(dialect, scale, {
  fresh: false,
  keep: true,
  ...(pgUrl ? { pgUrl } : {}),
  log,
});
// A database kept from before migration 0006 (the bench reuses loads).
await migrateToLatest(db.database.db, db.searchPath ? { schema: db.searchPath } : {});
const viewer = await signedIn(db, "viewer");
const url = (base: string, path: string, input?: unknown) =>
  `${base}/trpc/${path}${input ? `?input=${encodeURIComponent(JSON.stringify(input))}` : ""}`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const sum = (rs: LoadResult[]) => ({
  rps: rs.reduce((s, r) => s + r.responses, 0) / rs.reduce((s, r) => s + r.seconds, 0),
  p99: median(rs.map((r) => r.p99)),
  failed: rs.reduce((s, r) => s + r.failed, 0),
});
const line = (name: string, r: { rps: number; p99: number; failed: number }) =>
  `${name}: ${r.rps.toFixed(1)} req/s, p99 ${r.p99} ms${r.failed ? `, ${r.failed} failed` : ""}`;

/** A fresh server per figure (as run.ts): requests still queued from one run must not slow the next. */
async function onServer<T>(fn: (base: string) => Promise<T>): Promise<T> {
  const server = await startServer(db);
  try {
    return await fn(server.base);
  } finally {
    await server.stop();
  }
}

/** 10 connections asking `overview.kpis` for a new period at every call: every one a cache miss. */
function misses(base: string) {
  let n = 0;
  return autocannon({
    url: base,
    connections: 10,
    duration: seconds,
    timeout: 120,
    headers: { cookie: viewer.cookie },
    requests: [
      {
        setupRequest: (req) => {
          const from = new Date(Date.UTC(2014, 0, 1) + n++ * 86_400_000).toISOString().slice(0, 10);
          return { ...req, path: url("", PROCEDURES.overview, { ...overviewView(), from }) };
        },
      },
    ],
  });
}

try {
  const overview: LoadResult[] = [];
  const trivial: LoadResult[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    log(`${dialect} ${scale}: round ${round + 1}/${ROUNDS}`);
    overview.push(
      await onServer((b) => load(url(b, PROCEDURES.overview, overviewView()), 50, seconds, viewer.cookie)),
    );
    trivial.push(await onServer((b) => load(url(b, PROCEDURES.trivial), 50, seconds, viewer.cookie)));
  }
  const o = sum(overview);
  const t = sum(trivial);
  const out = [
    `${dialect} scale ${scale}, 50 connections, ${ROUNDS} × ${seconds} s each, alternating, a new server each:`,
    `  ${line("overview.kpis", o)}`,
    `  ${line("auth.me", t)}`,
    `  overview.kpis / auth.me: ${((100 * o.rps) / t.rps).toFixed(1)} %`,
  ];
  const alone = await onServer((b) => load(url(b, PROCEDURES.trivial), 40, seconds, viewer.cookie));
  const [m, during] = await onServer((b) =>
    Promise.all([misses(b), load(url(b, PROCEDURES.trivial), 40, seconds, viewer.cookie)]),
  );
  out.push(
    `  ${line("auth.me at 40 connections alone", alone)}`,
    `  ${line("auth.me at 40 connections during overview misses", during)}`,
    `    (the misses: ${(m.requests.total / m.duration).toFixed(1)} req/s, p99 ${m.latency.p99} ms, ${m.non2xx + m.errors} failed)`,
  );
  process.stdout.write(`${out.join("\n")}\n`);
} finally {
  await db.database.close();
}
