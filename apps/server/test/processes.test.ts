import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { openDatabase } from "@tbc/db";
import { databaseUrl, TEST_DIALECTS } from "@tbc/db/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  admin,
  BUILT_SERVER,
  createAccount,
  killServer,
  mutate,
  query,
  type ServerProcess,
  signIn,
  startServer,
} from "./server-process";

const run = promisify(execFile);
const BUILT_CLI = join(dirname(BUILT_SERVER), "cli.mjs");

/**
 * README, "Running several processes", run as written on loopback: one PostgreSQL database migrated
 * by the CLI, two built server processes on two ports with their own pool size, behind a proxy (this
 * test plays it: X-Forwarded-Proto and the public Origin). A session opened on A works on B, a write
 * on A is read on B, a sign-out on B ends the session on A, and sign-in failures on A count on B.
 */
for (const dialect of TEST_DIALECTS.filter((d) => d === "postgres")) {
  describe(`${dialect}: two server processes on one database (the README's example)`, () => {
    const url = process.env.TEST_DATABASE_URL ?? "";
    const name = `${new URL(url).pathname.slice(1)}_p_${randomBytes(5).toString("hex")}`;
    const shared = databaseUrl(url, name);
    const PUBLIC_URL = "https://tbc.example.org";
    // What the proxy in front adds; the browser's Origin is the public address.
    const proxied = { "x-forwarded-proto": "https", origin: PUBLIC_URL };
    const env = {
      DATABASE_POOL_SIZE: "4",
      MIGRATE_ON_START: "false",
      TRUST_PROXY: "loopback",
      PUBLIC_URL,
    };
    let a: ServerProcess;
    let b: ServerProcess;

    beforeAll(async () => {
      await admin(url, `create database ${name}`);
      await run(process.execPath, [BUILT_CLI, "migrate"], { env: { ...process.env, DATABASE_URL: shared } });
      const setup = openDatabase(shared, { poolSize: 1 });
      try {
        await createAccount(setup.db, "manager");
        await createAccount(setup.db, "viewer");
      } finally {
        await setup.close();
      }
      [a, b] = await Promise.all([startServer(shared, { env }), startServer(shared, { env })]);
    });
    afterAll(async () => {
      await Promise.all([a, b].filter(Boolean).map((s) => killServer(s)));
      await admin(url, `drop database if exists ${name} with (force)`);
    });

    it("signed in on A, the same cookie works on B; signed out on B, it ends on A too", async () => {
      const cookie = await signIn(a.origin, "manager", proxied);
      expect(cookie).toMatch(/^__Host-tbc_session=/);
      expect(await query(b.origin, cookie, "auth.me", undefined, proxied)).toMatchObject({ role: "manager" });
      expect((await mutate(b.origin, cookie, "auth.logout", {}, proxied)).status).toBe(200);
      expect(await query(a.origin, cookie, "auth.me", undefined, proxied)).toBeNull();
    });

    it("a write on A is read on B at once", async () => {
      const cookie = await signIn(a.origin, "manager", proxied);
      const values = { name: `Two Processes ${randomBytes(3).toString("hex")}`, countryCode: "FR" };
      const created = await mutate(
        a.origin,
        cookie,
        "agencies.create",
        {
          values: { ...values, kind: "national_police", website: "https://example.org" },
        },
        proxied,
      );
      expect(created.status, JSON.stringify(created.body)).toBe(200);
      const { id } = (created.body.result?.data ?? { id: -1 }) as { id: number };
      expect(await query(b.origin, cookie, "agencies.get", { id }, proxied)).toMatchObject(values);
    });

    it("sign-in failures on A count on B (the limits live in the database)", async () => {
      const attempt = (server: ServerProcess) =>
        fetch(`${server.origin}/trpc/auth.login`, {
          method: "POST",
          headers: { "content-type": "application/json", ...proxied, "x-forwarded-for": "203.0.113.20" },
          body: JSON.stringify({ email: "viewer@example.org", password: "not the password" }),
        }).then((r) => r.status);
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push(await attempt(a));
      expect(statuses).toEqual([401, 401, 401, 401, 401]);
      expect(await attempt(b)).toBe(429); // 5 per account and address (SIGN_IN_LIMITS)
    });

    it("each process keeps to its DATABASE_POOL_SIZE, also under a burst of requests", async () => {
      const cookie = await signIn(a.origin, "viewer", proxied);
      const burst = (server: ServerProcess) =>
        Array.from({ length: 60 }, () => query(server.origin, cookie, "agencies.list", {}, proxied));
      await Promise.all([...burst(a), ...burst(b)]);
      // Idle connections stay in a pool for 10 s: what the burst opened is still there to count.
      const probe = openDatabase(shared, { poolSize: 1, applicationName: "probe" });
      try {
        const { rows } = await sql<{ n: string }>`
          select count(*) as n from pg_stat_activity
           where datname = current_database() and application_name = 'tbc'`.execute(probe.db);
        expect(Number(rows[0]?.n)).toBeGreaterThan(2); // the burst needed more than one each
        expect(Number(rows[0]?.n)).toBeLessThanOrEqual(2 * Number(env.DATABASE_POOL_SIZE));
      } finally {
        await probe.close();
      }
    });
  });
}

/** MIGRATE_ON_START=false: a process refuses to serve an older schema until the CLI has migrated. */
for (const dialect of TEST_DIALECTS.filter((d) => d === "postgres")) {
  describe(`${dialect}: MIGRATE_ON_START=false`, () => {
    const url = process.env.TEST_DATABASE_URL ?? "";
    const name = `${new URL(url).pathname.slice(1)}_q_${randomBytes(5).toString("hex")}`;
    const empty = databaseUrl(url, name);
    let server: ServerProcess | undefined;

    beforeAll(() => admin(url, `create database ${name}`));
    afterAll(async () => {
      if (server) await killServer(server);
      await admin(url, `drop database if exists ${name} with (force)`);
    });

    it("exits on pending migrations; starts once `tbc migrate` has run", async () => {
      const env = { MIGRATE_ON_START: "false" };
      await expect(startServer(empty, { env })).rejects.toThrow(/exited \(1\) before listening/);
      await run(process.execPath, [BUILT_CLI, "migrate"], { env: { ...process.env, DATABASE_URL: empty } });
      server = await startServer(empty, { env });
      expect((await fetch(`${server.origin}/healthz`)).status).toBe(200);
    });
  });
}
