import { readDataVersion, seedDemo } from "@tbc/db";
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from "@tbc/db/testing";
import { CAMPAIGN_LAUNCH } from "@tbc/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AnswerCache } from "../src/answer-cache";
import { type App, buildApp } from "../src/app";
import { GENEROUS_LIMITS, loginCookie, silentLog, trpcHttp } from "./helpers";
import { csvOf, csvRow, finalLine, upload } from "./operations-helpers";

const today = new Date().toISOString().slice(0, 10);
const VIEW = { from: CAMPAIGN_LAUNCH, to: today };

type Kpis = { current: { agencies: number; operations: number } };
type ByCountry = { byCountry: { countryCode: string | null; total: number }[] };
type Agency = { id: number; version: number; status: string };

for (const dialect of TEST_DIALECTS) {
  // SQLite in a file, so that the aggregates run on the read-only worker threads.
  describe(`${dialect}: aggregate answers cached by data version, through the tRPC server`, () => {
    let database: TestDatabase;
    let app: App;
    let answers: AnswerCache;
    let viewer: string;
    let manager: string;
    let staff: string;

    const query = async <T>(path: string, input?: unknown, cookie = viewer): Promise<T> => {
      const res = await trpcHttp(app, "query", path, input, cookie);
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${res.raw}`);
      return res.body.result?.data as T;
    };
    const mutate = async <T>(path: string, input: unknown): Promise<T> => {
      const res = await trpcHttp(app, "mutation", path, input, manager);
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${res.raw}`);
      return res.body.result?.data as T;
    };
    const kpiAgencies = async () => (await query<Kpis>("overview.kpis", VIEW)).current.agencies;
    const totalIn = async (code: string) =>
      (await query<ByCountry>("agencies.byCountry")).byCountry.find((c) => c.countryCode === code)?.total ??
      0;
    const computed = () => answers.stats.computed;

    beforeAll(async () => {
      database = await createTestDatabase(dialect, { sqliteFile: true });
      await seedDemo(database.db);
      // As the app makes it: on an SQLite file, the version read at once on its own connection.
      answers = new AnswerCache(database.db, { readVersionNow: database.readDataVersionNow });
      app = await buildApp({
        database,
        answers,
        config: { demo: true, dashboardDir: "/nonexistent", signInLimits: GENEROUS_LIMITS },
        logger: silentLog,
      });
      [viewer, manager, staff] = await Promise.all([
        loginCookie(app, "viewer"),
        loginCookie(app, "manager"),
        loginCookie(app, "staff"),
      ]);
    });
    afterAll(async () => {
      await app?.close();
      await database?.drop();
    });

    it("a repeated call is answered from the cache, equal, for every role", async () => {
      if (dialect === "sqlite") expect(database.readDb).not.toBe(database.db);
      const first = await query<Kpis>("overview.kpis", VIEW);
      const n = computed();
      const hits = answers.stats.hits;
      expect(await query<Kpis>("overview.kpis", VIEW)).toEqual(first);
      expect(await query<Kpis>("overview.kpis", VIEW, manager)).toEqual(first);
      expect(computed()).toBe(n);
      expect(answers.stats.hits).toBe(hits + 2);
      // Another input is another answer.
      await query<Kpis>("overview.kpis", { ...VIEW, countryCode: "FR" });
      expect(computed()).toBe(n + 1);
    });

    it("create, update, approve and delete each show in the next answer", async () => {
      const [kpi0, fr0, es0] = [await kpiAgencies(), await totalIn("FR"), await totalIn("ES")];
      const created = await mutate<Agency>("agencies.create", {
        values: { name: "Gendarmerie Cache Test", countryCode: "FR", kind: "national_police" },
      });
      expect(await totalIn("FR")).toBe(fr0 + 1);
      const moved = await mutate<Agency>("agencies.update", {
        id: created.id,
        version: created.version,
        values: { name: "Guardia Cache Test", countryCode: "ES", kind: "national_police" },
      });
      expect([await totalIn("FR"), await totalIn("ES")]).toEqual([fr0, es0 + 1]);
      expect(await kpiAgencies()).toBe(kpi0);
      await mutate<Agency>("agencies.approve", { id: moved.id, version: moved.version });
      expect(await kpiAgencies()).toBe(kpi0 + 1);
      await mutate("agencies.delete", { id: created.id });
      expect([await kpiAgencies(), await totalIn("ES")]).toEqual([kpi0, es0]);
    });

    it("an import shows in the next answer", async () => {
      const before = await query<{ operations: number }>("outcomes.kpis", {});
      const csv = csvOf([csvRow("Operation Cache A"), csvRow("Operation Cache B")]);
      const res = await upload(app, { mode: "commit", body: csv, cookie: staff, fileName: "cache.csv" });
      expect(finalLine(res)).toMatchObject({ type: "result" });
      const after = await query<{ operations: number }>("outcomes.kpis", {});
      expect(after.operations).toBe(before.operations + 2);
    });

    it("a write that fails and rolls back bumps nothing: the next call is still a hit", async () => {
      const agency = await mutate<Agency>("agencies.create", {
        values: { name: "Polizia Cache Rollback", countryCode: "IT", kind: "national_police" },
      });
      const kpis = await query<Kpis>("overview.kpis", VIEW);
      const version = await readDataVersion(database.db);
      const n = computed();
      const stale = await trpcHttp(
        app,
        "mutation",
        "agencies.update",
        {
          id: agency.id,
          version: agency.version + 5,
          values: { name: "Polizia Cache Stale", countryCode: "IT", kind: "national_police" },
        },
        manager,
      );
      expect(stale.body.error?.data.code).toBe("CONFLICT");
      expect(await readDataVersion(database.db)).toBe(version);
      expect(await query<Kpis>("overview.kpis", VIEW)).toEqual(kpis);
      expect(computed()).toBe(n);
    });

    it("identical calls that miss together are computed once", async () => {
      const input = { ...VIEW, from: "2020-01-01" };
      const n = computed();
      const shared = answers.stats.hits + answers.stats.joined;
      const all = await Promise.all(Array.from({ length: 6 }, () => query<Kpis>("overview.kpis", input)));
      expect(computed()).toBe(n + 1);
      expect(answers.stats.hits + answers.stats.joined).toBe(shared + 5);
      for (const a of all) expect(a).toEqual(all[0]);
    });
  });
}
