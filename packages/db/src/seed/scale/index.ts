import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@tbc/types";
import { sql } from "kysely";
import { indexAgencyNames } from "../../agencies/agencies.duplicates";
import { refreshAgencyRollup } from "../../agencies/agencies.rollup";
import { dialectOf } from "../../dialect";
import { refreshEngagementRollup } from "../../engagement/engagement.rollup";
import { FieldError } from "../../errors";
import { refreshOperationRollup } from "../../operations/operations.rollup";
import type { Executor } from "../../schema";
import { inTransaction } from "../../transaction";
import { createUser } from "../../users/users.repository";
import { AGENCIES, generateAgencies } from "./agencies";
import { MAX_SCALE, MIN_SCALE, scaleContext, scaleProblem } from "./context";
import { ENGAGEMENT_DAILY, generateEngagement, planEngagement } from "./engagement";
import {
  generateOperationCountries,
  generateSeizures,
  OPERATION_COUNTRIES,
  OPERATIONS,
  planOperations,
  SEIZURES,
} from "./operations";
import { Progress, type ProgressLog } from "./progress";
import { bulkInsert, withLoadCache } from "./writer";

export { MAX_SCALE, MIN_SCALE, SCALE_1, SCALE_DATA_END, scaleProblem } from "./context";

export type ScaleSeedOptions = {
  /** 1 = 10,000 agencies, 2,000 operations, 200,000 seizures, 2,000,000 daily engagement rows. */
  scale: number;
  /** Also create the four demo accounts (default true), so that the data can be looked at. */
  demoAccounts?: boolean;
  /** Progress lines for the terminal (phase, rows, rows/s). */
  log?: ProgressLog;
};

export type ScaleSeedReport = {
  scale: number;
  users: number;
  agencies: number;
  operations: number;
  operationCountries: number;
  seizures: number;
  channels: number;
  engagementRows: number;
  ms: number;
};

/**
 * `pnpm tbc seed --scale N`: a large, deterministic data set (the same N gives the same rows) for
 * performance work, into an empty migrated database on either dialect. Every engagement row is
 * flagged is_sample = 1 as the demo's are; agencies and operations, which have no such flag, say so
 * in their notes / source and caveats. Phases commit in large transactions as they go: a failed
 * load leaves a partial database, to be dropped and seeded again.
 */
export async function seedScale(db: Executor, options: ScaleSeedOptions): Promise<ScaleSeedReport> {
  const problem = scaleProblem(options.scale);
  if (problem) throw new FieldError("scale", "seed.scale", { minimum: MIN_SCALE, maximum: MAX_SCALE });
  await refuseUnlessEmpty(db);
  return withLoadCache(db, () => load(db, options));
}

async function load(db: Executor, options: ScaleSeedOptions): Promise<ScaleSeedReport> {
  const started = performance.now();
  const log = options.log;
  const ctx = await scaleContext(db, options.scale);
  const phase = async (name: string, total: number, fn: (p: Progress) => Promise<number>) => {
    const p = new Progress(name, total, log);
    await fn(p);
    return p.finish().rows;
  };

  let users = 0;
  if (options.demoAccounts ?? true) {
    for (const account of DEMO_ACCOUNTS) await createUser(db, { ...account, password: DEMO_PASSWORD });
    users = DEMO_ACCOUNTS.length;
  }
  const agencies = await phase("agencies", ctx.counts.agencies, (p) =>
    bulkInsert(db, AGENCIES, generateAgencies(ctx), p),
  );
  await inTransaction(db, (trx) => refreshAgencyRollup(trx));
  // Bulk-written agencies get their duplicate-warning keys here (the repository writes them one by one).
  await inTransaction(db, (trx) => indexAgencyNames(trx));
  const planned = planOperations(ctx);
  const operations = await phase("operations", planned.length, (p) =>
    bulkInsert(
      db,
      OPERATIONS,
      planned.map((o) => o.row),
      p,
    ),
  );
  // Bulk-written operations are counted into their monthly rollup here (the write path does it row by row).
  await inTransaction(db, (trx) => refreshOperationRollup(trx));
  const stored = await db.selectFrom("operations").select(["id", "name", "editionYear"]).execute();
  const ids = new Map(stored.map((o) => [`${o.name}|${o.editionYear}`, o.id]));
  const participation = planned.reduce((s, o) => s + o.countries.length, 0);
  const operationCountries = await phase("operation countries", participation, (p) =>
    bulkInsert(db, OPERATION_COUNTRIES, generateOperationCountries(planned, ids), p),
  );
  const seizures = await phase("seizures", ctx.counts.seizures, (p) =>
    bulkInsert(db, SEIZURES, generateSeizures(ctx, planned, ids), p),
  );

  const plan = planEngagement(ctx);
  const known = new Set((await db.selectFrom("channels").select("code").execute()).map((c) => c.code));
  const added = plan.channels.filter((c) => !known.has(c.code));
  if (added.length) {
    const at = `${SCALE_CREATED}T00:00:00.000Z`;
    // Through inTransaction, as every write: it bumps the data version (cached answers).
    await inTransaction(db, (trx) =>
      trx
        .insertInto("channels")
        .values(added.map((c) => ({ code: c.code, label: c.label ?? c.code, createdAt: at })))
        .execute(),
    );
  }
  const engagementRows = await phase("engagement rows", plan.rows, (p) =>
    bulkInsert(db, ENGAGEMENT_DAILY, generateEngagement(ctx, plan), p),
  );
  // One set-based pass once every daily row is in, rather than one per committed batch.
  await phase("engagement by month", 0, async (p) => {
    await inTransaction(db, (trx) => refreshEngagementRollup(trx));
    const { n } = await db
      .selectFrom("engagementMonthly")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    p.add(Number(n));
    return Number(n);
  });
  await settle(db);
  return {
    scale: options.scale,
    users,
    agencies,
    operations,
    operationCountries,
    seizures,
    channels: plan.channels.length,
    engagementRows,
    ms: performance.now() - started,
  };
}

/**
 * PostgreSQL plans from statistics that autovacuum would gather only later; SQLite has none by
 * default (no sqlite_stat1 unless ANALYZE runs), and a real deployment's database has none either.
 * VACUUM too: until the bulk-loaded pages are in the visibility map an index-only scan still visits
 * the heap, and the autovacuum that millions of inserts trigger would otherwise run during the first
 * minutes of use (the bench's first figures were measured beside it: PostgreSQL at scale 1 slower
 * than at scale 10).
 */
async function settle(db: Executor): Promise<void> {
  if (dialectOf(db) !== "postgres") return;
  const loaded = [AGENCIES, OPERATION_COUNTRIES, SEIZURES, ENGAGEMENT_DAILY].map((t) => sql.id(t.table));
  await sql`vacuum ${sql.join([...loaded, sql.id("engagement_monthly")])}`.execute(db);
  await sql`analyze`.execute(db);
}

/** When the added language channels were "created": fixed, like every generated value. */
const SCALE_CREATED = "2014-06-05";

async function refuseUnlessEmpty(db: Executor): Promise<void> {
  for (const table of ["users", "agencies", "operations", "engagementDaily"] as const) {
    const row = await db.selectFrom(table).select(sql<number>`1`.as("one")).limit(1).executeTakeFirst();
    if (row)
      throw new FieldError("database", "seed.not_empty", {
        what: table === "engagementDaily" ? "engagement data" : table,
      });
  }
}

/** "Seeded scale 1: 10,000 agencies, …" for the CLI. */
export function scaleSeedSummary(report: ScaleSeedReport): string {
  const n = (x: number) => x.toLocaleString("en-US");
  return (
    `Seeded scale ${report.scale}: ${n(report.agencies)} agencies, ${n(report.operations)} operations ` +
    `(${n(report.operationCountries)} country participations), ${n(report.seizures)} seizures, ` +
    `${n(report.engagementRows)} engagement rows on ${report.channels} channels` +
    `${report.users ? ` and ${report.users} demo accounts` : ""}, all labelled as sample data, ` +
    `in ${(report.ms / 1000).toFixed(1)} s`
  );
}
