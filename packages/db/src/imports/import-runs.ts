/**
 * An import's line in the history exists before its transaction starts: "running", committed on its
 * own, then turned into "committed" by the import's transaction, or into "rejected" or "failed" after
 * it. A process that dies mid-import (kill -9, a power cut) leaves "running"; `reapInterruptedImports`
 * turns such a line into "failed" once its process is known to be gone, and never a live one's:
 * - PostgreSQL (several server processes may share it): the running import holds a session advisory
 *   lock keyed on its id, on the connection that runs it. PostgreSQL drops the lock with the session,
 *   so a lock anyone can take means the import's process or connection is gone.
 * - SQLite (one host, a single writer process): the owner host:pid:instance. Gone is another host, a
 *   pid that no longer runs, or our own pid under another instance (a restarted container's pid 1).
 */
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { type Kysely, sql } from "kysely";
import { dialectOf, nowIso } from "../dialect";
import type { DB, Executor } from "../schema";

/** What the history says of an import whose process died or was stopped mid-way. */
export const INTERRUPTED_IMPORT_MESSAGE =
  "Interrupted: the server or its database stopped during the import. Nothing was imported; import the file again.";
/** What it says of one that broke (the database went away, a bug): the details are in the log. */
export const FAILED_IMPORT_MESSAGE =
  "The import failed unexpectedly and nothing was imported. Try again; the error has been logged.";

// Worker threads get a copy of the environment at their start: the server's import workers share the
// main thread's instance id, so that a reap in the main thread sees their imports as its own.
process.env.TBC_INSTANCE_ID ||= randomUUID();
const HOST = hostname();
/** This process, as the `owner` of the imports it runs. */
export const IMPORT_OWNER = `${HOST}:${process.pid}:${process.env.TBC_INSTANCE_ID}`;

/** The advisory-lock key of an import: the schema's hash and the id (tests share a database). */
const lockKey = (importId: number) => sql`hashtext(current_schema() || '.imports'), ${importId}::int4`;

export type ImportRunEntry = { kind: string; fileName: string; userId: number | null };

/**
 * Runs `fn` (the import's transaction, on the connection passed to it) with its "running" line
 * committed first. A throw other than `keepStatus`'s is recorded as "failed", on another connection
 * (the import's may be the one that was lost), and thrown on.
 */
export async function withImportRun<T>(
  db: Kysely<DB>,
  entry: ImportRunEntry,
  fn: (conn: Kysely<DB>, importId: number) => Promise<T>,
  keepStatus: (error: unknown) => boolean,
): Promise<T> {
  // Inside a caller's transaction (a seed) the line commits or rolls back with everything else.
  if (db.isTransaction) return fn(db, await insertRunning(db, entry));
  let importId: number | undefined;
  try {
    return await db.connection().execute(async (conn) => {
      importId = await startRun(conn, entry);
      try {
        return await fn(conn, importId);
      } finally {
        if (dialectOf(conn) === "postgres") {
          await sql`select pg_advisory_unlock(${lockKey(importId)})`.execute(conn).catch(() => {});
        }
      }
    });
  } catch (error) {
    if (importId !== undefined && !keepStatus(error)) {
      // Best effort: if the database is gone, the line stays "running" until a reap finds it.
      await markFailed(db, [importId], FAILED_IMPORT_MESSAGE).catch(() => {});
    }
    throw error;
  }
}

/** The "running" line, in a short transaction of its own; on PostgreSQL locked before it is visible. */
async function startRun(conn: Kysely<DB>, entry: ImportRunEntry): Promise<number> {
  return conn.transaction().execute(async (trx) => {
    const id = await insertRunning(trx, entry);
    // A session lock taken inside the transaction outlives it: held until unlocked or disconnected.
    if (dialectOf(trx) === "postgres") await sql`select pg_advisory_lock(${lockKey(id)})`.execute(trx);
    return id;
  });
}

async function insertRunning(db: Executor, entry: ImportRunEntry): Promise<number> {
  const { id } = await db
    .insertInto("imports")
    .values({
      ...entry,
      ...{ at: nowIso(), status: "running", message: null, owner: IMPORT_OWNER },
      ...{ rowsTotal: 0, rowsCreated: 0, rowsUpdated: 0, rowsUnchanged: 0, rowsRejected: 0 },
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

async function markFailed(db: Executor, ids: number[], message: string): Promise<number> {
  if (!ids.length) return 0;
  const res = await db
    .updateTable("imports")
    .set({ status: "failed", message, owner: null })
    .where("id", "in", ids)
    .where("status", "=", "running")
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

function ownerIsGone(owner: string | null): boolean {
  const [host, pid, instance] = (owner ?? "").split(":");
  if (host !== HOST || !pid) return true;
  if (Number(pid) === process.pid) return instance !== process.env.TBC_INSTANCE_ID;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (e) {
    // EPERM: it runs, as another user.
    return (e as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/**
 * Marks "failed" (interrupted) every running import whose process is gone; returns how many. Run at
 * start-up and before the history is listed, so that every process shows the same history.
 */
export async function reapInterruptedImports(db: Kysely<DB>): Promise<number> {
  const running = await db
    .selectFrom("imports")
    .select(["id", "owner"])
    .where("status", "=", "running")
    .execute();
  if (!running.length) return 0;
  if (dialectOf(db) === "sqlite") {
    const gone = running.filter((r) => ownerIsGone(r.owner)).map((r) => r.id);
    return markFailed(db, gone, INTERRUPTED_IMPORT_MESSAGE);
  }
  // One connection, so that each probe's lock is released by the same session that took it.
  return db.connection().execute(async (conn) => {
    let reaped = 0;
    for (const { id } of running) {
      const probe = await sql<{ free: boolean }>`select pg_try_advisory_lock(${lockKey(id)}) as free`.execute(
        conn,
      );
      if (!probe.rows[0]?.free) continue;
      try {
        reaped += await markFailed(conn, [id], INTERRUPTED_IMPORT_MESSAGE);
      } finally {
        await sql`select pg_advisory_unlock(${lockKey(id)})`.execute(conn);
      }
    }
    return reaped;
  });
}
