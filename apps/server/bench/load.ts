import { type ChildProcess, fork } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import type { BenchDatabase } from "./databases";

export type LoadResult = {
  rps: number;
  p50: number;
  p99: number;
  failed: number;
  responses: number;
  seconds: number;
};

/**
 * BENCH_CPU_PROFILES=<dir>: the server under test writes a V8 CPU profile of each of its threads (the
 * import worker's too) there, to see where an import's time goes in the real process.
 */
const PROFILES = process.env.BENCH_CPU_PROFILES;

/** Starts serve.ts on the bench database; resolves with its base URL and a stop(). */
export async function startServer(
  db: BenchDatabase,
): Promise<{ base: string; stop(): Promise<void>; peakRssMiB(): number | null }> {
  const child: ChildProcess = fork(fileURLToPath(new URL("./serve.ts", import.meta.url)), [], {
    execArgv: ["--import", "tsx", ...(PROFILES ? ["--cpu-prof", `--cpu-prof-dir=${PROFILES}`] : [])],
    env: {
      ...process.env,
      BENCH_SERVE_URL: db.url,
      ...(db.searchPath ? { BENCH_SERVE_SCHEMA: db.searchPath } : {}),
    },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (m) => resolve((m as { port: number }).port));
    child.once("exit", (code) => reject(new Error(`the bench server exited (${code}) before listening`)));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    // The process's high-water mark of resident memory (its import worker included), from Linux's
    // /proc: null elsewhere.
    peakRssMiB: () => {
      try {
        const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1];
        return kb ? Number(kb) / 1024 : null;
      } catch {
        return null;
      }
    },
    // Killed, not closed: a graceful close would first finish every request still queued from a load
    // run (minutes of overview queries at scale 10), which is why each load figure gets a new server.
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        // A profiled server exits on SIGTERM (serve.ts): V8 writes its profiles only on an exit.
        child.kill(PROFILES ? "SIGTERM" : "SIGKILL");
      }),
  };
}

function summarise(r: autocannon.Result): LoadResult {
  return {
    // Over the whole run: autocannon's per-second average is 0 for a run shorter than its first sample.
    rps: r.requests.total / Math.max(r.duration, 0.001),
    p50: r.latency.p50,
    p99: r.latency.p99,
    failed: r.non2xx + r.errors + r.timeouts,
    responses: r.requests.total,
    seconds: r.duration,
  };
}

/** `connections` clients sending GETs back to back for `seconds`, as autocannon measures them. */
export async function load(
  url: string,
  connections: number,
  seconds: number,
  cookie?: string,
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 60,
    headers: cookie ? { cookie } : {},
  });
  return summarise(result);
}

/**
 * Other requests during an import: for each URL, `connections` clients query it while one client
 * uploads the CSV through the real import endpoint; the load stops when the import answers.
 */
export async function loadDuring(
  urls: string[],
  connections: number,
  cookie: string,
  work: () => Promise<void>,
): Promise<{ results: LoadResult[]; workMs: number }> {
  const instances: autocannon.Instance[] = [];
  const done = urls.map(
    (url) =>
      new Promise<autocannon.Result>((resolve, reject) => {
        instances.push(
          autocannon({ url, connections, duration: 3600, timeout: 120, headers: { cookie } }, (err, r) =>
            err ? reject(err) : resolve(r),
          ),
        );
      }),
  );
  const t0 = performance.now();
  try {
    await work();
  } finally {
    for (const instance of instances) instance.stop();
  }
  const workMs = performance.now() - t0;
  return { results: (await Promise.all(done)).map(summarise), workMs };
}

/** One CSV upload through POST /api/imports/<kind>?mode=commit; throws unless the import committed. */
export async function uploadImport(base: string, kind: string, csv: Buffer, cookie: string): Promise<void> {
  const res = await fetch(`${base}/api/imports/${kind}?mode=commit&fileName=bench.csv`, {
    method: "POST",
    headers: { "content-type": "text/csv", cookie, origin: base },
    body: csv,
  });
  const text = await res.text();
  const last = JSON.parse(text.trim().split("\n").pop() ?? "{}") as { type?: string };
  if (!res.ok || last.type !== "result")
    throw new Error(`the import failed: ${res.status} ${text.slice(-500)}`);
}
