import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, loadEnv, REPO_ROOT } from "../src/env";

function envError(source: NodeJS.ProcessEnv): EnvError {
  try {
    loadEnv(source);
  } catch (err) {
    if (err instanceof EnvError) return err;
    throw err;
  }
  throw new Error("expected an EnvError");
}

describe("env", () => {
  it("has the documented defaults, with paths resolved from the repository root", () => {
    expect(loadEnv({})).toEqual({
      nodeEnv: "development",
      production: false,
      databaseUrl: join(REPO_ROOT, "data/tbc.sqlite"),
      dialect: "sqlite",
      port: 3000,
      host: "127.0.0.1",
      demo: true,
      logLevel: "info",
      dashboardDir: join(REPO_ROOT, "apps/dashboard/dist"),
      seedDir: join(REPO_ROOT, "packages/db/seed"),
      trustProxy: false,
      publicOrigin: null,
      poolSize: 10,
      migrateOnStart: true,
      passwordHashCost: 17,
      importMaxBytes: 256 * 1024 * 1024,
    });
    expect(join(REPO_ROOT, "apps/server/src/env.ts")).toBe(join(import.meta.dirname, "../src/env.ts"));
  });

  it("keeps PostgreSQL URLs, :memory: and absolute paths as they are", () => {
    const url = "postgres://tbc:secret@db:5432/tbc";
    expect(loadEnv({ DATABASE_URL: url })).toMatchObject({ databaseUrl: url, dialect: "postgres" });
    expect(loadEnv({ DATABASE_URL: ":memory:" }).databaseUrl).toBe(":memory:");
    expect(loadEnv({ DATABASE_URL: "/tmp/x.sqlite" }).databaseUrl).toBe("/tmp/x.sqlite");
    expect(loadEnv({ DATABASE_URL: "sqlite:./x.sqlite" }).databaseUrl).toBe(join(REPO_ROOT, "x.sqlite"));
  });

  it("demo mode: on by default, off in production, TBC_DEMO overrides either way", () => {
    expect(loadEnv({ NODE_ENV: "production" }).demo).toBe(false);
    for (const v of ["1", "true", "on", "ON", " True "])
      expect(loadEnv({ TBC_DEMO: v, NODE_ENV: "production" }).demo).toBe(true);
    for (const v of ["0", "false", "off", "OFF"]) expect(loadEnv({ TBC_DEMO: v }).demo).toBe(false);
  });

  it("TRUST_PROXY: a flag, a number of hops or a list of proxy addresses; anything else stops", () => {
    expect(loadEnv({}).trustProxy).toBe(false);
    expect(loadEnv({ TRUST_PROXY: "true" }).trustProxy).toBe(true);
    expect(loadEnv({ TRUST_PROXY: "off" }).trustProxy).toBe(false);
    expect(loadEnv({ TRUST_PROXY: "1" }).trustProxy).toBe(1); // hops, not "everyone"
    expect(loadEnv({ TRUST_PROXY: "0" }).trustProxy).toBe(false);
    expect(loadEnv({ TRUST_PROXY: "2" }).trustProxy).toBe(2);
    expect(loadEnv({ TRUST_PROXY: "127.0.0.1, 10.0.0.0/8, ::1" }).trustProxy).toEqual([
      "127.0.0.1",
      "10.0.0.0/8",
      "::1",
    ]);
    expect(loadEnv({ TRUST_PROXY: "loopback" }).trustProxy).toEqual(["loopback"]);
    expect(envError({ TRUST_PROXY: "yes please" }).message).toMatch(/TRUST_PROXY: use true\/false/);
  });

  it("DATABASE_POOL_SIZE and MIGRATE_ON_START: several processes on one PostgreSQL", () => {
    expect(loadEnv({ DATABASE_POOL_SIZE: "4" }).poolSize).toBe(4);
    expect(envError({ DATABASE_POOL_SIZE: "0" }).message).toMatch(/DATABASE_POOL_SIZE: use a number of/);
    expect(envError({ DATABASE_POOL_SIZE: "lots" }).message).toMatch(/DATABASE_POOL_SIZE: use a number of/);
    expect(loadEnv({ MIGRATE_ON_START: "false" }).migrateOnStart).toBe(false);
    expect(envError({ MIGRATE_ON_START: "maybe" }).message).toMatch(/MIGRATE_ON_START: use one of/);
  });

  it("PASSWORD_HASH_COST: 17 (scrypt N = 2^17) unless set", () => {
    expect(loadEnv({}).passwordHashCost).toBe(17);
    expect(loadEnv({ NODE_ENV: "production" }).passwordHashCost).toBe(17);
    expect(loadEnv({ PASSWORD_HASH_COST: "10" }).passwordHashCost).toBe(10);
    expect(loadEnv({ NODE_ENV: "production", PASSWORD_HASH_COST: "18" }).passwordHashCost).toBe(18);
  });

  it("IMPORT_MAX_BYTES: 256 MiB unless set; at least 1 MiB, a whole number of bytes", () => {
    expect(loadEnv({ IMPORT_MAX_BYTES: "1073741824" }).importMaxBytes).toBe(1024 ** 3);
    expect(envError({ IMPORT_MAX_BYTES: "1000" }).message).toMatch(/IMPORT_MAX_BYTES: use at least 1048576/);
    expect(envError({ IMPORT_MAX_BYTES: "1e9" }).message).toMatch(/IMPORT_MAX_BYTES: use a number of bytes/);
  });

  it("an empty variable counts as unset", () => {
    expect(loadEnv({ PORT: "", TBC_DEMO: " " })).toMatchObject({ port: 3000, demo: true });
  });

  it("a bad value stops with a message naming the variable", () => {
    expect(envError({ PORT: "eighty" }).message).toMatch(
      /PORT: use a port number from 0 to 65535 \(got "eighty"\)/,
    );
    expect(envError({ PORT: "70000" }).message).toMatch(/PORT/);
    expect(envError({ TBC_DEMO: "maybe" }).message).toMatch(
      /TBC_DEMO: use one of 1, 0, true, false, on, off/,
    );
    expect(envError({ LOG_LEVEL: "loud" }).message).toMatch(/LOG_LEVEL/);
    expect(envError({ PASSWORD_HASH_COST: "7" }).message).toMatch(/PASSWORD_HASH_COST: use a number from 10/);
    const both = envError({ NODE_ENV: "staging", PORT: "-1" });
    expect(both.problems.map((p) => p.variable).sort()).toEqual(["NODE_ENV", "PORT"]);
  });
});
