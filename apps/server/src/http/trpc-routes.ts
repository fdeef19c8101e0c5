/**
 * `/trpc/*`: the tRPC API over Fastify, with the context every procedure receives (src/trpc.ts) built
 * from the request: the session from its cookie, how to set or clear that cookie, the sign-in limits.
 */
import { type Database, isDatabaseUnavailable, unavailableMessage } from "@tbc/db";
import { TRPCError } from "@trpc/server";
import {
  type CreateFastifyContextOptions,
  type FastifyTRPCPluginOptions,
  fastifyTRPCPlugin,
} from "@trpc/server/adapters/fastify";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { AnswerCache } from "../answer-cache";
import type { LiveHub } from "../live";
import { type AppRouter, appRouter } from "../root";
import { type Context, logInternalError, type SessionCookie, type SignInLimits } from "../trpc";
import { sessionCookieName, sessionOf } from "./request";
import { MAX_BATCH_SIZE } from "./security";

export type TrpcRoutesOptions = {
  database: Database;
  /** The aggregates' answers, shared by every request. */
  answers: AnswerCache;
  /** The live-update hub of this process (src/live.ts). */
  live: LiveHub;
  demo: boolean;
  /** The largest CSV upload (IMPORT_MAX_BYTES): told to the upload pages (imports.limits). */
  importMaxBytes: number;
  /** The sign-in limits of a request (src/http/sign-in-limits.ts). */
  limitsFor: (req: FastifyRequest) => SignInLimits;
};

export async function trpcRoutes(
  app: FastifyInstance,
  { database, answers, live, demo, importMaxBytes, limitsFor }: TrpcRoutesOptions,
) {
  async function createContext({ req, res }: CreateFastifyContextOptions): Promise<Context> {
    const { user, token, raw } = await sessionOf(database.db, req).catch((err: unknown) => {
      // The session look-up is the first query of every call: a database that is down is said so here.
      if (isDatabaseUnavailable(err))
        throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: unavailableMessage(err), cause: err });
      throw err;
    });
    const attributes = {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: req.protocol === "https",
    } as const;
    const name = sessionCookieName(req);
    const cookies: SessionCookie = {
      set: (value, maxAge) => void res.setCookie(name, value, { ...attributes, maxAge }),
      clear: () => void res.clearCookie(name, attributes),
    };
    if (raw && !user) cookies.clear(); // expired or ended elsewhere
    return {
      db: database.db,
      readDb: database.readDb,
      answers,
      live,
      dialect: database.dialect,
      user,
      sessionToken: token,
      ip: req.ip ?? null,
      userAgent: req.headers["user-agent"] ?? null,
      log: req.log,
      demo,
      importMaxBytes,
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
      // A database that cannot serve now (503: down, or SQLite's writer taken by an import): when to
      // try again, for clients that retry on their own (the load test does, and counts it).
      responseMeta: ({ errors }) =>
        errors.some((e) => e.code === "SERVICE_UNAVAILABLE") ? { headers: { "retry-after": "1" } } : {},
      // Procedures log their own unexpected errors; this catches the rest (e.g. context creation).
      onError({ error, path, req }) {
        if (error.code === "INTERNAL_SERVER_ERROR") logInternalError(req.log, error.cause ?? error, path);
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>["trpcOptions"],
  });
}
