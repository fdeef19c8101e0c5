import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../src/database";
import { MIGRATION_LOCK, migrateToLatest } from "../src/migrate";
import { migrations } from "../src/migrations";
import { databaseUrl, TEST_DIALECTS } from "../src/testing";

const PROCESSES = 4;

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Several server processes started together against one empty PostgreSQL database: each migrates on
 * start (or `pnpm tbc migrate`), with a pool of its own. All must succeed and every migration must be
 * applied by exactly one of them.
 */
for (const dialect of TEST_DIALECTS.filter((d) => d === "postgres")) {
  describe(`${dialect}: concurrent migrations on a fresh database`, () => {
    const url = process.env.TEST_DATABASE_URL ?? "";
    const name = `${new URL(url).pathname.slice(1)}_m_${randomBytes(5).toString("hex")}`;

    beforeAll(() => admin(url, `create database ${name}`));
    afterAll(() => admin(url, `drop database if exists ${name} with (force)`));

    it(`${PROCESSES} concurrent migrate calls all succeed; each migration applied once`, async () => {
      const handles = Array.from({ length: PROCESSES }, () =>
        openDatabase(databaseUrl(url, name), { poolSize: 2 }),
      );
      try {
        const results = await Promise.all(handles.map((h) => migrateToLatest(h.db)));
        const applied = results.flatMap((r) => r.results ?? []).filter((r) => r.status === "Success");
        expect(applied.map((r) => r.migrationName).sort()).toEqual(Object.keys(migrations).sort());
        const first = handles[0];
        if (!first) throw new Error("no database handle");
        const { rows } = await sql<{ name: string; n: string }>`
          select name, count(*) as n from kysely_migration group by name`.execute(first.db);
        expect(rows).toHaveLength(Object.keys(migrations).length);
        expect(rows.every((r) => Number(r.n) === 1)).toBe(true);
        const countries = await first.db
          .selectFrom("countries")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .executeTakeFirstOrThrow();
        expect(Number(countries.n)).toBeGreaterThan(200);
      } finally {
        await Promise.all(handles.map((h) => h.close()));
      }
    });

    it("a migrate call waits while another process holds the migration lock", async () => {
      const holder = openDatabase(databaseUrl(url, name), { poolSize: 1 });
      const waiter = openDatabase(databaseUrl(url, name), { poolSize: 2 });
      try {
        await holder.db.connection().execute(async (conn) => {
          await sql`select pg_advisory_lock(${MIGRATION_LOCK})`.execute(conn);
          let finished = false;
          const migrating = migrateToLatest(waiter.db).finally(() => {
            finished = true;
          });
          // Waits for the condition (the call queued on the lock), not for a time.
          for (;;) {
            const { rows } = await sql<{ n: string }>`
              select count(*) as n from pg_locks
               where locktype = 'advisory' and not granted
                 and database = (select oid from pg_database where datname = current_database())`.execute(
              conn,
            );
            if (finished || Number(rows[0]?.n) > 0) break;
          }
          expect(finished).toBe(false);
          await sql`select pg_advisory_unlock(${MIGRATION_LOCK})`.execute(conn);
          await migrating;
        });
      } finally {
        await Promise.all([holder.close(), waiter.close()]);
      }
    });
  });
}
