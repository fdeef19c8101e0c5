import { Writable } from "node:stream";
import type { DialectName } from "@tbc/db";
import { createAgency, createSession, type Database, resolveSession, seedDemo } from "@tbc/db";
import { createTestDatabase, type TestDatabase } from "@tbc/db/testing";
import { type AgencyValues, DEMO_ACCOUNTS, DEMO_PASSWORD, type Role, ZAgencyValues } from "@tbc/types";
import { TRPCError } from "@trpc/server";
import { type Logger, pino } from "pino";
import { type App, buildApp } from "../src/app";
import type { TrustProxy } from "../src/env";
import type { SignInLimitsConfig } from "../src/http/sign-in-limits";
import { createCaller } from "../src/root";
import { type Context, createContextInner } from "../src/trpc";

export const silentLog = pino({ level: "silent" });

/** A fresh migrated database with the demo seed (17 active agencies, the four demo accounts). */
export async function seededDatabase(dialect: DialectName): Promise<TestDatabase> {
  const database = await createTestDatabase(dialect);
  await seedDemo(database.db);
  return database;
}

export async function demoUserId(database: Database, role: Role): Promise<number> {
  const email = DEMO_ACCOUNTS.find((a) => a.role === role)?.email ?? "";
  const row = await database.db
    .selectFrom("users")
    .select("id")
    .where("email", "=", email)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A real context: for a role, a real session created and resolved in the database. */
export async function contextFor(
  database: Database,
  role: Role | null,
  extra: Partial<Context> = {},
): Promise<Context> {
  const base = { db: database.db, dialect: database.dialect, log: silentLog, demo: true, ...extra };
  if (!role) return createContextInner(base);
  const { token } = await createSession(database.db, await demoUserId(database, role));
  const user = await resolveSession(database.db, token);
  return createContextInner({ ...base, user, sessionToken: token });
}

export type Caller = ReturnType<typeof createCaller>;

export async function callerFor(database: Database, role: Role | null): Promise<Caller> {
  return createCaller(await contextFor(database, role));
}

/** "ok" when the promise resolves, else the tRPC error code (anything else is rethrown). */
export async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (err) {
    if (err instanceof TRPCError) return err.code;
    throw err;
  }
}

export async function trpcError(promise: Promise<unknown>): Promise<TRPCError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof TRPCError) return err;
    throw err;
  }
  throw new Error("expected a TRPCError, but the call succeeded");
}

export const sampleValues = (
  name = `Test Agency ${Math.random().toString(36).slice(2, 8)}`,
): AgencyValues => ({
  name,
  countryCode: "FR",
  kind: "national_police",
  website: "https://example.org",
});

/** An agency written straight through the repository (status pending unless given; `by` registered it). */
export async function newAgency(
  database: Database,
  values: AgencyValues = sampleValues(),
  status?: "pending" | "active",
  by: number | null = null,
) {
  return createAgency(database.db, ZAgencyValues.parse(values), { userId: by }, status);
}

/** A pending agency registered by the demo staff user (the only kind staff may edit). */
export async function staffAgency(database: Database, values: AgencyValues = sampleValues()) {
  return newAgency(database, values, "pending", await demoUserId(database, "staff"));
}

export async function countAgencies(database: Database): Promise<number> {
  const row = await database.db
    .selectFrom("agencies")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A pino logger that keeps its JSON lines, to check what reaches the log. */
export function capturingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  return { logger: pino({ level: "debug" }, stream), lines };
}

/** Tests sign in many times from one address: the real limits only where a test asks for them. */
export const GENEROUS_LIMITS: SignInLimitsConfig = {
  perAddress: 100_000,
  perAccount: 100_000,
  windowMs: 60_000,
  delayBaseMs: 0,
  maxDelayMs: 0,
};

export async function appFor(
  database: Database,
  options: {
    demo?: boolean;
    dashboardDir?: string;
    logger?: Logger;
    trustProxy?: TrustProxy;
    publicOrigin?: string | null;
    signInLimits?: SignInLimitsConfig;
    importMaxBytes?: number;
    importBatchSize?: number;
  } = {},
): Promise<App> {
  return buildApp({
    database,
    config: {
      demo: options.demo ?? true,
      dashboardDir: options.dashboardDir ?? "/nonexistent/dashboard",
      trustProxy: options.trustProxy ?? false,
      publicOrigin: options.publicOrigin ?? null,
      signInLimits: options.signInLimits ?? GENEROUS_LIMITS,
      importMaxBytes: options.importMaxBytes,
      importBatchSize: options.importBatchSize,
    },
    logger: options.logger ?? silentLog,
  });
}

export type TrpcResponse = {
  status: number;
  body: {
    result?: { data: unknown };
    error?: {
      message: string;
      code: number;
      data: {
        code: string;
        httpStatus: number;
        path?: string;
        fieldErrors?: Record<string, string[]>;
        stack?: string;
      };
    };
  };
  raw: string;
  cookies: { name: string; value: string; [k: string]: unknown }[];
};

/** One tRPC call over HTTP, the way a browser makes it. */
export async function trpcHttp(
  app: App,
  kind: "query" | "mutation",
  path: string,
  input?: unknown,
  cookie?: string,
): Promise<TrpcResponse> {
  const headers: Record<string, string> = cookie ? { cookie } : {};
  const res =
    kind === "query"
      ? await app.inject({
          method: "GET",
          url: `/trpc/${path}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`,
          headers,
        })
      : await app.inject({
          method: "POST",
          url: `/trpc/${path}`,
          headers: { ...headers, "content-type": "application/json" },
          payload: input === undefined ? "" : JSON.stringify(input),
        });
  return {
    status: res.statusCode,
    body: res.json(),
    raw: res.body,
    cookies: res.cookies as TrpcResponse["cookies"],
  };
}

/** Signs in over HTTP; returns the `cookie` header value to send back. */
export async function loginCookie(app: App, role: Role): Promise<string> {
  const email = DEMO_ACCOUNTS.find((a) => a.role === role)?.email;
  const res = await trpcHttp(app, "mutation", "auth.login", { email, password: DEMO_PASSWORD });
  const session = res.cookies.find((c) => c.name === "tbc_session");
  if (!session) throw new Error(`login as ${role} failed: ${res.raw}`);
  return `tbc_session=${session.value}`;
}
