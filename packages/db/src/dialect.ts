import { type Kysely, PostgresAdapter, type RawBuilder, sql } from "kysely";
import type { DialectName } from "./database";

/**
 * Everything that differs between SQLite and PostgreSQL lives here, with tests on both
 * (test/dialect.test.ts). Repositories and the list engine call these instead of branching.
 */

/** Takes any Kysely instance, whatever its schema type (migrations use `Kysely<any>`). */
export function dialectOf(db: { getExecutor(): { adapter: unknown } }): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? "postgres" : "sqlite";
}

// In a module of its own, without Kysely, for the read workers to load quickly (read-pool/).
export { registerSqliteFunctions } from "./sqlite-functions";

/** The rollups whose refresh lockRollup serialises, each under a lock of its own. */
const ROLLUP_LOCKS = {
  agencyCounts: "agency_counts",
  engagementMonthly: "engagement_monthly",
  operationMonths: "operation_months",
} as const;
/** The first half of the two-key advisory locks (a key space apart from testing.ts's one-key lock). */
const ROLLUP_LOCK_SPACE = 74201407;

/**
 * Before a rollup's delete-and-recompute, inside the write's transaction: on PostgreSQL, waits for
 * and holds until commit a transaction-scoped advisory lock of that rollup. Without it two writers
 * under READ COMMITTED each delete the rows, recompute from detail rows that miss the other's
 * uncommitted ones, and the second insert hits the first's rows (a duplicate key, found by the load
 * test: concurrent agency creates in one country failed). Once the lock is held, each statement that
 * follows sees every transaction that held it before as committed. SQLite runs one transaction at a
 * time on its one connection: nothing to do.
 */
export async function lockRollup(
  trx: Kysely<unknown> | Parameters<typeof dialectOf>[0],
  rollup: keyof typeof ROLLUP_LOCKS,
): Promise<void> {
  if (dialectOf(trx) !== "postgres") return;
  // Advisory locks belong to the whole database: the schema in the key keeps the test files (a schema
  // each) from waiting on one another.
  const name = `.${ROLLUP_LOCKS[rollup]}`;
  await sql`select pg_advisory_xact_lock(${sql.lit(ROLLUP_LOCK_SPACE)}, hashtext(current_schema() || ${name}))`.execute(
    trx as Kysely<unknown>,
  );
}

/** Unicode-aware lower() on both dialects. */
export function lower(
  db: Parameters<typeof dialectOf>[0],
  expr: RawBuilder<unknown> | ReturnType<typeof sql.ref>,
) {
  return dialectOf(db) === "postgres" ? sql<string>`lower(${expr})` : sql<string>`ulower(${expr})`;
}

/** Escape LIKE wildcards in a user value; pair with `escape '\'`. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function nowIso(): string {
  return new Date().toISOString();
}

/**
 * The start of the day/week/month bucket a 'YYYY-MM-DD' text day falls in, as 'YYYY-MM-DD' text on
 * both databases; weeks start on Monday (ISO 8601).
 */
export function dayBucket(
  db: Parameters<typeof dialectOf>[0],
  granularity: "day" | "week" | "month",
  day: RawBuilder<unknown> | ReturnType<typeof sql.ref>,
) {
  if (granularity === "day") return sql<string>`${day}`;
  if (granularity === "month") return sql<string>`substr(${day}, 1, 7) || '-01'`;
  return dialectOf(db) === "postgres"
    ? sql<string>`to_char(date_trunc('week', cast(${day} as date)), 'YYYY-MM-DD')`
    : sql<string>`date(${day}, '-6 days', 'weekday 1')`;
}
