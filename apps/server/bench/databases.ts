import { mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type Database,
  type DialectName,
  migrateToLatest,
  openDatabase,
  type ScaleSeedReport,
  seedScale,
} from "@tbc/db";
import { sql } from "kysely";

/** Bump when the generator changes, so that kept bench databases are seeded again. */
const DATA_VERSION = 1;

export type BenchDatabase = {
  database: Database;
  /** How the server process opens the same database. */
  url: string;
  searchPath?: string;
  seeded: ScaleSeedReport | null;
  drop(): Promise<void>;
};

/**
 * A migrated database loaded with `seed --scale N`: an SQLite file under BENCH_DIR (default
 * $TMPDIR/tbc-bench) or a schema in the PostgreSQL database of BENCH_DATABASE_URL. Loading scale 10
 * takes many minutes, so a complete load is kept (a marker table says so) and reused by the next run
 * unless `fresh`; `keep: false` (the smoke test) drops it afterwards.
 */
export async function benchDatabase(
  dialect: DialectName,
  scale: number,
  opts: { fresh: boolean; keep: boolean; pgUrl?: string; log: (line: string) => void },
): Promise<BenchDatabase> {
  const name = `scale_${String(scale).replace(".", "_")}${opts.keep ? "" : `_${process.pid}`}`;
  if (dialect === "sqlite") {
    const dir = process.env.BENCH_DIR ?? join(tmpdir(), "tbc-bench");
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${name}.sqlite`);
    const remove = () => {
      for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
    };
    if (opts.fresh || !opts.keep) remove();
    const open = () => openDatabase(file);
    return load(open, file, undefined, scale, opts.log, async () => (opts.keep ? undefined : remove()));
  }
  const url = opts.pgUrl;
  if (!url) throw new Error("BENCH_DATABASE_URL is not set");
  const admin = async (statement: string) => {
    const handle = openDatabase(url, { poolSize: 1 });
    try {
      await sql.raw(statement).execute(handle.db);
    } finally {
      await handle.close();
    }
  };
  const schema = `bench_${name}`;
  if (opts.fresh || !opts.keep) await admin(`drop schema if exists ${schema} cascade`);
  await admin(`create schema if not exists ${schema}`);
  const open = () => openDatabase(url, { searchPath: schema, poolSize: 10 });
  return load(open, url, schema, scale, opts.log, async () => {
    if (!opts.keep) await admin(`drop schema if exists ${schema} cascade`);
  });
}

async function load(
  open: () => Database,
  url: string,
  searchPath: string | undefined,
  scale: number,
  log: (line: string) => void,
  cleanup: () => Promise<void>,
): Promise<BenchDatabase> {
  const database = open();
  const drop = async () => {
    await database.close();
    await cleanup();
  };
  const done = await sql<{ v: number }>`select version as v from bench_seeded`
    .execute(database.db)
    .then((r) => Number(r.rows[0]?.v) === DATA_VERSION)
    .catch(() => false);
  if (done) {
    // A kept load migrates forward like any database (new rollups are backfilled by their migration).
    await migrateToLatest(database.db, searchPath ? { schema: searchPath } : {});
    log(`${database.describe}: scale ${scale} already loaded`);
    return { database, url, ...(searchPath ? { searchPath } : {}), seeded: null, drop };
  }
  await refuseIncomplete(database);
  await migrateToLatest(database.db, searchPath ? { schema: searchPath } : {});
  log(`${database.describe}: loading scale ${scale}`);
  const seeded = await seedScale(database.db, { scale, log: (l) => log(`  ${l}`) });
  await sql`create table bench_seeded (version integer not null)`.execute(database.db);
  await sql`insert into bench_seeded (version) values (${DATA_VERSION})`.execute(database.db);
  return { database, url, ...(searchPath ? { searchPath } : {}), seeded, drop };
}

/** A half-loaded database from an interrupted run is not reused silently. */
async function refuseIncomplete(database: Database): Promise<void> {
  const hasTables = await sql`select 1 from agencies limit 1`
    .execute(database.db)
    .then(() => true)
    .catch(() => false);
  if (hasTables)
    throw new Error(`${database.describe} holds an incomplete bench load: run the bench with --fresh`);
}
