import type { Executor } from "../schema";

/**
 * The data version (migration 0006): a counter that every committed write transaction increments
 * exactly once, inside that transaction (`inTransaction` does it), so a rolled-back write leaves it
 * as it was. Answers cached under a version are therefore never served after a change to the data.
 */
export async function bumpDataVersion(trx: Executor): Promise<number> {
  const row = await trx
    .updateTable("dataVersion")
    .set((eb) => ({ version: eb("version", "+", 1) }))
    .where("id", "=", 1)
    .returning("version")
    .executeTakeFirstOrThrow();
  return Number(row.version);
}

export async function readDataVersion(db: Executor): Promise<number> {
  const row = await db
    .selectFrom("dataVersion")
    .select("version")
    .where("id", "=", 1)
    .executeTakeFirstOrThrow();
  return Number(row.version);
}

const ignore = () => {};

/**
 * Reads the data version for many concurrent requests with at most one query in flight: a request
 * that arrives while a query runs waits for the NEXT query, which starts after it arrived. Sharing the
 * running one would be wrong: it may have read the version before a write that committed before the
 * request was sent (a client's own write, then its read, must see the new version).
 */
export class DataVersionReader {
  private running: Promise<number> | null = null;
  private queued: Promise<number> | null = null;

  /** `now`: a synchronous read of the committed version (Database.readDataVersionNow), used when given. */
  constructor(
    private readonly db: Executor,
    private readonly now?: () => number,
  ) {}

  read(): Promise<number> {
    if (this.now) {
      try {
        return Promise.resolve(this.now());
      } catch (error) {
        return Promise.reject(error);
      }
    }
    if (this.queued !== null) return this.queued;
    if (this.running === null) return this.start();
    const queued = this.running.then(ignore, ignore).then(() => {
      this.queued = null;
      return this.start();
    });
    this.queued = queued;
    return queued;
  }

  private start(): Promise<number> {
    const query = readDataVersion(this.db);
    this.running = query;
    const done = () => {
      if (this.running === query) this.running = null;
    };
    query.then(done, done);
    return query;
  }
}
