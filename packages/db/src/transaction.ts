import type { Executor } from "./schema";

/**
 * Runs `fn` in a transaction: a new one on a database handle, or the caller's own when handed a
 * transaction already, so that repository functions compose (a seed or an import that creates many
 * agencies stays one all-or-nothing transaction).
 */
export function inTransaction<T>(db: Executor, fn: (trx: Executor) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}
