import { Worker } from "node:worker_threads";
import {
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from "kysely";
import type { ReadRequest, ReadResponse } from "./read-worker";

/**
 * Read-only SQLite connections in worker threads, as a Kysely dialect: the same repository code runs
 * its SELECTs there, so a heavy aggregate no longer blocks the server's event loop (better-sqlite3 is
 * synchronous; on the one main connection a 200 ms query stalls every other request). WAL mode lets
 * these readers see each write as soon as the main connection commits it. Workers start at warmUp()
 * or the first query; each runs one query at a time, and a query goes to an idle worker, else to the
 * one with the fewest waiting.
 */
export class ReadPool {
  private readonly workers: PoolWorker[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly file: string,
    private readonly size = 2,
  ) {}

  run(sql: string, parameters: readonly unknown[]): Promise<unknown[]> {
    if (this.closed) return Promise.reject(new Error("The database is closed"));
    return this.send(this.pick(), sql, parameters);
  }

  private send(worker: PoolWorker, sql: string, parameters: readonly unknown[]): Promise<unknown[]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      worker.pending.set(id, { resolve, reject });
      worker.thread.ref();
      worker.thread.postMessage({ id, sql, parameters } satisfies ReadRequest);
    });
  }

  /** Starts every worker now and waits until each answers, instead of at the first heavy read. */
  async warmUp(): Promise<void> {
    if (this.workers.length === 0) for (let i = 0; i < this.size; i++) this.spawn();
    await Promise.all(this.workers.map((worker) => this.send(worker, "select 1", [])));
  }

  async close(): Promise<void> {
    this.closed = true;
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((w) => w.thread.terminate()));
  }

  private pick(): PoolWorker {
    const idle = this.workers.find((w) => w.pending.size === 0);
    if (idle) return idle;
    if (this.workers.length < this.size) return this.spawn();
    return this.workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
  }

  private spawn(): PoolWorker {
    const thread = new Worker(new URL("./read-worker.mjs", import.meta.url), {
      workerData: { file: this.file },
    });
    const worker: PoolWorker = { thread, pending: new Map() };
    this.workers.push(worker);
    thread.on("message", (response: ReadResponse) => {
      const waiting = worker.pending.get(response.id);
      worker.pending.delete(response.id);
      // Idle workers must not keep a process alive (a CLI run, a test file).
      if (worker.pending.size === 0) thread.unref();
      if (!waiting) return;
      if ("rows" in response) waiting.resolve(response.rows);
      else waiting.reject(Object.assign(new Error(response.error.message), { code: response.error.code }));
    });
    // A worker that dies fails what it was asked and is replaced by the next query.
    const fail = (err: Error) => {
      const at = this.workers.indexOf(worker);
      if (at >= 0) this.workers.splice(at, 1);
      for (const { reject } of worker.pending.values()) reject(err);
      worker.pending.clear();
    };
    thread.on("error", fail);
    thread.on("exit", (code) => fail(new Error(`The read worker stopped (exit code ${code})`)));
    return worker;
  }
}

type Waiting = { resolve(rows: unknown[]): void; reject(err: Error): void };
type PoolWorker = { thread: Worker; pending: Map<number, Waiting> };

class ReadPoolConnection implements DatabaseConnection {
  constructor(private readonly pool: ReadPool) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return { rows: (await this.pool.run(query.sql, query.parameters)) as R[] };
  }

  // biome-ignore lint/correctness/useYield: nothing to stream; refusing is the point
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("The read pool does not stream: read through the main connection");
  }
}

const READ_ONLY = "The read pool is read-only: write through the main connection";

class ReadPoolDriver implements Driver {
  private readonly connection: ReadPoolConnection;

  constructor(private readonly pool: ReadPool) {
    this.connection = new ReadPoolConnection(pool);
  }

  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    return this.connection;
  }
  async beginTransaction(): Promise<void> {
    throw new Error(READ_ONLY);
  }
  async commitTransaction(): Promise<void> {
    throw new Error(READ_ONLY);
  }
  async rollbackTransaction(): Promise<void> {
    throw new Error(READ_ONLY);
  }
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {
    await this.pool.close();
  }
}

/** A Kysely dialect over a ReadPool: SQLite's compiler and adapter, queries sent to the workers. */
export function readPoolDialect(pool: ReadPool): Dialect {
  return {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new ReadPoolDriver(pool),
    createIntrospector: (db: Kysely<unknown>) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  };
}
