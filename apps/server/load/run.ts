/**
 * `pnpm test:load [--short] [--dialect=sqlite|postgres]`: a mixed workload (lists, overview, show,
 * create, update, export) from LOAD_CLIENTS (200) concurrent clients for LOAD_SECONDS (60; --short:
 * 10) against the real server process on loopback, on SQLite (a new file) and on PostgreSQL (a new
 * database, when BENCH_DATABASE_URL or TEST_DATABASE_URL is set).
 *
 * The clients open their dashboards (one call each, all at once) before the clock starts, so each holds a
 * kept-alive connection as a browser tab does, and once a second a new visitor arrives on a connection
 * of its own ("visit"). Why not open 200 connections in the run's first millisecond: since libuv 1.45
 * (Node 20) a server accepts one connection per turn of its event loop, and a turn serves every
 * connection with a request ready; on SQLite, whose queries run on the main thread, a saturated turn
 * takes hundreds of ms, so connections that arrived together with 199 others waited for the whole run
 * (nodejs/node#57364). A visitor arriving alone waits about one turn: the "visit" row shows how long.
 *
 * Fails (exit 1) on any request that failed or got no answer, and when the database afterwards does
 * not hold exactly what the clients saw succeed (rows, versions, audit entries). Never on latency:
 * p50/p99 are printed, not judged — the machine this runs on may be busy with anything else.
 */
import { loadavg } from "node:os";
import { type DialectName, openDatabase } from "@tbc/db";
import { DEMO_PASSWORD } from "@tbc/types";
import { dataOf, send, signIn, trpcGet, trpcPost } from "./http";
import { freshDatabase, startServer } from "./server";
import { Tally } from "./tally";
import { Client, type Known, type Outcome, type Sessions } from "./workload";

const args = process.argv.slice(2);
const SECONDS = Number(process.env.LOAD_SECONDS ?? (args.includes("--short") ? 10 : 60));
const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 200);
/** Several signed-in users of each role, as a team would be, each session shared by many clients. */
const USERS_PER_ROLE = 4;
const PG_URL = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;
/** How often a new visitor arrives during the load (a request on a connection of its own). */
const VISIT_EVERY_MS = 1000;
const only = args.find((a) => a.startsWith("--dialect="))?.slice("--dialect=".length);

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(", ");
const log = (line: string) => process.stdout.write(`${line}\n`);

/** The admin demo account creates the load's users through the API; each then signs in. */
async function users(base: string): Promise<{ sessions: Sessions[]; staffIds: number[] }> {
  const admin = await signIn(base, "admin@example.org", DEMO_PASSWORD);
  const password = "a long enough load-test passphrase";
  const ids: Record<"staff" | "viewer", number[]> = { staff: [], viewer: [] };
  const cookies: Record<"staff" | "viewer", string[]> = { staff: [], viewer: [] };
  for (const role of ["staff", "viewer"] as const) {
    for (let i = 0; i < USERS_PER_ROLE; i++) {
      const email = `load-${role}-${i}@example.org`;
      const values = { email, name: `Load ${role} ${i}`, role, password };
      const created = dataOf<{ id: number }>(await send(base, trpcPost("users.create", { values }, admin)));
      if (!created) throw new Error(`users.create ${email} failed`);
      ids[role].push(created.id);
      cookies[role].push(await signIn(base, email, password));
    }
  }
  const sessions = cookies.staff.map((staff, i) => ({ staff, viewer: cookies.viewer[i] as string }));
  return { sessions, staffIds: ids.staff };
}

async function idsOf(base: string, path: string, cookie: string): Promise<number[]> {
  const input = { pagination: { currentPage: 1, pageSize: 200 } };
  const list = dataOf<{ data: { id: number }[] }>(await send(base, trpcGet(path, input, cookie)));
  if (!list?.data.length) throw new Error(`${path}: no records to show`);
  return list.data.map((r) => r.id);
}

/**
 * What the database holds after the run against what the clients saw: every agency they saw created
 * and none more, each at the version of the last update they saw succeed, and one audit entry per
 * create and per update. Returns the mismatches.
 */
async function verify(url: string, staffIds: number[], before: number, clients: Client[], tally: Tally) {
  const database = openDatabase(url, { readWorkers: 0, poolSize: 1 });
  try {
    const { db } = database;
    const seen = new Map(clients.flatMap((c) => [...c.created.values()].map((a) => [a.id, a.version])));
    const rows = await db
      .selectFrom("agencies")
      .select(["id", "version"])
      .where("createdBy", "in", staffIds)
      .execute();
    const total = (
      await db
        .selectFrom("agencies")
        .select((e) => e.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow()
    ).n;
    const audits = await db
      .selectFrom("auditLog")
      .select(["action", (e) => e.fn.countAll<number>().as("n")])
      .where("entity", "=", "agency")
      .where("userId", "in", staffIds)
      .groupBy("action")
      .execute();
    const audited = (action: string) => Number(audits.find((a) => a.action === action)?.n ?? 0);
    const creates = tally.succeeded("create");
    const updates = tally.succeeded("update");
    const problems: string[] = [];
    const check = (what: string, db: number, client: number) => {
      log(
        `  ${what}: ${db.toLocaleString("en-US")} in the database, ${client.toLocaleString("en-US")} by the clients`,
      );
      if (db !== client) problems.push(`${what}: ${db} in the database, ${client} seen by the clients`);
    };
    check("agencies created", rows.length, creates);
    check("agencies in all", Number(total), before + creates);
    check("audit entries 'create'", audited("create"), creates);
    check("audit entries 'update'", audited("update"), updates);
    const wrong = rows.filter((r) => seen.get(r.id) !== r.version);
    check("agencies at the version their client last saw", rows.length - wrong.length, seen.size);
    return problems;
  } finally {
    await database.close();
  }
}

async function countAgencies(url: string): Promise<number> {
  const database = openDatabase(url, { readWorkers: 0, poolSize: 1 });
  try {
    const row = await database.db
      .selectFrom("agencies")
      .select((e) => e.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  } finally {
    await database.close();
  }
}

/** One dialect: a fresh database and server, the load, the check. Returns what went wrong. */
async function runOn(dialect: DialectName): Promise<string[]> {
  const database = await freshDatabase(dialect, PG_URL);
  log(`\n== ${dialect}: ${CLIENTS} clients for ${SECONDS} s (load average ${load()})`);
  const server = await startServer(database.url);
  try {
    const { sessions, staffIds } = await users(server.base);
    const viewer = sessions[0]?.viewer as string;
    const known: Known = {
      agencyIds: await idsOf(server.base, "agencies.list", viewer),
      operationIds: await idsOf(server.base, "operations.list", viewer),
    };
    const before = await countAgencies(database.url);
    const tally = new Tally();
    const clients = Array.from(
      { length: CLIENTS },
      (_, i) => new Client(i, server.base, sessions[i % sessions.length] as Sessions, known),
    );
    // Every client's dashboard is open before the clock starts, each on a kept-alive connection.
    await Promise.all(clients.map((c) => c.open()));
    const t0 = performance.now();
    const record = (o: Outcome) => tally.record(o, (performance.now() - t0) / 1000);
    const visitor = clients[0] as Client;
    const visits: Promise<void>[] = [];
    const arrivals = setInterval(() => visits.push(visitor.one("visit").then(record)), VISIT_EVERY_MS);
    await Promise.all(clients.map((c) => c.run(t0 + SECONDS * 1000, record)));
    clearInterval(arrivals);
    await Promise.all(visits);
    const elapsed = (performance.now() - t0) / 1000;
    log(
      `${tally.requests.toLocaleString("en-US")} requests in ${elapsed.toFixed(1)} s (load average ${load()})`,
    );
    log(tally.table(elapsed));
    log(tally.slowest());
    for (const example of tally.examples) log(`  failed: ${example}`);
    const exitCode = await server.stop();
    const problems = tally.failures ? [`${tally.failures} requests failed or got no answer`] : [];
    if (exitCode !== 0) problems.push(`the server exited with ${exitCode} on SIGTERM`);
    problems.push(...(await verify(database.url, staffIds, before, clients, tally)));
    if (server.problems.length) {
      log(`  the server logged ${server.problems.length} warnings or errors, the first ones:`);
      for (const line of server.problems.slice(0, 5)) log(`    ${line.slice(0, 400)}`);
    }
    return problems;
  } finally {
    await server.stop();
    await database.drop();
  }
}

async function main(): Promise<number> {
  if (!PG_URL && process.env.CI)
    throw new Error("CI must set TEST_DATABASE_URL: the load runs on PostgreSQL too");
  const dialects = (["sqlite", "postgres"] as const).filter((d) =>
    only ? d === only : d === "sqlite" || PG_URL,
  );
  if (!PG_URL) log("PostgreSQL skipped: set TEST_DATABASE_URL or BENCH_DATABASE_URL to load it too");
  const failed: string[] = [];
  for (const dialect of dialects) {
    for (const problem of await runOn(dialect)) failed.push(`${dialect}: ${problem}`);
  }
  if (failed.length) {
    log(`\nFAILED:\n${failed.map((f) => `  ${f}`).join("\n")}`);
    return 1;
  }
  log(
    `\nOK: every request answered, and the database holds exactly what the clients saw (${dialects.join(", ")})`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
