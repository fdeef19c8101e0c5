/**
 * Runs an import off the request event loop: in a worker thread (import-worker.ts) with its own
 * database connection, fed the upload chunk by chunk. An in-memory SQLite database cannot be opened a
 * second time, so there (tests, throw-away demos) the import runs in-process: the same runImportJob.
 */
import { Worker } from "node:worker_threads";
import type { Database, ImportProgress, OpenOptions } from "@tbc/db";
import { sql } from "kysely";
import { type ImportJob, type ImportOutcome, runImportJob } from "./imports";

export type WorkerInput = { job: ImportJob; opened: { url: string; options: OpenOptions } };
export type ToWorker = { type: "chunk"; data: Uint8Array } | { type: "end" } | { type: "abort" };
export type FromWorker =
  | { type: "pull" }
  | { type: "progress"; phase: Parameters<ImportProgress>[0]; done: number; total: number }
  | { type: "done"; outcome: ImportOutcome }
  | { type: "failed"; message: string; stack: string; code?: string };

const BOOT = new URL("./import-worker-boot.mjs", import.meta.url);

/** Whether the import can have a connection of its own (not an in-memory SQLite database). */
export const runsInWorker = (database: Database) =>
  database.dialect === "postgres" || database.opened.url.replace(/^sqlite:(\/\/)?/, "") !== ":memory:";

/**
 * While a worker holds SQLite's one writer for a long import, a write on the server's connection would
 * wait out the busy timeout (5 s) with the event loop blocked (better-sqlite3 waits synchronously). It
 * fails at once with SQLITE_BUSY instead, which the API answers as "busy, retry" (trpc.ts).
 */
const IMPORT_BUSY_TIMEOUT_MS = 0;
const DEFAULT_BUSY_TIMEOUT_MS = 5000;
let sqliteImports = 0;

async function setBusyTimeout(database: Database, ms: number): Promise<void> {
  await sql`pragma busy_timeout = ${sql.raw(String(ms))}`.execute(database.db);
}

/** Runs the job where it does not hold up the server; resolves with its outcome, rejects when it broke. */
export async function runImport(
  database: Database,
  job: ImportJob,
  source: AsyncIterable<Buffer>,
  onProgress: ImportProgress,
): Promise<ImportOutcome> {
  if (!runsInWorker(database)) return runImportJob(database.db, job, source, onProgress);
  const holdsWriter = database.dialect === "sqlite" && job.mode === "commit";
  if (holdsWriter && sqliteImports++ === 0) await setBusyTimeout(database, IMPORT_BUSY_TIMEOUT_MS);
  try {
    return await inWorker({ job, opened: database.opened }, source, onProgress);
  } finally {
    if (holdsWriter && --sqliteImports === 0) await setBusyTimeout(database, DEFAULT_BUSY_TIMEOUT_MS);
  }
}

function inWorker(
  input: WorkerInput,
  source: AsyncIterable<Buffer>,
  onProgress: ImportProgress,
): Promise<ImportOutcome> {
  const chunks = source[Symbol.asyncIterator]();
  const worker = new Worker(BOOT, { workerData: input });
  const post = (m: ToWorker) => worker.postMessage(m);
  // The worker asks for the next chunk when it has handled the last: the upload's backpressure.
  async function feed(): Promise<void> {
    try {
      const next = await chunks.next();
      post(next.done ? { type: "end" } : { type: "chunk", data: next.value });
    } catch {
      post({ type: "abort" });
    }
  }
  return new Promise<ImportOutcome>((resolve, reject) => {
    worker.on("message", (m: FromWorker) => {
      if (m.type === "pull") void feed();
      else if (m.type === "progress") onProgress(m.phase, m.done, m.total);
      else if (m.type === "done") resolve(m.outcome);
      // The code too: it tells "database unavailable" (isDatabaseUnavailable) from a bug.
      else reject(Object.assign(new Error(m.message), { stack: m.stack, code: m.code }));
    });
    worker.on("error", reject);
    // After "done" or "failed" this changes nothing; before them, the worker died.
    worker.on("exit", (code) => reject(new Error(`The import worker stopped (exit code ${code})`)));
  });
}
