import { existsSync } from "node:fs";
import { STATUS_CODES } from "node:http";
import { join, sep } from "node:path";
import fastifyCookie from "@fastify/cookie";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import type { Database } from "@tbc/db";
import {
  type CreateFastifyContextOptions,
  type FastifyTRPCPluginOptions,
  fastifyTRPCPlugin,
} from "@trpc/server/adapters/fastify";
import Fastify, { type FastifyInstance, LogController } from "fastify";
import { sql } from "kysely";
import { type Logger, pino } from "pino";
import { exportRoutes } from "./http/exports";
import { importRoutes } from "./http/imports";
import { isApiPath, SESSION_COOKIE, sessionOf } from "./http/request";
import { MAX_BATCH_SIZE, securityHooks } from "./http/security";
import { SIGN_IN_LIMITS, type SignInLimitsConfig, signInLimiter } from "./http/sign-in-limits";
import { type AppRouter, appRouter } from "./root";
import { type Context, INTERNAL_MESSAGE, logInternalError, type SessionCookie } from "./trpc";

/** Every API input is small JSON; the CSV upload (src/http/imports.ts) has its own, larger limit. */
export const BODY_LIMIT = 1024 * 1024;

export { SESSION_COOKIE };

export const DASHBOARD_MISSING =
  "The dashboard has not been built yet.\n" +
  "Run `pnpm --filter @tbc/dashboard build` (or `pnpm start`, which builds it), then restart the server.\n" +
  "The API is available at /trpc and the health check at /healthz.\n";

export type AppConfig = {
  /** Demo mode: the login page may announce the demo accounts. */
  demo: boolean;
  /** Absolute path of the built dashboard; missing → `/` answers 503 with instructions. */
  dashboardDir: string;
  /** Fastify's trustProxy (TRUST_PROXY): set it when running behind a reverse proxy that terminates TLS. */
  trustProxy?: boolean | number | string | string[];
  /** Sign-in throttling; SIGN_IN_LIMITS (10 per address, 5 failures per account, per 15 min) by default. */
  signInLimits?: SignInLimitsConfig;
};

export type BuildAppOptions = {
  database: Database;
  config: AppConfig;
  logger?: Logger;
};

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

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

  async function createContext({ req, res }: CreateFastifyContextOptions): Promise<Context> {
    const { user, token, raw } = await sessionOf(database.db, req);
    const attributes = {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: req.protocol === "https",
    } as const;
    const cookies: SessionCookie = {
      set: (value, maxAge) => void res.setCookie(SESSION_COOKIE, value, { ...attributes, maxAge }),
      clear: () => void res.clearCookie(SESSION_COOKIE, attributes),
    };
    if (raw && !user) cookies.clear(); // expired or ended elsewhere
    return {
      db: database.db,
      dialect: database.dialect,
      user,
      sessionToken: token,
      ip: req.ip ?? null,
      userAgent: req.headers["user-agent"] ?? null,
      log: req.log,
      demo: config.demo,
      cookies,
      signInLimits: limitsFor(req),
    };
  }

  await app.register(fastifyTRPCPlugin, {
    prefix: "/trpc",
    trpcOptions: {
      router: appRouter,
      createContext,
      // src/http/security.ts refuses larger batches first, with a clearer message; this is the backstop.
      maxBatchSize: MAX_BATCH_SIZE,
      // Procedures log their own unexpected errors; this catches the rest (e.g. context creation).
      onError({ error, path, req }) {
        if (error.code === "INTERNAL_SERVER_ERROR") logInternalError(req.log, error.cause ?? error, path);
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>["trpcOptions"],
  });

  await app.register(importRoutes, { database });
  await app.register(exportRoutes, { database });

  app.get("/healthz", async (req, reply) => {
    try {
      await withTimeout(sql`select 1`.execute(database.db), 3000);
      return { status: "ok", database: database.dialect };
    } catch (err) {
      req.log.warn({ err }, "Health check: the database does not answer");
      return reply.code(503).send({ status: "unavailable", database: database.dialect });
    }
  });

  const hasDashboard = existsSync(join(config.dashboardDir, "index.html"));
  if (hasDashboard) {
    await app.register(fastifyStatic, {
      root: config.dashboardDir,
      prefix: "/",
      wildcard: true,
      dotfiles: "ignore",
      cacheControl: false,
      setHeaders(reply, path) {
        // Vite fingerprints everything under assets/; everything else (index.html) is revalidated.
        const immutable = path.includes(`${sep}assets${sep}`);
        reply.header("cache-control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
      },
    });
  } else {
    log.warn({ dashboardDir: config.dashboardDir }, "Dashboard not built: / answers 503");
  }

  // History fallback: a GET for a dashboard route (/agencies/show/3) gets index.html; API paths,
  // other methods and missing files (a name with an extension) get a real 404.
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split("?")[0] ?? "/";
    const isPage = (req.method === "GET" || req.method === "HEAD") && !isApiPath(path);
    if (!isPage) return reply.code(404).send({ statusCode: 404, error: "Not Found", message: "Not found" });
    if (/\.[A-Za-z0-9]+$/.test(path)) return reply.code(404).type("text/plain").send("Not found\n");
    if (!hasDashboard) return reply.code(503).type("text/plain; charset=utf-8").send(DASHBOARD_MISSING);
    return reply.header("cache-control", "no-cache").sendFile("index.html");
  });

  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
