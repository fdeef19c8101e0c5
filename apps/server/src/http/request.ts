/**
 * What every HTTP entry point (the tRPC adapter, the uploads, the exports) decides about a request in the
 * same way: who is signed in, whether it comes from another site, how a refusal looks. The security
 * headers every answer carries are set by src/http/security.ts.
 */

import { STATUS_CODES } from "node:http";
import type { DB } from "@tbc/db";
import { resolveSession } from "@tbc/db";
import { type CodedMessage, coded, formatMessage, type SessionUser } from "@tbc/types";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import { auditRefusal, checkAccess } from "../access";

export const SESSION_COOKIE = "tbc_session";
/**
 * The session cookie's name over https. The `__Host-` prefix makes browsers accept it only when it is
 * Secure, has Path=/ and no Domain: no sibling subdomain can plant or overwrite a session.
 */
export const SECURE_SESSION_COOKIE = "__Host-tbc_session";

/**
 * The session cookie's name for this request. Only the name in use is read: over https a plain
 * `tbc_session` (which anyone on a sibling subdomain could set) is ignored.
 */
export function sessionCookieName(req: FastifyRequest): string {
  return req.protocol === "https" ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

/**
 * A refusal as plain JSON, in the shape of Fastify's own errors (plus field errors, when any): the
 * English `message` and the same `coded` as `{ code, params }` (ARCHITECTURE.md, Errors).
 */
export function refuse(
  reply: FastifyReply,
  status: number,
  message: CodedMessage,
  extra: { fieldErrors?: Record<string, string[]>; english?: string } = {},
) {
  // `english`: a sentence more specific than the code's template (a schema's, a query's detail).
  const { english, ...rest } = extra;
  const body = {
    statusCode: status,
    error: STATUS_CODES[status],
    message: english ?? formatMessage(message.code, message.params),
  };
  return reply.code(status).send({ ...body, coded: message, ...rest });
}

/** Paths that belong to the API: never answered with the dashboard's index.html, never cached. */
export function isApiPath(path: string): boolean {
  return ["/trpc", "/api", "/healthz"].some((p) => path === p || path.startsWith(`${p}/`));
}

/**
 * The origin (scheme, host and port) the dashboard is served from: PUBLIC_URL's when set, else this
 * request's own (its scheme and Host, or X-Forwarded-Proto/-Host from a trusted proxy). Null when
 * the Host header is no host at all.
 */
export function publicOriginOf(req: FastifyRequest): string | null {
  if (req.server.publicOrigin) return req.server.publicOrigin;
  try {
    return new URL(`${req.protocol}://${req.host}`).origin;
  } catch {
    return null;
  }
}

/**
 * A cross-site request (CSRF): an Origin other than the public origin (a different scheme, host or
 * port: http://host is not https://host), or a browser saying so.
 */
export function isCrossSite(req: FastifyRequest): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined) {
    try {
      return new URL(origin).origin !== publicOriginOf(req);
    } catch {
      return true; // "null" or garbage
    }
  }
  return req.headers["sec-fetch-site"] === "cross-site";
}

/** The media type of the body, lower-case, without parameters ("" when there is none). */
export function mediaTypeOf(req: FastifyRequest): string {
  return (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

/**
 * The session cookie → the signed-in user. `raw` is the cookie as sent (to clear a stale one), `token`
 * only when it resolved to a live session.
 */
export async function sessionOf(
  db: Kysely<DB>,
  req: FastifyRequest,
): Promise<{ user: SessionUser | null; token: string | null; raw: string | undefined }> {
  const raw = req.cookies[sessionCookieName(req)];
  const token = raw && raw.length <= 200 ? raw : null;
  const user = token ? await resolveSession(db, token) : null;
  return { user, token: user ? token : null, raw };
}

/**
 * The access guard of the HTTP routes (exports, uploads): a cross-site request → 403, then the session
 * and the same check as every tRPC procedure (src/access.ts) against every one of `permissions`.
 * Answers a refusal itself and returns null; otherwise the signed-in user.
 */
export async function authorize(
  db: Kysely<DB>,
  req: FastifyRequest,
  reply: FastifyReply,
  permissions: readonly string[],
): Promise<SessionUser | null> {
  const where = { url: req.url, ip: req.ip };
  if (isCrossSite(req)) {
    req.log.info(
      { ...where, origin: req.headers.origin, expected: publicOriginOf(req) },
      "Access refused: cross-site request",
    );
    refuse(reply, 403, coded("access.cross_site"));
    return null;
  }
  const { user } = await sessionOf(db, req);
  const refusal = checkAccess(user, permissions, req.log, where);
  if (refusal) {
    await auditRefusal(db, user, refusal, { procedure: permissions.join(","), ip: req.ip, log: req.log });
    refuse(reply, refusal.status, refusal.coded);
    return null;
  }
  // Every HTTP route needs a role, so a user is there; a "public" entry would still need one here.
  if (!user) refuse(reply, 401, coded("access.sign_in"));
  return user;
}
