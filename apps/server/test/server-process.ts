/**
 * The real server as a child process, the built one (`node dist/main.mjs`, as `pnpm start` runs it;
 * test/global-setup.ts builds it when needed), for tests that kill it or run several: started against
 * a database URL, signed into over HTTP, and fed an upload whose answer lines are reported as they come.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { request } from "node:http";
import { fileURLToPath } from "node:url";
import { createUser, type Executor, openDatabase } from "@tbc/db";
import { TEST_PASSWORD_COST } from "@tbc/db/testing";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type Role } from "@tbc/types";
import { sql } from "kysely";

const SERVER_DIR = fileURLToPath(new URL("..", import.meta.url));
export const BUILT_SERVER = fileURLToPath(new URL("../dist/main.mjs", import.meta.url));

export type ServerProcess = { child: ChildProcess; origin: string; exited: Promise<number | null> };

export type StartOptions = {
  /** More environment (TRUST_PROXY, DATABASE_POOL_SIZE, …). */
  env?: Record<string, string>;
  /** The working directory (apps/server by default). */
  cwd?: string;
  /** The bundle to run (dist/main.mjs by default; a copy of it elsewhere). */
  entry?: string;
};

/**
 * Starts the server on a free port, without demo data (seeding it takes long on a busy machine: the
 * test creates the accounts it signs in with); resolves once it listens (it prints its URL).
 */
export function startServer(databaseUrl: string, options: StartOptions = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, [options.entry ?? BUILT_SERVER], {
    cwd: options.cwd ?? SERVER_DIR,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: "0",
      HOST: "127.0.0.1",
      TBC_DEMO: "false",
      LOG_LEVEL: "warn",
      PASSWORD_HASH_COST: String(TEST_PASSWORD_COST),
      NODE_ENV: "development",
      // Each process its own instance (the test runner's would otherwise be inherited).
      TBC_INSTANCE_ID: "",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      out += chunk;
      const url = /dashboard: (http:\/\/[^/\s]+)\//.exec(out);
      if (url?.[1]) resolve({ child, origin: url[1], exited });
    });
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      err += chunk;
    });
    void exited.then((code) => reject(new Error(`The server exited (${code}) before listening:\n${err}`)));
  });
}

/** One statement (create/drop database) on the PostgreSQL server of `url`, over a connection of its own. */
export async function admin(url: string, statement: string): Promise<void> {
  const handle = openDatabase(url, { poolSize: 1 });
  try {
    await sql.raw(statement).execute(handle.db);
  } finally {
    await handle.close();
  }
}

/** kill -9, and wait until the process is gone. */
export async function killServer(server: ServerProcess): Promise<void> {
  server.child.kill("SIGKILL");
  await server.exited;
}

/** The demo account of `role` (DEMO_PASSWORD), created for a server started without demo data. */
export async function createAccount(db: Executor, role: Role): Promise<void> {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!account) throw new Error(`No demo account for ${role}`);
  await createUser(db, { ...account, password: DEMO_PASSWORD });
}

/**
 * Signs in over HTTP as a demo account; the `cookie` header to send back. `headers`: what a proxy in
 * front adds (X-Forwarded-Proto: https → the `__Host-` cookie), and the browser's Origin when it is
 * not `origin` itself.
 */
export async function signIn(
  origin: string,
  role: Role,
  headers: Record<string, string> = {},
): Promise<string> {
  const email = DEMO_ACCOUNTS.find((a) => a.role === role)?.email;
  const res = await fetch(`${origin}/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin, ...headers },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const session = res.headers.getSetCookie().find((c) => /^(__Host-)?tbc_session=/.test(c));
  if (!session) throw new Error(`Sign-in as ${role} failed: ${res.status} ${await res.text()}`);
  return session.split(";")[0] ?? "";
}

/** A tRPC query over HTTP. */
export async function query<T>(
  origin: string,
  cookie: string,
  path: string,
  input: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  const url = `${origin}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`;
  const res = await fetch(url, { headers: { cookie, ...headers } });
  const body = (await res.json()) as { result?: { data: T }; error?: unknown };
  if (!body.result) throw new Error(`${path}: ${res.status} ${JSON.stringify(body.error)}`);
  return body.result.data;
}

/** A tRPC mutation over HTTP (a same-origin JSON POST, as the dashboard sends): status and body. */
export async function mutate(
  origin: string,
  cookie: string,
  path: string,
  input: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: { result?: { data: unknown }; error?: { message: string } } }> {
  const res = await fetch(`${origin}/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin, cookie, ...headers },
    body: JSON.stringify(input),
  });
  return { status: res.status, body: (await res.json()) as { result?: { data: unknown } } };
}

export type UploadLine = { type: string; phase?: string; done?: number; message?: string };

/**
 * POSTs `body` to an import path; `onLine` sees each NDJSON line as it arrives. Resolves with the
 * lines when the answer ends or the connection breaks (a killed server), never rejects.
 */
export function upload(
  url: string,
  cookie: string,
  body: string,
  onLine: (line: UploadLine, index: number) => void = () => {},
): Promise<{ lines: UploadLine[]; broken: boolean }> {
  return new Promise((resolve) => {
    const lines: UploadLine[] = [];
    const origin = new URL(url).origin;
    const headers = { cookie, origin, "content-type": "text/csv" };
    const req = request(url, { method: "POST", headers }, (res) => {
      let buffer = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        buffer += chunk;
        for (let i = buffer.indexOf("\n"); i >= 0; i = buffer.indexOf("\n")) {
          const line = JSON.parse(buffer.slice(0, i)) as UploadLine;
          buffer = buffer.slice(i + 1);
          lines.push(line);
          onLine(line, lines.length);
        }
      });
      res.on("end", () => resolve({ lines, broken: false }));
      res.on("error", () => resolve({ lines, broken: true }));
      res.on("aborted", () => resolve({ lines, broken: true }));
    });
    req.on("error", () => resolve({ lines, broken: true }));
    req.end(body);
  });
}

/**
 * An upload whose end is held back: `writing` resolves once the import reports a batch written
 * (its transaction is open and cannot finish before the rest arrives); `finish` sends the rest and
 * resolves with every answer line.
 */
export function heldUpload(url: string, cookie: string, head: string) {
  const lines: UploadLine[] = [];
  let written: () => void = () => {};
  const writing = new Promise<void>((resolve) => (written = resolve));
  const origin = new URL(url).origin;
  const req = request(url, { method: "POST", headers: { cookie, origin, "content-type": "text/csv" } });
  const ended = new Promise<UploadLine[]>((resolve, reject) => {
    req.on("error", reject);
    req.on("response", (res) => {
      let buffer = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        buffer += chunk;
        for (let i = buffer.indexOf("\n"); i >= 0; i = buffer.indexOf("\n")) {
          const line = JSON.parse(buffer.slice(0, i)) as UploadLine;
          buffer = buffer.slice(i + 1);
          lines.push(line);
          if (line.phase === "commit") written();
        }
      });
      res.on("end", () => resolve(lines));
    });
  });
  req.write(head);
  return {
    writing,
    finish: (rest: string) => {
      req.end(rest);
      return ended;
    },
  };
}

/** `n` engagement rows (the website channel, France) of consecutive days from 2017-01-01 + `from`. */
export const dailyRows = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(2017, 0, 1) + (from + i) * 86_400_000).toISOString().slice(0, 10);
    return `${day},website,FR,${100 + i},,,,,,,\r\n`;
  }).join("");
