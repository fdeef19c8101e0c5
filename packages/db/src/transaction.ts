import { PostgresAdapter, sql } from "kysely";
import { bumpDataVersion } from "./data-version/data-version";
import { beginChanges, encodeEvent, endChanges } from "./events/changes";
import { publishLocally } from "./events/feed";
import { CHANGES_CHANNEL } from "./events/pg-feed";
import type { Executor } from "./schema";

/**
 * Runs `fn` in a transaction: a new one on a database handle, or the caller's own when handed a
 * transaction already, so that repository functions compose (a seed or an import that creates many
 * agencies stays one all-or-nothing transaction).
 *
 * Every write goes through here, so the outermost call bumps the data version (cached answers are
 * keyed by it) as the transaction's last statement: once per committed transaction however deeply
 * the calls nest, never for one that rolls back. Last rather than first so that on PostgreSQL
 * concurrent writers queue on the version row only for the moment before their commit.
 *
 * It also announces what changed (live updates, src/events): on PostgreSQL by pg_notify INSIDE the
 * transaction — PostgreSQL delivers it at commit, in commit order, and drops it on rollback, so
 * every process hears exactly the committed changes; on SQLite to the in-memory feed after commit.
 */
export async function inTransaction<T>(db: Executor, fn: (trx: Executor) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  const committed = await db.transaction().execute(async (trx) => {
    beginChanges(trx);
    try {
      const result = await fn(trx);
      const version = await bumpDataVersion(trx);
      const event = endChanges(trx, version);
      if (event && trx.getExecutor().adapter instanceof PostgresAdapter)
        await sql`select pg_notify(${CHANGES_CHANNEL}, ${encodeEvent(event)})`.execute(trx);
      return { result, event };
    } finally {
      endChanges(trx, 0);
    }
  });
  if (committed.event) publishLocally(db, committed.event);
  return committed.result;
}
