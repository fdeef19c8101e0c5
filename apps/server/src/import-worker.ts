/**
 * The import worker (a worker thread, started by import-thread.ts): parses, validates and writes one
 * import over its own connection to the same database, so that the server's event loop keeps
 * answering. It pulls the file from the main thread chunk by chunk (the upload's pace is its pace)
 * and runs the very call an in-process import makes (runImportJob → the @tbc/db pipeline).
 */
import { parentPort, workerData } from "node:worker_threads";
import { CsvFileError, openDatabase } from "@tbc/db";
import type { FromWorker, ToWorker, WorkerInput } from "./import-thread";
import { runImportJob } from "./imports";

const port = parentPort;
const input = workerData as WorkerInput;

/** Messages from the main thread, one per pull. */
const inbox: ToWorker[] = [];
let waiting: ((m: ToWorker) => void) | null = null;
port?.on("message", (m: ToWorker) => {
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

/** The uploaded file, as the main thread reads it from the request. */
async function* upload(): AsyncGenerator<Buffer> {
  for (;;) {
    send({ type: "pull" });
    const m = await nextMessage();
    if (m.type === "end") return;
    // The client went away mid-upload: a refused file (recorded), nothing of it written.
    if (m.type === "abort") throw new CsvFileError("The upload was interrupted: nothing was imported");
    yield Buffer.from(m.data.buffer, m.data.byteOffset, m.data.byteLength);
  }
}

async function main(): Promise<void> {
  // No read workers: an import only writes.
  const database = openDatabase(input.opened.url, { ...input.opened.options, poolSize: 1, readWorkers: 0 });
  try {
    const outcome = await runImportJob(database.db, input.job, upload(), (phase, done, total) =>
      send({ type: "progress", phase, done, total }),
    );
    send({ type: "done", outcome });
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    const code = (e as { code?: unknown }).code;
    send({ type: "failed", message: e.message, stack: e.stack ?? "", code: code ? String(code) : undefined });
  } finally {
    await database.close();
  }
}

void main();
