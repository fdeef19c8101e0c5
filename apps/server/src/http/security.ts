/**
 * The security headers and request guards every answer goes through (ARCHITECTURE.md §6), registered before
 * any route: helmet (one source for the security headers, set on the raw response in an onRequest
 * hook, so that streamed answers — uploads, exports — carry them too), HSTS over https, the CSRF rule
 * for /trpc, and the tRPC batch cap.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { type CodedMessage, coded } from "@tbc/types";
import type { FastifyInstance } from "fastify";
import helmet, { type HelmetOptions } from "helmet";
import type { TrustProxy } from "../env";
import { isCrossSite, mediaTypeOf, publicOriginOf, refuse } from "./request";

declare module "fastify" {
  interface FastifyInstance {
    /** PUBLIC_URL's origin (scheme://host[:port]), or null to take each request's own. */
    publicOrigin: string | null;
  }
}

/** Whether proxy-addr trusts the address at `hop` (0 = the peer connected to us, 1 = the one before). */
type TrustFn = (address: string, hop: number) => boolean;

/**
 * TRUST_PROXY in the form Fastify acts on. Fastify 5 takes a bare number of hops as "trust nobody"
 * (it cannot check the peer), so a hop count becomes Express's rule: trust the `hops` nearest
 * addresses. The server's port must then be reachable only through the proxy (README, "Running
 * several processes"): a client connecting directly would be believed.
 */
export function fastifyTrustProxy(trust: TrustProxy | undefined): boolean | string[] | TrustFn {
  if (typeof trust === "number") {
    const hops = trust;
    return (_address, hop) => hop < hops;
  }
  return trust ?? false;
}

/**
 * Content-Security-Policy for the dashboard (and everything else). Vite builds the dashboard into
 * external module scripts only (no inline <script>, no eval), so scripts are 'self' alone.
 * style-src needs 'unsafe-inline': antd's CSS-in-JS (@ant-design/cssinjs) injects <style> elements
 * at run time and React sets style attributes; CSS cannot run script, so this is the usual trade-off.
 * img-src allows data: and blob: (antd icons, charts exported as images); font-src data: (inlined fonts).
 */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", "data:", "blob:"],
  fontSrc: ["'self'", "data:"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
};

export const HELMET_OPTIONS: HelmetOptions = {
  contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
  frameguard: { action: "deny" },
  referrerPolicy: { policy: "same-origin" },
  // Sent only over https (below): an http answer must not pin a host to https by accident.
  strictTransportSecurity: false,
};

/**
 * The headers helmet sets for `options`, computed once. None depends on the request (no CSP nonce, no
 * directive given as a function), and @fastify/helmet built a new helmet — CSP directives parsed
 * again — for every request: ≈ 4 % of the server's CPU under load (issue 9's profile).
 */
export function helmetHeaders(options: HelmetOptions): [string, string][] {
  const headers = new Map<string, [string, string]>();
  const recorder = {
    setHeader: (name: string, value: unknown) => void headers.set(name.toLowerCase(), [name, String(value)]),
    removeHeader: (name: string) => void headers.delete(name.toLowerCase()),
  };
  let failure: unknown;
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (err?: unknown) => {
    failure = err;
  });
  if (failure) throw failure;
  return [...headers.values()];
}

export const HSTS = "max-age=31536000; includeSubDomains";

/** Most calls one tRPC batch may carry; the dashboard's httpBatchLink uses `maxItems` below it. */
export const MAX_BATCH_SIZE = 20;

export function batchTooLarge(calls: number): CodedMessage {
  return coded("limit.batch", { maximum: MAX_BATCH_SIZE, calls });
}

/** How many procedures a /trpc URL names: a batch lists them comma-separated in the path. */
export function batchSizeOf(url: string): number {
  const [path = "", query = ""] = url.split("?");
  if (!new URLSearchParams(query).has("batch")) return 1;
  return decodeURIComponent(path.slice("/trpc/".length)).split(",").length;
}

export async function securityHooks(app: FastifyInstance, publicOrigin: string | null): Promise<void> {
  app.decorate("publicOrigin", publicOrigin);
  const headers = helmetHeaders(HELMET_OPTIONS);

  app.addHook("onRequest", async (req, reply) => {
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    // req.protocol honours X-Forwarded-Proto only when TRUST_PROXY trusts the proxy.
    if (req.protocol === "https") reply.raw.setHeader("strict-transport-security", HSTS);
    if (!req.url.startsWith("/trpc")) return;

    const calls = batchSizeOf(req.url);
    if (calls > MAX_BATCH_SIZE) {
      req.log.info({ ip: req.ip, calls }, "Refused: tRPC batch too large");
      return refuse(reply, 413, batchTooLarge(calls));
    }

    // CSRF (ARCHITECTURE.md §6): API mutations only as same-origin application/json POSTs. tRPC would also
    // accept multipart/form-data and Fastify text/plain, which browsers send cross-site without a
    // preflight. GET never runs a mutation (tRPC answers 405/400), so GETs need no check here.
    if (req.method !== "POST") return;
    if (mediaTypeOf(req) !== "application/json") {
      return refuse(reply, 415, coded("server.json_only"));
    }
    if (isCrossSite(req)) {
      req.log.info(
        // `expected` tells an operator behind a TLS proxy why https://host is refused as http://host.
        { origin: req.headers.origin, expected: publicOriginOf(req), ip: req.ip, url: req.url },
        "Access refused: cross-site request",
      );
      return refuse(reply, 403, coded("access.cross_site"));
    }
  });
}
