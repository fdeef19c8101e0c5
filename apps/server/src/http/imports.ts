/**
 * `POST /api/imports/<kind>?mode=preview|commit&fileName=<name>` — the CSV uploads, one route for every
 * kind of IMPORT_KINDS: `operations` (the header of operations.csv) and `engagement` (daily metrics
 * or posts, told apart by the header). An unknown kind is a 404.
 *
 * Not tRPC: the body is the file itself, streamed (up to IMPORT_MAX_BYTES, 256 MiB by default) into
 * an import worker (import-thread.ts), and the answer is NDJSON streamed while the import works, one
 * JSON object per line:
 *   {"type":"progress","phase":"parse"|"validate"|"commit","done":n,"total":n}   (zero or more)
 * then exactly one of
 *   {"type":"preview", ...ImportPreview}    mode=preview (nothing is written)
 *   {"type":"result", ...ImportResult}      mode=commit, imported
 *   {"type":"rejected", ...ImportPreview}   mode=commit refused (file or row errors): nothing written
 *   {"type":"error","message":"…","coded":{code,params}}  failed, nothing written ("database unavailable, try again",
 *                                           or a generic message: the details are in the log only).
 * Refusals before any work are plain JSON with a status: 404 unknown kind, 400 bad query, 401 not
 * signed in, 403 role below PERMISSIONS' "<kind>.import" (staff) or cross-site, 413 too large (by its
 * content-length), 415 not a CSV body. A body without a length that streams past the cap is "rejected"
 * with the same message.
 */
import type { ServerResponse } from "node:http";
import {
  type Database,
  type ImportProgress,
  isDatabaseUnavailable,
  tooLarge,
  unavailableCode,
} from "@tbc/db";
import {
  type CodedMessage,
  coded,
  formatMessage,
  type ImportResult,
  issueCode,
  MAX_IMPORT_BYTES,
  type SessionUser,
} from "@tbc/types";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { runImport } from "../import-thread";
import {
  type ImportKind,
  type ImportKindName,
  importKindOf,
  type publicPreview,
  sanitizeFileName,
} from "../imports";
import { actorOf } from "../trpc";
import { authorize, mediaTypeOf, refuse } from "./request";

export const IMPORTS_PATH = "/api/imports";
export const importPath = (kind: ImportKindName) => `${IMPORTS_PATH}/${kind}`;
export const IMPORT_OPERATIONS_PATH = importPath("operations");
export const IMPORT_ENGAGEMENT_PATH = importPath("engagement");

/**
 * What a browser labels a .csv file: text/csv, or application/vnd.ms-excel on Windows with Excel.
 * Neither is CORS-safelisted, so another site cannot send them without a preflight (which we never
 * grant). text/plain, multipart/form-data and application/x-www-form-urlencoded are refused: plain
 * forms send those cross-site. The dashboard sets `content-type: text/csv` itself.
 */
export const CSV_MEDIA_TYPES = ["text/csv", "application/vnd.ms-excel"] as const;

const ZImportQuery = z.object({
  mode: z.enum(["preview", "commit"], "Give mode=preview or mode=commit"),
  fileName: z.string().optional(),
});
type ImportQuery = { mode: "preview" | "commit"; fileName: string };

export type ImportLine =
  | { type: "progress"; phase: Parameters<ImportProgress>[0]; done: number; total: number }
  | ({ type: "preview" } & ReturnType<typeof publicPreview>)
  | ({ type: "result" } & ImportResult)
  | ({ type: "rejected" } & ReturnType<typeof publicPreview>)
  | { type: "error"; message: string; coded: CodedMessage };

/** Writes one NDJSON line and pushes it out now, even while the import keeps the event loop busy. */
/** A failure line: the English message and its code. */
const errorLine = (message: CodedMessage): ImportLine => ({
  type: "error",
  message: formatMessage(message.code, message.params),
  coded: message,
});

function writeLine(res: ServerResponse, line: ImportLine): void {
  if (res.writableEnded || res.destroyed) return; // the client went away; the import carries on
  res.write(`${JSON.stringify(line)}\n`);
  // Node corks the socket on a chunked write until the next tick, which never comes during a run of
  // synchronous work (SQLite): uncork so that each line reaches the client as it is written.
  while (res.socket && res.socket.writableCorked > 0) res.socket.uncork();
}

type CheckedImport = { kind: ImportKind; name: ImportKindName; user: SessionUser; query: ImportQuery };

export type ImportRouteOptions = {
  database: Database;
  /** The largest upload (IMPORT_MAX_BYTES); MAX_IMPORT_BYTES by default. */
  maxBytes?: number;
  /** Rows per batch; tests make it small to cross batch boundaries. */
  batchSize?: number;
};

/** Runs the preview or the commit, writing its progress and its outcome as NDJSON lines; ends `res`. */
async function runUpload(
  opts: ImportRouteOptions,
  req: FastifyRequest,
  res: ServerResponse,
  { kind, name, user, query }: CheckedImport,
): Promise<void> {
  const onProgress: ImportProgress = (phase, done, total) =>
    writeLine(res, { type: "progress", phase, done, total });
  try {
    const job = {
      ...{ kind: name, mode: query.mode, fileName: query.fileName, actor: actorOf({ user, ip: req.ip }) },
      ...{ maxBytes: opts.maxBytes ?? MAX_IMPORT_BYTES, batchSize: opts.batchSize },
    };
    const outcome = await runImport(opts.database, job, req.raw, onProgress);
    if (outcome.type === "result") {
      req.log.info(
        { userId: user.id, fileName: query.fileName, ...outcome.result },
        `${kind.label} imported`,
      );
      writeLine(res, { type: "result", ...outcome.result });
    } else writeLine(res, { type: outcome.type, ...outcome.preview });
  } catch (err) {
    // Either way nothing was imported, and the history says "failed" (import-runs.ts).
    if (isDatabaseUnavailable(err)) {
      req.log.warn(
        { err, url: req.url },
        `The database went away during the ${kind.label.toLowerCase()} import`,
      );
      writeLine(res, errorLine(coded(unavailableCode(err))));
    } else {
      req.log.error({ err, url: req.url }, `Unexpected error in the ${kind.label.toLowerCase()} import`);
      writeLine(res, errorLine(coded("server.internal")));
    }
  } finally {
    res.end();
  }
}

export async function importRoutes(app: FastifyInstance, opts: ImportRouteOptions): Promise<void> {
  const { db } = opts.database;
  const maxBytes = opts.maxBytes ?? MAX_IMPORT_BYTES;
  const checked = new WeakMap<FastifyRequest, CheckedImport>();

  // Only here (this plugin is encapsulated): the body is the raw file, left unread for the import to
  // stream (runUpload reads req.raw).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser([...CSV_MEDIA_TYPES], (_req, _payload, done) => done(null, undefined));

  /** Every check that does not need the body, before any of it is read. */
  async function guard(req: FastifyRequest<{ Params: { kind: string } }>, reply: FastifyReply) {
    const kind = importKindOf(req.params.kind);
    if (!kind) return refuse(reply, 404, coded("not_found.page"));
    if (!(CSV_MEDIA_TYPES as readonly string[]).includes(mediaTypeOf(req))) {
      return refuse(reply, 415, coded("server.csv_only"));
    }
    // PERMISSIONS: "operations.import", "engagement.import" (an unknown kind was a 404 above).
    const user = await authorize(db, req, reply, [`${req.params.kind}.import`]);
    if (!user) return reply;
    const query = ZImportQuery.safeParse(req.query);
    const issue = query.success ? undefined : query.error.issues[0];
    if (!query.success)
      return refuse(reply, 400, issue ? issueCode(issue) : coded("server.bad_request"), {
        ...(issue ? { english: issue.message } : {}),
      });
    if (Number(req.headers["content-length"] ?? 0) > maxBytes) return refuse(reply, 413, tooLarge(maxBytes));
    checked.set(req, {
      kind,
      name: req.params.kind as ImportKindName,
      user,
      query: { mode: query.data.mode, fileName: sanitizeFileName(query.data.fileName) },
    });
  }

  const route = `${IMPORTS_PATH}/:kind`;
  app.post<{ Params: { kind: string } }>(route, { onRequest: guard }, async (req, reply) => {
    const ok = checked.get(req);
    if (!ok) throw new Error("import request not checked"); // cannot happen: the guard answered

    // From here the answer is ours to write (streamed); Fastify's onSend hooks no longer run.
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      "content-type": "application/x-ndjson",
      "cache-control": "no-store",
      "x-accel-buffering": "no", // a reverse proxy (nginx) must not hold the lines back
    });
    res.flushHeaders();
    await runUpload(opts, req, res, ok);
  });
}
