/**
 * The dashboard's fingerprinted files (`assets/`) served from memory. A cold load of the overview asks
 * for ~55 of them at once over the browser's six connections; through @fastify/static each took
 * 3–6 ms of the server's time (a stat per encoding, a stream opened per file), and on a 2-core machine
 * shared with the browser the last one arrived ~1.5 s after the first was asked for. A file's bytes
 * and its precompressed copies (.br, .gz, written by the build) are read once, on first request, and
 * kept: the build bounds them (a few MB), a name never changes content, and nothing is kept for a name
 * that does not exist, so requests for made-up names cannot fill the memory.
 */
import { readFile } from "node:fs/promises";
import { extname, join } from "node:path";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

type Asset = { type: string; plain: Buffer; br: Buffer | null; gzip: Buffer | null };

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ttf": "font/ttf",
  ".woff2": "font/woff2",
  ".map": "application/json; charset=utf-8",
};

/** A plain file name: no directories, no dotfiles, no encoded tricks (the build writes only these). */
const NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

const IMMUTABLE = "public, max-age=31536000, immutable";

async function readOptional(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch {
    return null;
  }
}

/** Reads a file and its compressed copies; null when the file itself is not there. */
async function load(dir: string, name: string): Promise<Asset | null> {
  const path = join(dir, name);
  const plain = await readOptional(path);
  if (!plain) return null;
  const [br, gzip] = await Promise.all([readOptional(`${path}.br`), readOptional(`${path}.gz`)]);
  return { type: TYPES[extname(name)] ?? "application/octet-stream", plain, br, gzip };
}

/** The encoding to send: brotli, then gzip, when the client accepts it and the build wrote it. */
function pick(asset: Asset, accept: string): { body: Buffer; encoding: string | null } {
  const accepts = (coding: string) =>
    accept.split(",").some((part) => {
      const [name = "", ...params] = part.trim().toLowerCase().split(";");
      return name.trim() === coding && !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p));
    });
  if (asset.br && accepts("br")) return { body: asset.br, encoding: "br" };
  if (asset.gzip && accepts("gzip")) return { body: asset.gzip, encoding: "gzip" };
  return { body: asset.plain, encoding: null };
}

export function assetRoutes(app: FastifyInstance, dashboardDir: string): void {
  const dir = join(dashboardDir, "assets");
  // One read per file even when many requests for it arrive at once (a cold load asks in parallel).
  const cache = new Map<string, Promise<Asset | null>>();

  const serve = async (req: FastifyRequest<{ Params: { "*": string } }>, reply: FastifyReply) => {
    const name = req.params["*"];
    if (!NAME.test(name)) return reply.callNotFound();
    let pending = cache.get(name);
    if (!pending) {
      pending = load(dir, name);
      cache.set(name, pending);
    }
    const asset = await pending;
    if (!asset) {
      // Not kept: a name that does not exist costs one failed read, never memory.
      cache.delete(name);
      return reply.callNotFound();
    }
    const { body, encoding } = pick(asset, String(req.headers["accept-encoding"] ?? ""));
    reply.header("content-type", asset.type).header("cache-control", IMMUTABLE);
    if (asset.br || asset.gzip) reply.header("vary", "accept-encoding");
    if (encoding) reply.header("content-encoding", encoding);
    return reply.send(body);
  };
  app.get("/assets/*", serve);
}
