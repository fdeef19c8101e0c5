import { bumpDataVersion } from "./data-version/data-version";
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
 */
export function inTransaction<T>(db: Executor, fn: (trx: Executor) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute(async (trx) => {
    const result = await fn(trx);
    await bumpDataVersion(trx);
    return result;
  });
}
