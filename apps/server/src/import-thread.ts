/**
 * Runs an import off the request event loop: in a worker thread (import-worker.ts) with its own
 * database connection, fed the upload chunk by chunk. An in-memory SQLite database cannot be opened a
 * second time, so there (tests, throw-away demos) the import runs in-process: the same runImportJob.
 */
import { Worker } from "node:worker_threads";
import { type Database, type ImportProgress, type OpenOptions, publishLocally } from "@tbc/db";
import type { LiveEvent } from "@tbc/types";
import { sql } from "kysely";
import { type ImportJob, type ImportOutcome, runImportJob } from "./imports";

export type WorkerInput = { job: ImportJob; opened: { url: string; options: OpenOptions } };
/** Every message names its job: a worker serves one import after another. */
export type ToWorker =
  | { type: "job"; jobId: number; input: WorkerInput }
  | { type: "chunk"; jobId: number; data: Uint8Array }
  | { type: "end"; jobId: number }
  | { type: "abort"; jobId: number };
export type FromWorker =
  | { type: "pull"; jobId: number }
  | { type: "progress"; jobId: number; phase: Parameters<ImportProgress>[0]; done: number; total: number }
  | { type: "done"; jobId: number; outcome: ImportOutcome }
  // SQLite: what the worker's transaction committed, for this process's live updates (src/live.ts).
  | { type: "changes"; jobId: number; event: LiveEvent }
  | { type: "failed"; jobId: number; message: string; stack: string; code?: string }
  // Its code is loaded: it can take a job (jobId 0, no job's).
  | { type: "ready"; jobId: 0 };

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
    const announce = (event: LiveEvent) => publishLocally(database.db, event);
    return await inWorker({ job, opened: database.opened }, source, onProgress, announce);
  } finally {
    if (holdsWriter && --sqliteImports === 0) await setBusyTimeout(database, DEFAULT_BUSY_TIMEOUT_MS);
  }
}

/**
 * Idle workers, kept for the next import: a worker's boot (a thread, TypeScript, the database code)
 * costs seconds, more than a small import. Unreferenced while idle, so they never hold the process.
 */
const idle: Worker[] = [];
const MAX_IDLE = 2;
let lastJob = 0;

function takeWorker(): Worker {
  const kept = idle.pop();
  if (kept) {
    kept.ref();
    return kept;
  }
  const worker = new Worker(BOOT);
  worker.on("exit", () => {
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
  });
  // An idle worker that breaks is simply gone (the exit above); a busy one's job hears of it.
  worker.on("error", () => {});
  return worker;
}

/**
 * Boots one import worker now and keeps it idle, so that the first upload after a start does not wait
 * for it: under tsx (dev, the bench) its boot took 3 s of CPU and 10 s on a loaded 2-core machine, more
 * than a 40,000-row import. Resolves once its code is loaded; nothing to do when imports run in-process.
 */
export async function warmImportWorker(database: Database): Promise<void> {
  if (!runsInWorker(database) || idle.length) return;
  const worker = takeWorker();
  await new Promise<void>((resolve, reject) => {
    const done = (settle: () => void) => {
      worker.off("message", onMessage);
      worker.off("exit", onExit);
      settle();
    };
    const onMessage = (m: FromWorker) => {
      if (m.type === "ready") done(resolve);
    };
    const onExit = (code: number) =>
      done(() => reject(new Error(`The import worker stopped (exit code ${code})`)));
    worker.on("message", onMessage);
    worker.on("exit", onExit);
  });
  release(worker);
}

function release(worker: Worker): void {
  if (idle.length >= MAX_IDLE) {
    void worker.terminate();
    return;
  }
  worker.unref();
  idle.push(worker);
}

function inWorker(
  input: WorkerInput,
  source: AsyncIterable<Buffer>,
  onProgress: ImportProgress,
  announce: (event: LiveEvent) => void,
): Promise<ImportOutcome> {
  const chunks = source[Symbol.asyncIterator]();
  const worker = takeWorker();
  const jobId = ++lastJob;
  let settled = false;
  const post = (m: ToWorker) => worker.postMessage(m);
  // The worker asks for the next chunk when it has handled the last: the upload's backpressure.
  async function feed(): Promise<void> {
    try {
      const next = await chunks.next();
      if (settled) return;
      post(next.done ? { type: "end", jobId } : { type: "chunk", jobId, data: next.value });
    } catch {
      if (!settled) post({ type: "abort", jobId });
    }
  }
  return new Promise<ImportOutcome>((resolve, reject) => {
    const settle = (reuse: boolean, done: () => void) => {
      if (settled) return;
      settled = true;
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      if (reuse) release(worker);
      done();
    };
    const onMessage = (m: FromWorker) => {
      if (m.jobId !== jobId) return;
      if (m.type === "pull") void feed();
      else if (m.type === "progress") onProgress(m.phase, m.done, m.total);
      else if (m.type === "changes") announce(m.event);
      else if (m.type === "done") settle(true, () => resolve(m.outcome));
      // The code too: it tells "database unavailable" (isDatabaseUnavailable) from a bug.
      else if (m.type === "failed")
        settle(true, () => reject(Object.assign(new Error(m.message), { stack: m.stack, code: m.code })));
    };
    const onError = (err: Error) => settle(false, () => reject(err));
    // Before "done" or "failed", the worker died.
    const onExit = (code: number) =>
      settle(false, () => reject(new Error(`The import worker stopped (exit code ${code})`)));
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    post({ type: "job", jobId, input });
  });
}
