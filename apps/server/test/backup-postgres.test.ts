import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createCrimeArea, openDatabase } from "@tbc/db";
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from "@tbc/db/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);

/**
 * The README's PostgreSQL backup (pg_dump while the server writes, pg_restore into an empty
 * database) holds every write acknowledged before the dump began and passes the constraints.
 */
for (const dialect of TEST_DIALECTS.filter((d) => d === "postgres")) {
  describe(`${dialect}: pg_dump under writes, pg_restore`, () => {
    const url = process.env.TEST_DATABASE_URL ?? "";
    const dir = mkdtempSync(join(tmpdir(), "tbc-pgdump-"));
    const restoredName = `tbc_restore_${process.pid}`;
    const restoredUrl = Object.assign(new URL(url), { pathname: `/${restoredName}` }).toString();
    let database: TestDatabase;
    let schema = "";

    const admin = async (statement: string) => {
      const handle = openDatabase(url, { poolSize: 1 });
      try {
        await sql.raw(statement).execute(handle.db);
      } finally {
        await handle.close();
      }
    };

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      const { rows } = await sql<{ s: string }>`select current_schema() as s`.execute(database.db);
      schema = rows[0]?.s ?? "";
    });
    afterAll(async () => {
      await database?.drop();
      await admin(`drop database if exists ${restoredName}`);
      rmSync(dir, { recursive: true, force: true });
    });

    it("the restored database holds every write acknowledged before the dump", async () => {
      const acknowledged: string[] = [];
      let writing = true;
      const writes = (async () => {
        for (let i = 0; writing; i++) {
          const code = `area ${String(i).padStart(5, "0")}`;
          await createCrimeArea(database.db, code, { userId: null });
          acknowledged.push(code);
        }
      })();
      while (acknowledged.length < 30) await new Promise((resolve) => setImmediate(resolve));
      const before = [...acknowledged];
      const dump = join(dir, "tbc.dump");
      await run("pg_dump", ["--format=custom", `--file=${dump}`, database.url]);
      writing = false;
      await writes;
      expect(statSync(dump).size).toBeGreaterThan(0);

      await admin(`create database ${restoredName}`);
      await run("pg_restore", ["--no-owner", "--exit-on-error", `--dbname=${restoredUrl}`, dump]);
      const restored = openDatabase(restoredUrl, { searchPath: schema, poolSize: 1 });
      try {
        const codes = (await restored.db.selectFrom("crimeAreas").select("code").execute()).map(
          (r) => r.code,
        );
        expect(codes).toEqual(expect.arrayContaining(before));
        const fks = await sql<{ n: number }>`
          select count(*)::int as n from pg_constraint c join pg_namespace n on n.oid = c.connamespace
          where n.nspname = ${schema} and c.contype = 'f'`.execute(restored.db);
        expect(fks.rows[0]?.n).toBeGreaterThan(5);
        const audit = await restored.db
          .selectFrom("auditLog")
          .select("entityId")
          .where("entity", "=", "crime_area")
          .execute();
        expect(audit.map((a) => a.entityId)).toEqual(expect.arrayContaining(before));
      } finally {
        await restored.close();
      }
    });
  });
}
