/**
 * `GET /api/export/<resource>.csv?filters=<json>&sorters=<json>&columns=<json>` — the full filtered
 * list of a resource as CSV for spreadsheets (ARCHITECTURE.md §6), streamed as @tbc/db's exportCsv writes it
 * (UTF-8 BOM, header line, RFC 4180 rows with CRLF, formula-safe cells).
 *
 * Query parameters, each optional and JSON-encoded:
 *   filters  refine CrudFilter[]              — as the list's `filters` (ZListInput)
 *   sorters  [{ field, order: "asc"|"desc" }] — as the list's `sorters`
 *   columns  [{ key, label? }]                — which columns, in order; `label` is the screen's
 *                                               title for it (default: the header in `lang`)
 * and, plain text, `lang` (en|fr|es|ar, default en): the language of the headers sent without a label
 * and of the file's name (EXPORT_HEADERS in @tbc/types); the cells stay data whatever the language.
 * Pagination does not apply: the export is every row that matches.
 *
 * Who may: PERMISSIONS' "export.csv" and the resource's "<resource>.list" (canExport in @tbc/types).
 * Refusals are plain JSON: 404 unknown resource, 403 cross-site or role below the resource's list,
 * 401 not signed in, 400 bad query (with `fieldErrors`), 500 unexpected (generic message; the details
 * go to the log). Once the rows are streaming, a failure cuts the connection, so that a spreadsheet
 * never gets a silently truncated file. Every export is in the audit log (action "export", entity the
 * resource, after `{ filters, rows }`), written before the last byte leaves; an export cut short is
 * recorded with the rows read so far and `complete: false`.
 */
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { type Database, exportCsv, InvalidQueryError, isExportResource, writeAudit } from "@tbc/db";
import {
  coded,
  EXPORT_FILE_STEMS,
  type ExportLang,
  type ExportResource,
  ZExportLang,
  ZListInput,
  zText,
} from "@tbc/types";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { fieldErrorsOf } from "../trpc";
import { authorize, refuse } from "./request";

export const EXPORT_PATH = "/api/export";

export const ZExportColumns = z
  .array(
    z.object({
      key: zText().min(1).max(100),
      label: zText().max(200).optional(),
    }),
  )
  .max(50);

export const ZExportQuery = ZListInput.pick({ filters: true, sorters: true }).extend({
  columns: ZExportColumns.optional(),
  lang: ZExportLang.default("en"),
});
export type ExportQuery = z.infer<typeof ZExportQuery>;

const JSON_PARAMS = ["filters", "sorters", "columns"] as const;

/** `?filters=…&sorters=…&columns=…` → the parsed JSON of each, or the field errors. */
function parseQuery(
  query: Record<string, unknown>,
): { ok: true; value: ExportQuery } | { ok: false; fieldErrors: Record<string, string[]> } {
  const raw: Record<string, unknown> = {};
  const fieldErrors: Record<string, string[]> = {};
  for (const name of JSON_PARAMS) {
    const text = query[name];
    if (text === undefined || text === "") continue;
    if (typeof text !== "string") {
      fieldErrors[name] = ["Give this parameter once"];
      continue;
    }
    try {
      raw[name] = JSON.parse(text);
    } catch {
      fieldErrors[name] = ["Not valid JSON"];
    }
  }
  // The language is a word, not JSON.
  if (query.lang !== undefined) raw.lang = query.lang;
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
  const parsed = ZExportQuery.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) ?? { _: ["Bad query"] } };
}

/** How many CSV records a chunk of whole records holds: line feeds outside quoted fields. */
export function countRecords(chunk: string): number {
  let records = 0;
  let quoted = false;
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 10 && !quoted) records++;
  }
  return records;
}

/** `agencies-2025-03-14.csv`, `agences-2025-03-14.csv` in French (the server's date, UTC). */
export function exportFileName(resource: ExportResource, lang: ExportLang = "en", now = new Date()): string {
  return `${EXPORT_FILE_STEMS[lang][resource]}-${now.toISOString().slice(0, 10)}.csv`;
}

/**
 * `attachment; filename="agencies-….csv"; filename*=UTF-8''…` (RFC 6266): the plain name for old
 * clients, the name in the reader's language (Arabic letters included) for the others.
 */
export function contentDisposition(resource: ExportResource, lang: ExportLang, now = new Date()): string {
  const plain = exportFileName(resource, "en", now);
  const named = exportFileName(resource, lang, now);
  return named === plain
    ? `attachment; filename="${plain}"`
    : `attachment; filename="${plain}"; filename*=UTF-8''${encodeURIComponent(named)}`;
}

type ExportRequest = FastifyRequest<{ Params: { resource: string }; Querystring: Record<string, unknown> }>;

/**
 * Streams the export: the rows read already (`head`), then the rest as the client takes them; writes
 * the audit entry before the last byte leaves, or with `complete: false` when the download breaks.
 */
async function streamExport(
  db: Database["db"],
  req: ExportRequest,
  reply: FastifyReply,
  opts: {
    userId: number;
    resource: ExportResource;
    lang: ExportLang;
    filters: unknown[];
    head: string[];
    chunks: AsyncGenerator<string>;
  },
): Promise<void> {
  const { userId, resource, lang, filters, head, chunks } = opts;
  const where = { url: req.url, ip: req.ip };
  let rows = 0;
  let audited = false;
  const audit = (complete: boolean) => {
    audited = true;
    const after = { filters, rows, ...(complete ? {} : { complete }) };
    return writeAudit(db, {
      userId,
      action: "export",
      entity: resource,
      ip: req.ip ?? null,
      after,
    });
  };
  async function* body() {
    const [header, ...first] = head;
    if (header !== undefined) yield header;
    for (const chunk of first) {
      rows += countRecords(chunk);
      yield chunk;
    }
    for await (const chunk of chunks) {
      rows += countRecords(chunk);
      yield chunk;
    }
    // Before the response ends: a complete download always has its audit entry.
    await audit(true);
  }

  // From here the answer is ours to write (streamed); Fastify's onSend hooks no longer run.
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    "content-type": "text/csv; charset=utf-8",
    "content-disposition": contentDisposition(resource, lang),
    "cache-control": "no-store",
  });
  try {
    // Backpressure: the next batch is read only when the client has taken the previous one. On an
    // error either side, pipeline destroys the response: the download fails rather than ends short.
    await pipeline(Readable.from(body()), res);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ERR_STREAM_PREMATURE_CLOSE") {
      req.log.info({ ...where, userId, rows }, "CSV export ended by the client");
    } else {
      req.log.error({ err, url: req.url, rows }, "Unexpected error in the CSV export");
    }
    // What left the server before it stopped was exported too.
    if (!audited) {
      await audit(false).catch((e: unknown) =>
        req.log.error({ err: e, url: req.url }, "Could not write the audit entry of a CSV export"),
      );
    }
  }
}

export async function exportRoutes(app: FastifyInstance, opts: { database: Database }): Promise<void> {
  const { db } = opts.database;

  async function handle(req: ExportRequest, reply: FastifyReply) {
    const { resource } = req.params;
    if (!isExportResource(resource)) return refuse(reply, 404, coded("not_found.page"));
    // canExport in @tbc/types: "export.csv" and the resource's own "<resource>.list" (imports: staff+).
    const user = await authorize(db, req, reply, ["export.csv", `${resource}.list`]);
    if (!user) return reply;
    const query = parseQuery(req.query);
    if (!query.ok) {
      const count = Object.keys(query.fieldErrors).length;
      return refuse(reply, 400, coded("validation.failed", { count }), { fieldErrors: query.fieldErrors });
    }
    const { filters, sorters, columns, lang } = query.value;

    // The header and the first batch of rows before answering: a column, field or operator the
    // resource does not allow is only found when the generator runs, and must still be a 400.
    const chunks = exportCsv(db, resource, { filters, sorters }, columns, lang);
    const head: string[] = [];
    try {
      for (let i = 0; i < 2; i++) {
        const next = await chunks.next();
        if (next.done) break;
        head.push(next.value);
      }
    } catch (err) {
      if (err instanceof InvalidQueryError) return refuse(reply, 400, err.coded, { english: err.message });
      req.log.error({ err, url: req.url }, "Unexpected error in the CSV export");
      return refuse(reply, 500, coded("server.internal"));
    }

    await streamExport(db, req, reply, {
      userId: user.id,
      resource,
      lang,
      filters: filters ?? [],
      head,
      chunks,
    });
  }

  // No HEAD route: it would run (and audit) the export only to throw the body away.
  app.get(`${EXPORT_PATH}/:resource.csv`, { exposeHeadRoute: false }, handle);
}
