import { DATABASE_UNAVAILABLE, type Database, isDatabaseUnavailable, openDatabase } from "@tbc/db";
import { TEST_DIALECTS, type TestDatabase } from "@tbc/db/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../src/app";
import { appFor, loginCookie, seededDatabase, trpcHttp } from "./helpers";

/**
 * A PostgreSQL restart, a failover or `pg_terminate_backend` used to end the whole server with an
 * unhandled 'error' event from `pg` (issue 10). The same process must answer "unavailable" while the
 * database is gone and serve again once it is back.
 */
for (const dialect of TEST_DIALECTS.filter((d) => d === "postgres")) {
  describe(`${dialect}: the server survives lost database connections`, () => {
    const url = process.env.TEST_DATABASE_URL ?? "";
    const applicationName = `tbc-outage-${process.pid}`;
    let base: TestDatabase;
    let database: Database;
    let app: App;
    let lost: Error[] = [];
    let onLost: (() => void) | undefined;

    /** Terminates every connection of the server under test, as a database restart does. */
    async function terminateServerConnections(): Promise<number> {
      const admin = openDatabase(url, { poolSize: 1, applicationName: "tbc-outage-admin" });
      try {
        const res =
          await sql`select pg_terminate_backend(pid) from pg_stat_activity where application_name = ${applicationName}`.execute(
            admin.db,
          );
        return res.rows.length;
      } finally {
        await admin.close();
      }
    }
    const nextLoss = () => new Promise<void>((resolve) => (onLost = resolve));

    beforeAll(async () => {
      base = await seededDatabase(dialect);
      database = openDatabase(base.url, {
        poolSize: 3,
        applicationName,
        onConnectionError: (err) => {
          lost.push(err);
          onLost?.();
        },
      });
      app = await appFor(database);
    });
    afterAll(async () => {
      await app?.close();
      await database?.close();
      await base?.drop();
    });

    it("idle connections terminated: the process lives, answers again, nothing to restart", async () => {
      const viewer = await loginCookie(app, "viewer");
      expect((await trpcHttp(app, "query", "agencies.list", {}, viewer)).status).toBe(200);
      lost = [];
      const lossSeen = nextLoss();
      expect(await terminateServerConnections()).toBeGreaterThan(0);
      await lossSeen;
      expect(lost.length).toBeGreaterThan(0);
      expect((await app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
      expect((await trpcHttp(app, "query", "agencies.list", {}, viewer)).status).toBe(200);
    });

    it("a transaction whose connection is terminated fails as 'unavailable' and leaves nothing", async () => {
      const name = `Outage ${process.pid}`;
      const lossSeen = nextLoss();
      const outcome = await database.db
        .transaction()
        .execute(async (trx) => {
          await sql`insert into crime_areas (code, created_at) values (${name.toLowerCase()}, '2026-01-01')`.execute(
            trx,
          );
          await terminateServerConnections();
          await lossSeen;
          await sql`select 1`.execute(trx);
          return "committed";
        })
        .catch((err: unknown) => err);
      expect(outcome).toBeInstanceOf(Error);
      expect(isDatabaseUnavailable(outcome)).toBe(true);
      const left = await base.db
        .selectFrom("crimeAreas")
        .select("code")
        .where("code", "=", name.toLowerCase())
        .execute();
      expect(left).toEqual([]);
      expect((await app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
    });

    it("a database that does not answer: /healthz 503 and requests 503 'try again', no internals", async () => {
      const gone = openDatabase("postgres://postgres@127.0.0.1:1/nowhere", { poolSize: 1 });
      const down = await appFor(gone);
      try {
        const health = await down.inject({ method: "GET", url: "/healthz" });
        expect(health.statusCode).toBe(503);
        const signIn = await trpcHttp(down, "mutation", "auth.login", {
          email: "viewer@example.org",
          password: "whatever it is",
        });
        const signedIn = await trpcHttp(down, "query", "countries.list", {}, "tbc_session=abcdef");
        for (const res of [signIn, signedIn]) {
          expect(res.status).toBe(503);
          expect(res.body.error?.message).toBe(DATABASE_UNAVAILABLE);
          expect(res.raw).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack|\.ts:/);
        }
      } finally {
        await down.close();
        await gone.close();
      }
    });
  });
}
