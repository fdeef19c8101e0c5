import { createSession, type Executor, resolveSession } from "@tbc/db";
import { DEMO_ACCOUNTS, type Role } from "@tbc/types";
import { SESSION_COOKIE } from "../src/http/request";
import { createCaller } from "../src/root";
import { createContextInner } from "../src/trpc";
import type { BenchDatabase } from "./databases";
import { callByName, handWritten, overviewPageCalls } from "./procedures";

export type Timing = { p50: number; p95: number };

/** `runs` timed runs after one warm-up, one after the other (never overlapping). */
export async function timed(runs: number, fn: () => Promise<unknown>): Promise<Timing> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95) };
}

/** A real session of a demo role in the bench database: its cookie, and a caller with its context. */
export async function signedIn(db: BenchDatabase, role: Role) {
  const email = DEMO_ACCOUNTS.find((a) => a.role === role)?.email ?? "";
  const { db: kysely, dialect } = db.database;
  const user = await kysely
    .selectFrom("users")
    .select("id")
    .where("email", "=", email)
    .executeTakeFirstOrThrow();
  const { token } = await createSession(kysely, user.id);
  const sessionUser = await resolveSession(kysely, token);
  const ctx = createContextInner({
    db: kysely,
    dialect,
    log: console,
    demo: false,
    user: sessionUser,
    sessionToken: token,
  });
  return { cookie: `${SESSION_COOKIE}=${token}`, caller: createCaller(ctx) };
}

export type CallFigures = { name: string; app: Timing; sql: Timing };

/**
 * Each of the overview page's calls through tRPC (input validation, procedure, repository) against the
 * same aggregate in hand-written SQL, then the whole page: every call at once, as the browser sends them.
 */
export async function overviewFigures(
  db: BenchDatabase,
  caller: unknown,
  runs: number,
): Promise<CallFigures[]> {
  const calls = overviewPageCalls();
  const hand = handWritten(db.database.db as Executor);
  const out: CallFigures[] = [];
  for (const call of calls) {
    const baseline = hand[call.name];
    if (!baseline) throw new Error(`no hand-written SQL for ${call.name}`);
    out.push({
      name: `${call.name} (${call.procedure})`,
      app: await timed(runs, () => callByName(caller, call.procedure, call.input)),
      sql: await timed(runs, baseline),
    });
  }
  out.push({
    name: "the whole page: every call at once",
    app: await timed(runs, () => Promise.all(calls.map((c) => callByName(caller, c.procedure, c.input)))),
    sql: await timed(runs, () => Promise.all(Object.values(hand).map((f) => f()))),
  });
  return out;
}

const IMPORT_HEADER =
  "day,channel,country,impressions,reach,engagements,shares,video_views,new_followers,hashtag_mentions,site_visits";

/** `rows` daily engagement rows of one channel: days × countries, as a real breakdown import has them. */
export async function importRows(db: Executor, rows: number, channel: string) {
  const countries = (await db.selectFrom("countries").select("code").orderBy("code").execute()).map(
    (c) => c.code,
  );
  const perDay = Math.min(countries.length, 200);
  return Array.from({ length: rows }, (_, i) => {
    const day = new Date(Date.UTC(2019, 0, 1) + Math.floor(i / perDay) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const n = 1000 + ((i * 7919) % 50_000);
    return {
      day,
      channel,
      countryCode: countries[i % perDay] ?? "US",
      impressions: n,
      reach: Math.round(n * 0.6),
      engagements: Math.round(n * 0.02),
    };
  });
}

/** The CSV of those rows, as bytes (a file of millions of rows is larger than one string may be). */
export function importCsv(rows: Awaited<ReturnType<typeof importRows>>): Buffer {
  const parts: Buffer[] = [Buffer.from(`${IMPORT_HEADER}\n`)];
  for (let i = 0; i < rows.length; i += 50_000) {
    const lines = rows
      .slice(i, i + 50_000)
      .map(
        (r) => `${r.day},${r.channel},${r.countryCode},${r.impressions},${r.reach},${r.engagements},,,,,\n`,
      );
    parts.push(Buffer.from(lines.join("")));
  }
  return Buffer.concat(parts);
}

/** The same rows in 500-row multi-row inserts in one transaction: no parsing, no checks (the baseline). */
export async function bareInsert(
  db: Executor,
  rows: Awaited<ReturnType<typeof importRows>>,
): Promise<number> {
  const t0 = performance.now();
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 500) {
      await trx
        .insertInto("engagementDaily")
        .values(rows.slice(i, i + 500).map((r) => ({ ...r, isSample: 0 })))
        .execute();
    }
  });
  return performance.now() - t0;
}

export const BENCH_CHANNELS = ["bench-import", "bench-bare"];

/** Channels for the import figures, with none of their rows left from an earlier run. */
export async function resetBenchChannels(db: Executor): Promise<void> {
  // The monthly rollup too: the bare insert (the baseline) writes daily rows past the write path.
  await db.deleteFrom("engagementMonthly").where("channel", "in", BENCH_CHANNELS).execute();
  await db.deleteFrom("engagementDaily").where("channel", "in", BENCH_CHANNELS).execute();
  await db.deleteFrom("channels").where("code", "in", BENCH_CHANNELS).execute();
  await db
    .insertInto("channels")
    .values(
      BENCH_CHANNELS.map((code) => ({ code, label: `${code} (bench)`, createdAt: new Date().toISOString() })),
    )
    .execute();
}

export async function dropBenchChannels(db: Executor): Promise<void> {
  // The monthly rollup too: the bare insert (the baseline) writes daily rows past the write path.
  await db.deleteFrom("engagementMonthly").where("channel", "in", BENCH_CHANNELS).execute();
  await db.deleteFrom("engagementDaily").where("channel", "in", BENCH_CHANNELS).execute();
  await db.deleteFrom("channels").where("code", "in", BENCH_CHANNELS).execute();
}
