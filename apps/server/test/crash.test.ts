import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { type Database, type DialectName, INTERRUPTED_IMPORT_MESSAGE, openDatabase } from "@tbc/db";
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from "@tbc/db/testing";
import { ENGAGEMENT_CSV_HEADER, type ImportHistoryEntry } from "@tbc/types";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IMPORT_ENGAGEMENT_PATH } from "../src/http/imports";
import {
  createAccount,
  killServer,
  query,
  type ServerProcess,
  signIn,
  startServer,
  upload,
} from "./server-process";

/**
 * kill -9 of the real server process during an engagement upload, at a random moment: before the
 * import started, while its transaction wrote batches, or after it committed. Whatever the moment,
 * after a restart the database opens cleanly, holds all of the file or none of it (rows and rollups),
 * and the history says "committed" or "failed" (interrupted), never "running". The moment is random;
 * the assertions hold for every moment, so none of them depends on timing.
 *
 * `pnpm test` kills CRASH_RUNS=3 times per dialect; `pnpm --filter @tbc/server test:crash` 20 times
 * and prints the tally (README, "Fault tolerance").
 */
const RUNS = Number(process.env.CRASH_RUNS ?? 3);
const DAYS = 40;
const COUNTRIES = 100;
const ROWS = DAYS * COUNTRIES; // 4 batches of 1000: four progress points inside the transaction
const BATCHES = ROWS / 1000;
const CHANNEL = "press";

type Moment = "before" | "during" | "after";

function runDays(run: number): { first: string; last: string; days: string[] } {
  const start = Date.UTC(2016, 0, 1) + run * DAYS * 86_400_000;
  const days = Array.from({ length: DAYS }, (_, i) =>
    new Date(start + i * 86_400_000).toISOString().slice(0, 10),
  );
  return { first: days[0] ?? "", last: days.at(-1) ?? "", days };
}

function runFile(run: number, countries: string[]): string {
  const rows = runDays(run).days.flatMap((day) =>
    countries.map((c, i) => [day, CHANNEL, c, String(1000 + i), "", "", "", "", "", "", ""].join(",")),
  );
  return `${[ENGAGEMENT_CSV_HEADER.join(","), ...rows].join("\r\n")}\r\n`;
}

/** The database as the crash left it: opens cleanly, every foreign key holds. */
async function checkIntegrity(dialect: DialectName, db: Database["db"]): Promise<void> {
  if (dialect === "sqlite") {
    const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db);
    expect(integrity.rows.map((r) => Object.values(r)[0])).toEqual(["ok"]);
    expect((await sql`pragma foreign_key_check`.execute(db)).rows).toEqual([]);
    return;
  }
  const fks = await sql<{ child: string; col: string; parent: string; pcol: string }>`
    select c.conrelid::regclass::text as child, a.attname as col,
           c.confrelid::regclass::text as parent, af.attname as pcol
    from pg_constraint c
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
    join pg_attribute af on af.attrelid = c.confrelid and af.attnum = c.confkey[1]
    where c.contype = 'f' and c.connamespace = current_schema()::regnamespace`.execute(db);
  expect(fks.rows.length).toBeGreaterThan(0);
  for (const fk of fks.rows) {
    const orphans = await sql<{ n: number }>`select count(*) as n from ${sql.raw(fk.child)} x
      where x.${sql.ref(fk.col)} is not null and not exists
        (select 1 from ${sql.raw(fk.parent)} p where p.${sql.ref(fk.pcol)} = x.${sql.ref(fk.col)})`.execute(
      db,
    );
    expect(Number(orphans.rows[0]?.n), `${fk.child}.${fk.col} → ${fk.parent}`).toBe(0);
  }
}

/** The file's rows stored now, and whether the monthly rollup still sums the daily rows. */
async function stored(db: Database["db"], run: number) {
  const { first, last } = runDays(run);
  const rows = await db
    .selectFrom("engagementDaily")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("channel", "=", CHANNEL)
    .where("countryCode", "!=", "")
    .where("day", ">=", first)
    .where("day", "<=", last)
    .executeTakeFirstOrThrow();
  const totals = await sql<{ dailyRows: number; monthlyDays: number; daily: number; monthly: number }>`
    select (select count(*) from engagement_daily) as daily_rows,
           (select coalesce(sum(days), 0) from engagement_monthly) as monthly_days,
           (select coalesce(sum(impressions), 0) from engagement_daily) as daily,
           (select coalesce(sum(impressions), 0) from engagement_monthly) as monthly`.execute(db);
  const t = totals.rows[0];
  return {
    rows: Number(rows.n),
    rollupsHold: Number(t?.dailyRows) === Number(t?.monthlyDays) && Number(t?.daily) === Number(t?.monthly),
  };
}

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: kill -9 of the server during an import`, () => {
    let url: string;
    let base: TestDatabase | undefined;
    let dir: string | undefined;
    let server: ServerProcess | undefined;
    /** A short-lived handle on the database, as an operator's tool would open it. */
    const inspect = async <T>(fn: (db: Database["db"]) => Promise<T>): Promise<T> => {
      if (base) return fn(base.db);
      const database = openDatabase(url, { readWorkers: 0 });
      try {
        return await fn(database.db);
      } finally {
        await database.close();
      }
    };

    beforeAll(async () => {
      if (dialect === "sqlite") {
        // A file of its own, closed here: after each kill it is opened anew, as an operator would.
        const file = await createTestDatabase("sqlite", { sqliteFile: true });
        await createAccount(file.db, "staff");
        await file.close();
        url = file.opened.url;
        dir = dirname(url);
      } else {
        base = await createTestDatabase("postgres");
        await createAccount(base.db, "staff");
        url = base.url;
      }
    });
    afterAll(async () => {
      if (server) await killServer(server);
      await base?.drop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it(`${RUNS} kills at random moments: each import is all or nothing, and "failed" if cut`, async () => {
      server = await startServer(url);
      const countries = await inspect(async (db) =>
        (await db.selectFrom("countries").select("code").orderBy("code").limit(COUNTRIES).execute()).map(
          (c) => c.code,
        ),
      );
      const tally: Record<Moment, number> = { before: 0, during: 0, after: 0 };
      for (let run = 0; run < RUNS; run++) {
        const fileName = `crash-${run}.csv`;
        const cookie = await signIn(server.origin, "staff");
        // 0: as soon as the upload is sent; 1…BATCHES: after that many progress lines; then after the
        // answer. Progress lines cover validating too, so the kill lands anywhere in the transaction.
        const killAfter = Math.floor(Math.random() * (BATCHES + 2));
        const victim = server;
        let killing: Promise<void> | undefined;
        const kill = () => {
          killing ??= killServer(victim);
          return killing;
        };
        const target = `${server.origin}${IMPORT_ENGAGEMENT_PATH}?mode=commit&fileName=${fileName}`;
        const answer = upload(target, cookie, runFile(run, countries), (_line, n) => {
          if (n >= killAfter) void kill();
        });
        if (killAfter === 0) void kill();
        await answer;
        await kill();

        await inspect((db) => checkIntegrity(dialect, db));
        server = await startServer(url);
        const staff = await signIn(server.origin, "staff");
        const history = await query<{ data: ImportHistoryEntry[] }>(server.origin, staff, "imports.list", {
          filters: [{ field: "fileName", operator: "eq", value: fileName }],
        });
        const now = await inspect((db) => stored(db, run));
        expect(now.rollupsHold).toBe(true);
        expect(history.data.length).toBeLessThanOrEqual(1);
        const entry = history.data[0];
        if (!entry) {
          tally.before++;
          expect(now.rows).toBe(0);
        } else if (entry.status === "committed") {
          tally.after++;
          expect(now.rows).toBe(ROWS);
          expect(entry.rowsCreated).toBe(ROWS);
        } else {
          tally.during++;
          expect(entry.status).toBe("failed");
          expect(entry.message).toBe(INTERRUPTED_IMPORT_MESSAGE);
          expect(now.rows).toBe(0);
        }
      }
      await inspect((db) => checkIntegrity(dialect, db));
      console.log(
        `${dialect}: ${RUNS} kills — before the import: ${tally.before}, ` +
          `during the import (its line left running): ${tally.during}, after the commit: ${tally.after}; partial imports: 0`,
      );
      expect(tally.before + tally.during + tally.after).toBe(RUNS);
    }, 900_000);
  });
}
