import { ZAgencyValues } from "@tbc/types";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agenciesByCountry } from "../src/agencies/agencies.by-country";
import { createAgency, deleteAgency, getAgency } from "../src/agencies/agencies.repository";
import { bumpDataVersion, DataVersionReader, readDataVersion } from "../src/data-version/data-version";
import { openDatabase } from "../src/database";
import { seedDemo } from "../src/seed/seed";
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from "../src/testing";
import { inTransaction } from "../src/transaction";

const values = (name: string) => ZAgencyValues.parse({ name, countryCode: "CO", kind: "national_police" });
const actor = { userId: null };

for (const dialect of TEST_DIALECTS) {
  describe(`data version on ${dialect}`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
    });

    it("the demo seed, hundreds of statements in one transaction, bumps it once", async () => {
      const v0 = await readDataVersion(t.db);
      await seedDemo(t.db);
      expect(await readDataVersion(t.db)).toBe(v0 + 1);
    });
    afterAll(async () => {
      await t?.drop();
    });

    it("every committed write transaction bumps it exactly once, however many statements and nested calls", async () => {
      const v0 = await readDataVersion(t.db);
      const agency = await createAgency(t.db, values("Version A"), actor);
      expect(await readDataVersion(t.db)).toBe(v0 + 1);
      await inTransaction(t.db, async (trx) => {
        await createAgency(trx, values("Version B"), actor);
        await inTransaction(trx, (inner) => deleteAgency(inner, agency.id, actor));
      });
      expect(await readDataVersion(t.db)).toBe(v0 + 2);
    });

    it("a rolled-back transaction leaves it (and the data) as it was", async () => {
      const v0 = await readDataVersion(t.db);
      let id = 0;
      await expect(
        inTransaction(t.db, async (trx) => {
          id = (await createAgency(trx, values("Version Rollback"), actor)).id;
          throw new Error("changed my mind");
        }),
      ).rejects.toThrow("changed my mind");
      expect(id).toBeGreaterThan(0);
      await expect(getAgency(t.db, id)).rejects.toThrow();
      expect(await readDataVersion(t.db)).toBe(v0);
    });

    it("the reader never answers a version older than a write committed before it was asked", async () => {
      const reader = new DataVersionReader(t.db);
      const v0 = await readDataVersion(t.db);
      // Still running (on PostgreSQL) when the write commits: the next read must not share it.
      const first = reader.read();
      await bumpDataVersion(t.db);
      const second = reader.read();
      const many = await Promise.all([second, reader.read(), reader.read()]);
      expect(await first).toBeGreaterThanOrEqual(v0);
      expect(many).toEqual([v0 + 1, v0 + 1, v0 + 1]);
    });
  });
}

describe("SQLite file: heavy reads on read-only worker threads", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase("sqlite", { sqliteFile: true });
    await seedDemo(t.db);
  });
  afterAll(async () => {
    await t?.drop();
  });

  it("answers as the main connection does, and sees a write committed just before", async () => {
    expect(t.readDb).not.toBe(t.db);
    const before = await agenciesByCountry(t.readDb);
    expect(before).toEqual(await agenciesByCountry(t.db));
    const co = (r: typeof before) => r.byCountry.find((c) => c.countryCode === "CO")?.total ?? 0;
    await createAgency(t.db, values("Worker Read"), actor);
    const after = await agenciesByCountry(t.readDb);
    expect(co(after)).toBe(co(before) + 1);
    expect(after).toEqual(await agenciesByCountry(t.db));
  });

  it("runs many queries at once across its workers", async () => {
    const counts = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        sql<{ n: number }>`select count(*) + ${i} as n from agencies`.execute(t.readDb),
      ),
    );
    const base = Number(counts[0]?.rows[0]?.n);
    expect(counts.map((r) => Number(r.rows[0]?.n) - base)).toEqual(Array.from({ length: 12 }, (_, i) => i));
  });

  it("refuses writes and transactions, reports SQL errors, and keeps working after them", async () => {
    await expect(bumpDataVersion(t.readDb)).rejects.toThrow(/read-only|readonly/i);
    await expect(t.readDb.transaction().execute(async () => 1)).rejects.toThrow(/read-only/);
    await expect(sql`select * from no_such_table`.execute(t.readDb)).rejects.toThrow(/no such table/);
    expect(await readDataVersion(t.readDb)).toBe(await readDataVersion(t.db));
  });

  it("an in-memory database keeps its heavy reads on the main connection", async () => {
    const memory = openDatabase(":memory:");
    try {
      expect(memory.readDb).toBe(memory.db);
    } finally {
      await memory.close();
    }
  });
});

describe("the committed data version read at once (SQLite file, Database.readDataVersionNow)", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase("sqlite", { sqliteFile: true });
  });
  afterAll(async () => {
    await t?.drop();
  });

  it("equals the version read through the database after each commit, and never shows an uncommitted bump", async () => {
    const now = t.readDataVersionNow;
    if (!now) throw new Error("an SQLite file database has readDataVersionNow");
    const v0 = await readDataVersion(t.db);
    expect(now()).toBe(v0);
    await createAgency(t.db, values("Version Now A"), actor);
    expect(now()).toBe(v0 + 1);
    const reader = new DataVersionReader(t.db, now);
    await expect(
      inTransaction(t.db, async (trx) => {
        await createAgency(trx, values("Version Now B"), actor);
        await bumpDataVersion(trx);
        // The writer's connection sees its own bump; the committed version is still the old one.
        expect(await readDataVersion(trx)).toBeGreaterThan(v0 + 1);
        expect(now()).toBe(v0 + 1);
        expect(await reader.read()).toBe(v0 + 1);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(now()).toBe(v0 + 1);
    await createAgency(t.db, values("Version Now C"), actor);
    expect(await reader.read()).toBe(v0 + 2);
    expect(now()).toBe(await readDataVersion(t.db));
  });
});
