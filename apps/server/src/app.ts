import { STATUS_CODES } from "node:http";
import fastifyCookie from "@fastify/cookie";
import fastifyRateLimit from "@fastify/rate-limit";
import type { Database } from "@tbc/db";
import Fastify, { type FastifyInstance, LogController } from "fastify";
import { type Logger, pino } from "pino";
import { dashboardRoutes } from "./http/dashboard";
import { exportRoutes } from "./http/exports";
import { healthRoutes } from "./http/health";
import { importRoutes } from "./http/imports";
import { isApiPath, SESSION_COOKIE } from "./http/request";
import { securityHooks } from "./http/security";
import { SIGN_IN_LIMITS, type SignInLimitsConfig, signInLimiter } from "./http/sign-in-limits";
import { trpcRoutes } from "./http/trpc-routes";
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
  /** Fastify's trustProxy (TRUST_PROXY): set it when running behind a reverse proxy that terminates TLS. */
  trustProxy?: boolean | number | string | string[];
  /** Sign-in throttling; SIGN_IN_LIMITS (10 per address, 5 failures per account, per 15 min) by default. */
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
};

export async function buildApp({ database, config, logger }: BuildAppOptions) {
  const log = logger ?? pino({ level: "info" });
  const app = Fastify({
    loggerInstance: log,
    // No line per request: logins, refused access and errors are logged where they happen.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT,
    // Fastify also takes a number of hops, which its type does not list.
    trustProxy: (config.trustProxy ?? false) as boolean | string | string[],
    // tRPC batches put several procedure names in one path segment.
    routerOptions: { maxParamLength: 5000 },
  });

  // The app is typed with pino's Logger; these helpers take Fastify's default instance type.
  const base = app as unknown as FastifyInstance;
  await securityHooks(base);
  await app.register(fastifyCookie);
  // Only the limiters that src/http/sign-in-limits.ts creates: no route is limited by default.
  await app.register(fastifyRateLimit, { global: false });
  const limitsFor = signInLimiter(base, config.signInLimits ?? SIGN_IN_LIMITS);

  app.addHook("onSend", async (req, reply) => {
    if (isApiPath(req.url.split("?")[0] ?? "")) reply.header("cache-control", "no-store");
  });

  // Fastify's own errors (bad JSON, body too large, …) keep their safe messages; a 5xx never shows its.
  app.setErrorHandler((error: { statusCode?: number; message: string }, req, reply) => {
    const status =
      error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    const body = { statusCode: status, error: STATUS_CODES[status] ?? "Error", message: error.message };
    if (status >= 500) {
      req.log.error({ err: error, url: req.url }, "Unexpected error in HTTP request");
      body.message = INTERNAL_MESSAGE;
    }
    return reply.code(status).send(body);
  });

  // biome-ignore lint/nursery/noMisusedPromises: Fastify awaits an async plugin (that is its documented form)
  await app.register(trpcRoutes, { database, demo: config.demo, limitsFor });
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
