/**
 * A read-only SQLite connection in a worker thread (see read-pool.ts): runs the SELECTs the main
 * thread sends, one at a time, and answers with the rows or the error's message and code.
 */
import { parentPort, workerData } from "node:worker_threads";
import SQLite from "better-sqlite3";
import { registerSqliteFunctions } from "../sqlite-functions";

export type ReadRequest = { id: number; sql: string; parameters: readonly unknown[] };
export type ReadResponse =
  | { id: number; rows: unknown[] }
  | { id: number; error: { message: string; code: string | undefined } };

const { file } = workerData as { file: string };
// WAL mode (set by the main connection) lets this reader see every committed write at once, while a
// write is in progress too; `readonly` makes a stray write fail instead of taking the write lock.
const sqlite = new SQLite(file, { readonly: true, fileMustExist: true });
sqlite.pragma("busy_timeout = 5000");
registerSqliteFunctions(sqlite);

/** Prepared statements by text: the aggregates are a few dozen shapes, re-run with new parameters. */
const statements = new Map<string, SQLite.Statement>();
const MAX_STATEMENTS = 500;

function prepare(text: string): SQLite.Statement {
  let statement = statements.get(text);
  if (!statement) {
    if (statements.size >= MAX_STATEMENTS) statements.clear();
    statement = sqlite.prepare(text);
    statements.set(text, statement);
  }
  return statement;
}

parentPort?.on("message", ({ id, sql, parameters }: ReadRequest) => {
  let response: ReadResponse;
  try {
    const statement = prepare(sql);
    if (!statement.reader) throw new Error("A read-only connection runs queries that return rows only");
    response = { id, rows: statement.all(...parameters) };
  } catch (err) {
    const e = err as { message?: string; code?: string };
    response = { id, error: { message: String(e.message ?? err), code: e.code } };
  }
  parentPort?.postMessage(response);
});
