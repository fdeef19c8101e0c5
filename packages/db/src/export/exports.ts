import type { ExportLang, ExportResource, ListInput } from "@tbc/types";
import { CSV_BOM, csvLine, EXPORT_HEADERS, exportHeader } from "@tbc/types";
import { streamAgencies } from "../agencies/agencies.repository";
import { streamAudit } from "../audit/audit.repository";
import { InvalidQueryError } from "../errors";
import { streamImports } from "../imports/imports.repository";
import { streamOperations } from "../operations/operations.repository";
import { streamPosts } from "../posts/posts.repository";
import type { Executor } from "../schema";

type Stream = (db: Executor, input: ListInput | undefined) => AsyncGenerator<object[]>;

/**
 * What `GET /api/export/<resource>.csv` may export: each resource's list stream and the columns a
 * client may ask for (with their English headers; the other languages' are in @tbc/types).
 */
export const EXPORTS: Record<ExportResource, { stream: Stream; columns: Record<string, string> }> = {
  agencies: { stream: streamAgencies, columns: EXPORT_HEADERS.en.agencies },
  operations: { stream: streamOperations, columns: EXPORT_HEADERS.en.operations },
  posts: { stream: streamPosts, columns: EXPORT_HEADERS.en.posts },
  imports: { stream: streamImports, columns: EXPORT_HEADERS.en.imports },
  // `audit.list` is for admins, so is its export (canExport).
  audit: { stream: streamAudit, columns: EXPORT_HEADERS.en.audit },
};

export type ExportColumn = { key: string; label?: string };

export function isExportResource(resource: string): resource is ExportResource {
  return Object.hasOwn(EXPORTS, resource);
}

/**
 * The full filtered list as CSV (BOM, header line, then rows), chunk by chunk. Columns are checked
 * against the resource's whitelist; a label from the client is only text in the header, and a column
 * without one is headed in `lang`.
 */
export async function* exportCsv(
  db: Executor,
  resource: string,
  input: ListInput | undefined,
  requested?: readonly ExportColumn[],
  lang: ExportLang = "en",
): AsyncGenerator<string> {
  if (!isExportResource(resource)) throw new InvalidQueryError(`Unknown export '${resource}'`);
  const spec = EXPORTS[resource];
  const header = (key: string) => exportHeader(lang, resource, key) ?? key;
  const columns = requested?.length
    ? requested.map((c) => {
        if (!Object.hasOwn(spec.columns, c.key))
          throw new InvalidQueryError(`Unknown column '${c.key}' for ${resource}`);
        return { key: c.key, label: c.label?.slice(0, 200) || header(c.key) };
      })
    : Object.keys(spec.columns).map((key) => ({ key, label: header(key) }));
  yield CSV_BOM + csvLine(columns.map((c) => c.label));
  for await (const rows of spec.stream(db, input)) {
    yield rows.map((row) => csvLine(columns.map((c) => (row as Record<string, unknown>)[c.key]))).join("");
  }
}
