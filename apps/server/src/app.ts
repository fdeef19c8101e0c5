import { STATUS_CODES } from "node:http";
import fastifyCookie from "@fastify/cookie";
import { type Database, openChangeFeed } from "@tbc/db";
import { coded, MAX_IMPORT_BYTES } from "@tbc/types";
import Fastify, { type FastifyInstance, LogController } from "fastify";
import { type Logger, pino } from "pino";
import { AnswerCache } from "./answer-cache";
import type { TrustProxy } from "./env";
import { dashboardRoutes } from "./http/dashboard";
import { exportRoutes } from "./http/exports";
import { healthRoutes } from "./http/health";
import { importRoutes } from "./http/imports";
import { isApiPath, SESSION_COOKIE } from "./http/request";
import { fastifyTrustProxy, securityHooks } from "./http/security";
import { SIGN_IN_LIMITS, type SignInLimitsConfig, signInLimiter } from "./http/sign-in-limits";
import { trpcRoutes } from "./http/trpc-routes";
import { LiveHub } from "./live";
import { INTERNAL_MESSAGE } from "./trpc";

/** Every API input is small JSON; the CSV upload (src/http/imports.ts) has its own, larger limit. */
export const BODY_LIMIT = 1024 * 1024;

export { DASHBOARD_MISSING } from "./http/dashboard";
export { SESSION_COOKIE };

export type AppConfig = {
  /** Demo mode: the login page may announce the demo accounts. */
  demo: boolean;
  /** Absolute path of the built dashboard; missing → `/` answers 503 with instructions. */
  dashboardDir: string;
  /** TRUST_PROXY: set it when running behind a reverse proxy that terminates TLS (src/env.ts). */
  trustProxy?: TrustProxy;
  /**
   * PUBLIC_URL's origin (`https://dashboard.example.org`): what a browser's Origin header must be for
   * an API write. Unset: each request's own scheme and host.
   */
  publicOrigin?: string | null;
  /** Sign-in throttling; SIGN_IN_LIMITS (failures: 20 per address, 5 per account and address, per 15 min). */
  signInLimits?: SignInLimitsConfig;
  /** The largest CSV upload (IMPORT_MAX_BYTES); MAX_IMPORT_BYTES (256 MiB) by default. */
  importMaxBytes?: number;
  /** Rows an import validates and writes at a time; tests make it small. */
  importBatchSize?: number;
};

export type BuildAppOptions = {
  database: Database;
  config: AppConfig;
  logger?: Logger;
  /** The aggregates' answer cache; a new one over `database` by default (tests pass theirs to watch it). */
  answers?: AnswerCache;
  /** The live-update hub; a new one over `database`'s change feed by default (tests pass theirs). */
  live?: LiveHub;
};

export async function buildApp({ database, config, logger, answers, live: given }: BuildAppOptions) {
  const log = logger ?? pino({ level: "info" });
  // The first overview after a start should not wait for SQLite's read workers to boot.
  await database.warmUp();
  const app = Fastify({
    loggerInstance: log,
    // No line per request: logins, refused access and errors are logged where they happen.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT,
    trustProxy: fastifyTrustProxy(config.trustProxy),
    // tRPC batches put several procedure names in one path segment.
    routerOptions: { maxParamLength: 5000 },
  });

  // The app is typed with pino's Logger; these helpers take Fastify's default instance type.
  const base = app as unknown as FastifyInstance;
  await securityHooks(base, config.publicOrigin ?? null);
  await app.register(fastifyCookie);
  const limitsFor = signInLimiter(database, config.signInLimits ?? SIGN_IN_LIMITS);
  const live =
    given ??
    new LiveHub(
      openChangeFeed(database, (err) =>
        log.warn({ err }, "The live-update connection was lost; reconnecting"),
      ),
    );
  // Not awaited: a database that is down at start must not stop the server (the feed keeps trying).
  live.start(database.db).catch((err: unknown) => log.warn({ err }, "Live updates could not start"));
  // Before the server waits for its connections to end: the event streams would never end on their own.
  app.addHook("preClose", () => live.close());

  app.addHook("onSend", async (req, reply) => {
    if (isApiPath(req.url.split("?")[0] ?? "")) reply.header("cache-control", "no-store");
  });

  // Fastify's own errors (bad JSON, body too large, …) keep their safe messages; a 5xx never shows its.
  app.setErrorHandler((error: { statusCode?: number; message: string }, req, reply) => {
    const status =
      error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    // Fastify's messages have no code of their own: a client shows the generic one for the status.
    const generic = coded(status === 413 ? "limit.request_size" : "server.bad_request");
    const body = {
      statusCode: status,
      error: STATUS_CODES[status] ?? "Error",
      message: error.message,
      coded: generic,
    };
    if (status >= 500) {
      req.log.error({ err: error, url: req.url }, "Unexpected error in HTTP request");
      body.message = INTERNAL_MESSAGE;
      body.coded = coded("server.internal");
    }
    return reply.code(status).send(body);
  });

  // biome-ignore lint/nursery/noMisusedPromises: Fastify awaits an async plugin (that is its documented form)
  await app.register(trpcRoutes, {
    database,
    answers: answers ?? new AnswerCache(database.db, { readVersionNow: database.readDataVersionNow }),
    live,
    demo: config.demo,
    importMaxBytes: config.importMaxBytes ?? MAX_IMPORT_BYTES,
    limitsFor,
  });
  // biome-ignore lint/nursery/noMisusedPromises: Fastify awaits an async plugin (that is its documented form)
  await app.register(importRoutes, {
    database,
    maxBytes: config.importMaxBytes,
    batchSize: config.importBatchSize,
  });
  // biome-ignore lint/nursery/noMisusedPromises: Fastify awaits an async plugin (that is its documented form)
  await app.register(exportRoutes, { database });
  // biome-ignore lint/nursery/noMisusedPromises: Fastify awaits an async plugin (that is its documented form)
  await app.register(healthRoutes, { database });
  await dashboardRoutes(base, config.dashboardDir);

  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
