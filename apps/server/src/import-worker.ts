/**
 * The import worker (a worker thread, started by import-thread.ts): parses, validates and writes
 * imports over its own connection to the same database, so that the server's event loop keeps
 * answering. It pulls each file from the main thread chunk by chunk (the upload's pace is its pace)
 * and runs the very call an in-process import makes (runImportJob → the @tbc/db pipeline). It lives
 * on between imports: booting one costs seconds, an import may take less.
 */
import { parentPort } from "node:worker_threads";
import { CsvFileError, LocalChangeFeed, openDatabase } from "@tbc/db";
import type { FromWorker, ToWorker, WorkerInput } from "./import-thread";
import { runImportJob } from "./imports";

const port = parentPort;

/** Messages of the current job; a late chunk of an earlier job (its pull outlived it) is dropped. */
let current = 0;
const inbox: ToWorker[] = [];
let waiting: ((m: ToWorker) => void) | null = null;
port?.on("message", (m: ToWorker) => {
  if (m.type !== "job" && m.jobId !== current) return;
  if (waiting) {
    const wake = waiting;
    waiting = null;
    wake(m);
  } else inbox.push(m);
});
const nextMessage = () =>
  new Promise<ToWorker>((resolve) => {
    const queued = inbox.shift();
    if (queued) resolve(queued);
    else waiting = resolve;
  });

const send = (m: FromWorker) => port?.postMessage(m);

/**
 * The uploaded file, as the main thread reads it from the request. One chunk is asked for ahead of
 * the one being parsed, so that the import does not wait for a busy main thread's turn at every chunk
 * (the backpressure stays: at most two chunks are in flight). A pull past the end is answered "end"
 * again, which the next job's start drops.
 */
async function* upload(jobId: number): AsyncGenerator<Buffer> {
  send({ type: "pull", jobId });
  for (;;) {
    send({ type: "pull", jobId });
    const m = await nextMessage();
    if (m.type === "end") return;
    // The client went away mid-upload: a refused file (recorded), nothing of it written.
    if (m.type === "abort") throw new CsvFileError("import.file.interrupted");
    if (m.type === "chunk") yield Buffer.from(m.data.buffer, m.data.byteOffset, m.data.byteLength);
  }
}

async function run(jobId: number, input: WorkerInput): Promise<void> {
  // No read workers: an import only writes.
  const database = openDatabase(input.opened.url, { ...input.opened.options, poolSize: 1, readWorkers: 0 });
  // SQLite announces commits in memory, and this thread's memory is not the server's: forward them.
  // (PostgreSQL's pg_notify reaches every process from the transaction itself.)
  if (database.dialect === "sqlite")
    new LocalChangeFeed(database.db).subscribe((event) => send({ type: "changes", jobId, event }));
  try {
    const outcome = await runImportJob(database.db, input.job, upload(jobId), (phase, done, total) =>
      send({ type: "progress", jobId, phase, done, total }),
    );
    send({ type: "done", jobId, outcome });
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    const code = (e as { code?: unknown }).code;
    send({
      ...{ type: "failed", jobId, message: e.message, stack: e.stack ?? "" },
      code: code ? String(code) : undefined,
    });
  } finally {
    await database.close();
  }
}

async function main(): Promise<void> {
  for (;;) {
    const m = await nextMessage();
    if (m.type !== "job") continue;
    current = m.jobId;
    inbox.length = 0;
    await run(m.jobId, m.input);
  }
}

void main();
// Every module is loaded by now (static imports): warmImportWorker waits for this.
send({ type: "ready", jobId: 0 });
