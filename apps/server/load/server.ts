import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type DialectName, openDatabase } from "@tbc/db";
import { sql } from "kysely";

const SERVER_DIR = fileURLToPath(new URL("../", import.meta.url));

/** A database of its own for one run: a new SQLite file, or a new PostgreSQL database. */
export type LoadDatabase = { dialect: DialectName; url: string; drop(): Promise<void> };

export async function freshDatabase(dialect: DialectName, pgUrl?: string): Promise<LoadDatabase> {
  if (dialect === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "tbc-load-"));
    return {
      dialect,
      url: join(dir, "load.sqlite"),
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  if (!pgUrl) throw new Error("PostgreSQL needs TEST_DATABASE_URL or BENCH_DATABASE_URL");
  // A whole database rather than a schema: the server is started as in production, from a URL alone.
  const name = `${new URL(pgUrl).pathname.slice(1) || "tbc"}_load_${randomBytes(4).toString("hex")}`;
  const admin = async (statement: string) => {
    const handle = openDatabase(pgUrl, { poolSize: 1 });
    try {
      await sql.raw(statement).execute(handle.db);
    } finally {
      await handle.close();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  return { dialect, url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

/** Warnings the load's own set-up causes: the lowered hash cost, no dashboard built (only the API is loaded). */
const EXPECTED = /PASSWORD_HASH_COST|Dashboard not built/;

export type RunningServer = {
  base: string;
  /** pino lines at warn or above that the server wrote, for the report. */
  problems: string[];
  /** SIGTERM, as an operator stops it; resolves with the exit code once it has closed. */
  stop(): Promise<number | null>;
};

/**
 * The production entry point (the built dist/main.mjs, what `pnpm start` runs; `pnpm test:load` builds
 * it first when stale) in a process of its own, on a random loopback port: migrates, seeds the demo data and accounts, then serves. Only the password
 * hash cost is lowered, so that signing the load's users in does not dominate a short run.
 */
export async function startServer(databaseUrl: string): Promise<RunningServer> {
  // LOAD_SERVER_PROFILE=<dir>: the server writes a CPU profile there when it stops (where did the time go).
  const profile = process.env.LOAD_SERVER_PROFILE;
  const node = profile ? ["--cpu-prof", `--cpu-prof-dir=${profile}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...node, "dist/main.mjs"], {
    cwd: SERVER_DIR,
    env: {
      ...process.env,
      NODE_ENV: "production",
      TBC_DEMO: "1",
      DATABASE_URL: databaseUrl,
      HOST: "127.0.0.1",
      PORT: "0",
      LOG_LEVEL: "warn",
      PASSWORD_HASH_COST: "10",
      DASHBOARD_DIR: join(tmpdir(), "tbc-load-no-dashboard"),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const problems: string[] = [];
  let output = "";
  const base = new Promise<string>((resolve, reject) => {
    const onLine = (line: string) => {
      const port = /^Turn Back Crime dashboard: http:\/\/127\.0\.0\.1:(\d+)\//.exec(line);
      if (port) resolve(`http://127.0.0.1:${port[1]}`);
      else if (line.startsWith("{") && !EXPECTED.test(line)) problems.push(line);
    };
    const collect = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const lines = output.split("\n");
      output = lines.pop() ?? "";
      for (const line of lines) onLine(line);
    };
    child.stdout?.on("data", collect);
    child.stderr?.on("data", collect);
    child.once("exit", (code) => reject(new Error(`the server exited (${code}) before listening`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    base: await base,
    problems,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}
