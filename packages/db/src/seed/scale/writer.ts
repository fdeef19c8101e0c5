import { CompiledQuery, sql } from "kysely";
import { dialectOf } from "../../dialect";
import type { Executor } from "../../schema";
import { inTransaction } from "../../transaction";
import type { Progress } from "./progress";

/** A table as the bulk writer fills it: SQL column names, with the PostgreSQL type for unnest(). */
export type TableSpec = { table: string; columns: readonly (readonly [name: string, pgType: string])[] };

/** Rows per transaction: large enough that commits (fsync) are rare, small enough to bound the WAL. */
const ROWS_PER_TRANSACTION = 200_000;

/**
 * Bulk insert of generated rows (arrays in the spec's column order), much faster than one Kysely
 * builder call per batch: the statement text is built once per batch size. SQLite gets multi-row
 * VALUES (under its 32,766-parameter limit); PostgreSQL gets `insert … select * from unnest($1, $2, …)`,
 * one array parameter per column, so a 5,000-row batch is one small statement to parse.
 */
export async function bulkInsert(
  db: Executor,
  spec: TableSpec,
  rows: Iterable<unknown[]>,
  progress: Progress,
): Promise<number> {
  const pg = dialectOf(db) === "postgres";
  const perStatement = pg ? 5000 : Math.min(1000, Math.floor(30_000 / spec.columns.length));
  const statement = pg ? pgStatement(spec) : sqliteStatements(spec);
  const iterator = rows[Symbol.iterator]();
  let written = 0;
  let done = false;
  while (!done) {
    await inTransaction(db, async (trx) => {
      let inTx = 0;
      while (inTx < ROWS_PER_TRANSACTION) {
        const batch: unknown[][] = [];
        for (let next = iterator.next(); ; next = iterator.next()) {
          if (next.done) {
            done = true;
            break;
          }
          batch.push(next.value);
          if (batch.length === perStatement) break;
        }
        if (batch.length === 0) break;
        const params = pg ? spec.columns.map((_, c) => batch.map((row) => row[c])) : batch.flat();
        await trx.executeQuery(CompiledQuery.raw(statement(batch.length), params));
        inTx += batch.length;
        written += batch.length;
        progress.add(batch.length);
        if (done) break;
      }
    });
  }
  return written;
}

function sqliteStatements(spec: TableSpec): (rows: number) => string {
  const head = `insert into ${spec.table} (${spec.columns.map(([n]) => n).join(", ")}) values `;
  const tuple = `(${spec.columns.map(() => "?").join(", ")})`;
  const cache = new Map<number, string>();
  return (rows) => {
    let text = cache.get(rows);
    if (!text) {
      text = head + Array.from({ length: rows }, () => tuple).join(", ");
      cache.set(rows, text);
    }
    return text;
  };
}

function pgStatement(spec: TableSpec): () => string {
  const text =
    `insert into ${spec.table} (${spec.columns.map(([n]) => n).join(", ")}) ` +
    `select * from unnest(${spec.columns.map(([, t], i) => `$${i + 1}::${t}[]`).join(", ")})`;
  return () => text;
}

/**
 * On SQLite, a 256 MiB page cache while loading: the engagement index on (country, channel, day)
 * takes rows in an order far from its own, and with the default 2 MiB cache every insert rereads its
 * pages (the load slowed from ~35,000 to ~9,000 rows/s past 3M rows). The previous size comes back after.
 */
export async function withLoadCache<T>(db: Executor, fn: () => Promise<T>): Promise<T> {
  if (dialectOf(db) !== "sqlite") return fn();
  const before =
    (await sql<{ cache_size: number }>`pragma cache_size`.execute(db)).rows[0]?.cache_size ?? -2000;
  await sql`pragma cache_size = -262144`.execute(db);
  try {
    return await fn();
  } finally {
    await sql.raw(`pragma cache_size = ${before}`).execute(db);
  }
}
