/**
 * The one place that creates tRPC (ARCHITECTURE.md §3). Three parts:
 *   1. context  — what every procedure receives;
 *   2. init     — initTRPC with the error formatter that decides what a client may see;
 *   3. procedures — every one behind the error mapper and ONE access check against PERMISSIONS
 *      (@tbc/types) by its path: `publicProcedure` for "public" entries, `protectedProcedure` for the
 *      rest (the table, not the router, says which role).
 */
import type { Actor, DB, DialectName } from "@tbc/db";
import {
  ConflictError,
  DATABASE_BUSY,
  FieldError,
  ImportRejectedError,
  InvalidQueryError,
  isDatabaseUnavailable,
  isUniqueViolation,
  NotFoundError,
  unavailableCode,
} from "@tbc/db";
import { type CodedMessage, MAX_IMPORT_BYTES, type SessionUser } from "@tbc/types";
import { initTRPC, TRPCError } from "@trpc/server";
import type { Kysely } from "kysely";
import type { BaseLogger } from "pino";
import { auditRefusal, checkAccess } from "./access";
import type { AnswerCache } from "./answer-cache";
import { codedError, type ErrorData, INTERNAL_MESSAGE, publicErrorOf } from "./error-data";
import type { LiveHub } from "./live";

export {
  codedError,
  type ErrorData,
  type FieldErrorCodes,
  type FieldErrors,
  fieldErrorCodesOf,
  fieldErrorsOf,
  INTERNAL_MESSAGE,
  validationMessage,
} from "./error-data";

// ─── 1. Context ──────────────────────────────────────────────────────────────────────────────────

/** A pino logger (or Fastify's request logger, which is one). */
export type Log = Pick<BaseLogger, "debug" | "info" | "warn" | "error">;

/** How a procedure sets or clears the session cookie; the HTTP layer decides the attributes. */
export type SessionCookie = {
  set(token: string, maxAgeSeconds: number): void;
  clear(): void;
};

/**
 * The sign-in limits (src/http/sign-in-limits.ts): `check` before the password is verified answers
 * the refusal message, or null to go ahead; `failed` counts a wrong password, `succeeded` clears the
 * account's count.
 */
export type SignInLimits = {
  check(email: string): Promise<CodedMessage | null>;
  failed(email: string): Promise<void>;
  succeeded(email: string): Promise<void>;
};

export type Context = {
  db: Kysely<DB>;
  /** For the aggregates' heavy reads (Database.readDb): SQLite's read-only worker threads. */
  readDb: Kysely<DB>;
  /** The aggregates' answers by data version (src/answer-cache.ts); null: computed on every call. */
  answers: AnswerCache | null;
  /** The live-update hub (src/live.ts); null: no live updates (the CLI, most tests). */
  live: LiveHub | null;
  dialect: DialectName;
  /** The signed-in user, or null. */
  user: SessionUser | null;
  /** The raw session token from the cookie (only to end that session at logout / re-login). */
  sessionToken: string | null;
  ip: string | null;
  userAgent: string | null;
  log: Log;
  /** Demo mode: demo accounts may be announced. */
  demo: boolean;
  /** The largest CSV upload (IMPORT_MAX_BYTES), for the upload pages to state. */
  importMaxBytes: number;
  cookies: SessionCookie;
  signInLimits: SignInLimits;
};

const noCookies: SessionCookie = { set() {}, clear() {} };
const noLimits: SignInLimits = { check: async () => null, failed: async () => {}, succeeded: async () => {} };

/** A context without a request: for createCaller in tests, scripts and the CLI. */
export function createContextInner(
  opts: Pick<Context, "db" | "dialect" | "log" | "demo"> & Partial<Context>,
): Context {
  return {
    readDb: opts.db,
    answers: null,
    live: null,
    user: null,
    sessionToken: null,
    ip: null,
    userAgent: null,
    cookies: noCookies,
    signInLimits: noLimits,
    importMaxBytes: MAX_IMPORT_BYTES,
    ...opts,
  };
}

/** Who does something, for the audit log. */
export function actorOf(ctx: Pick<Context, "user" | "ip">): Actor {
  return { userId: ctx.user?.id ?? null, ip: ctx.ip };
}

// ─── 2. Init ─────────────────────────────────────────────────────────────────────────────────────

/** What a write answers while an import holds SQLite's writer (tests refer to it by this name). */
export const BUSY_MESSAGE = DATABASE_BUSY;

const t = initTRPC.context<Context>().create({
  isDev: false,
  // The live-update streams (routers/live.ts): re-opened every 5 minutes, so that a session that
  // ended meanwhile stops receiving (the reconnection checks it again and resumes by lastEventId);
  // pinged so that no proxy closes a quiet one, and re-made by the client if the pings stop.
  sse: {
    maxDurationMs: 5 * 60_000,
    ping: { enabled: true, intervalMs: 15_000 },
    client: { reconnectAfterInactivityMs: 40_000 },
  },
  errorFormatter({ shape, error }): { message: string; code: number; data: ErrorData } {
    return { ...publicErrorOf(error, shape), code: shape.code };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

// ─── 3. Procedures ───────────────────────────────────────────────────────────────────────────────

const loggedErrors = new WeakSet<object>();

/** Logs an unexpected error once (message + stack on one pino line). */
export function logInternalError(log: Log, err: unknown, path: string | undefined): void {
  if (typeof err === "object" && err !== null) {
    if (loggedErrors.has(err)) return;
    loggedErrors.add(err);
  }
  log.error({ err, path }, "Unexpected error in API call");
}

/**
 * Our data layer's errors → tRPC codes; their messages are written for users. Anything else is
 * internal: logged with its stack, and replaced by a generic INTERNAL_SERVER_ERROR.
 */
function toPublicError(error: TRPCError, log: Log, path: string): TRPCError {
  if (error.code !== "INTERNAL_SERVER_ERROR") return error;
  const cause = error.cause;
  if (cause instanceof NotFoundError)
    return new TRPCError({ code: "NOT_FOUND", message: cause.message, cause });
  if (cause instanceof ConflictError)
    return new TRPCError({ code: "CONFLICT", message: cause.message, cause });
  // ImportRejectedError: imports run over HTTP (src/http/imports.ts), not tRPC; mapped should one surface.
  if (
    cause instanceof InvalidQueryError ||
    cause instanceof FieldError ||
    cause instanceof ImportRejectedError
  ) {
    return new TRPCError({ code: "BAD_REQUEST", message: cause.message, cause });
  }
  // Every create checks its unique key and maps a concurrent duplicate to its field error; a write
  // that misses doing so still answers as a conflict rather than as an internal error.
  if (isUniqueViolation(cause)) return codedError("CONFLICT", "conflict.exists");
  // The database is down, or SQLite's one writer is taken by an import worker: "try again", not a failure.
  if (isDatabaseUnavailable(cause)) {
    log.warn({ err: cause, path }, "The database is unavailable or busy");
    return codedError("SERVICE_UNAVAILABLE", unavailableCode(cause));
  }
  const original = cause ?? error;
  logInternalError(log, original, path);
  const mapped = new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: INTERNAL_MESSAGE, cause: original });
  loggedErrors.add(mapped);
  return mapped;
}

const mapErrors = t.middleware(async ({ ctx, path, next }) => {
  const result = await next();
  if (!result.ok) throw toPublicError(result.error, ctx.log, path);
  return result;
});

/**
 * Access control, for every procedure in one place: the procedure's path is looked up in PERMISSIONS
 * (@tbc/types). Not in the table → refused for everyone (fail closed); "public" → anyone; otherwise
 * signed out → UNAUTHORIZED, role too low → FORBIDDEN. Per-object rules (canEditAgency) are in the
 * procedures that need them.
 */
const checkPermission = t.middleware(async ({ ctx, path, next }) => {
  const refusal = checkAccess(ctx.user, [path], ctx.log, { path, ip: ctx.ip });
  if (refusal) {
    await auditRefusal(ctx.db, ctx.user, refusal, { procedure: path, ip: ctx.ip, log: ctx.log });
    throw codedError(refusal.code, refusal.coded.code, refusal.coded.params);
  }
  return next();
});

/** Every procedure: errors mapped, access checked against PERMISSIONS. For "public" entries. */
export const publicProcedure = t.procedure.use(mapErrors).use(checkPermission);

/**
 * For every entry of PERMISSIONS that needs a role (which one is the table's business, not the
 * router's): `ctx.user` is non-null here.
 */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw codedError("UNAUTHORIZED", "access.sign_in");
  return next({ ctx: { user: ctx.user } });
});

/**
 * The resolver of an aggregate query (the charts' figures): computed on `ctx.readDb` and kept in the
 * answer cache under the procedure's path, its input and the data version. `compute` sees the input
 * and a database handle only, never the user: an answer is the same for every role allowed to ask
 * (the access check runs before, in the procedure's middleware), so one cached answer serves them all.
 */
export function aggregate<I, O>(compute: (db: Kysely<DB>, input: I) => Promise<O>) {
  return ({ ctx, input, path }: { ctx: Context; input: I; path: string }): Promise<O> => {
    const run = () => compute(ctx.readDb, input);
    return ctx.answers ? ctx.answers.get(path, input, run) : run();
  };
}
