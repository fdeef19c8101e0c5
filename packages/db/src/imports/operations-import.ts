import {
  type ImportPreview,
  type ImportResult,
  type ImportRowError,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  OPERATIONS_CSV_HEADER,
  type OperationsCsvColumn,
  type OperationValuesParsed,
  ZOperationValues,
} from "@tbc/types";
import { parse } from "csv-parse/sync";
import { type Actor, writeAudit } from "../audit/audit.repository";
import { resolveCountryName } from "../countries/countries.data";
import { nowIso } from "../dialect";

import type { Executor } from "../schema";
import { inTransaction } from "../transaction";
import { recordImport } from "./imports.repository";

/** Thrown by commit when the file or a row is invalid: nothing was written. */
export class ImportRejectedError extends Error {
  constructor(readonly preview: ImportPreview) {
    super(preview.fileError ?? `${preview.counts.rejected} row(s) have errors: nothing was imported`);
    this.name = "ImportRejectedError";
  }
}

export type ImportProgress = (phase: "parse" | "validate" | "commit", done: number, total: number) => void;

type ValidRow = { line: number; values: OperationValuesParsed };

/** Where each schema field comes from in the CSV, so that errors name the column the user sees. */
const COLUMN_OF: Record<string, OperationsCsvColumn> = {
  name: "operation",
  editionYear: "edition_year",
  periodStart: "month",
  periodEnd: "month",
  crimeArea: "crime_area",
  region: "region",
  countriesCount: "countries_count",
  countryCodes: "countries",
  raids: "raids",
  arrests: "arrests",
  underInvestigation: "under_investigation",
  seizedValueUsd: "seized_value_usd",
  seizureDescription: "seizure_description",
  sourceTitle: "source_title",
  sourceUrl: "source_url",
};

const emptyPreview = (fileError: string): ImportPreview => ({
  fileError,
  rows: [],
  errors: [],
  counts: { total: 0, create: 0, update: 0, unchanged: 0, rejected: 0 },
});

/** Parses and checks the file's shape; a file-level problem comes back as a message, not an exception. */
export function parseOperationsCsv(
  content: string | Buffer,
): { records: { line: number; cells: Record<OperationsCsvColumn, string> }[] } | { fileError: string } {
  const size = typeof content === "string" ? Buffer.byteLength(content) : content.length;
  if (size > MAX_IMPORT_BYTES)
    return { fileError: `The file is larger than the ${MAX_IMPORT_BYTES / 1024 / 1024} MiB limit` };
  const text = typeof content === "string" ? content : content.toString("utf8");
  if (text.includes("\u0000")) return { fileError: "This is not a CSV text file" };
  if (text.trim() === "") return { fileError: "The file is empty" };
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    return { fileError: `The file is not valid CSV${line ? ` (near line ${line})` : ""}` };
  }
  const [head, ...body] = rows;
  const header = head?.map((h) => h.trim()) ?? [];
  if (header.join(",") !== OPERATIONS_CSV_HEADER.join(",")) {
    return { fileError: `The header must be exactly: ${OPERATIONS_CSV_HEADER.join(",")}` };
  }
  if (body.length === 0) return { fileError: "The file has a header but no rows" };
  if (body.length > MAX_IMPORT_ROWS)
    return { fileError: `The file has more than ${MAX_IMPORT_ROWS.toLocaleString("en")} rows` };
  return {
    // `line` is the row as a spreadsheet numbers it (header = 1), whatever newlines cells hold.
    records: body.map((record, i) => ({
      line: i + 2,
      cells: Object.fromEntries(OPERATIONS_CSV_HEADER.map((h, i) => [h, (record[i] ?? "").trim()])) as Record<
        OperationsCsvColumn,
        string
      >,
    })),
  };
}

function integer(cell: string): number | null | string {
  if (cell === "") return null;
  return /^\d+$/.test(cell) ? Number(cell) : cell; // a non-number string fails the schema with a message
}

/** One CSV row → values for the shared schema, plus errors the schema cannot see (country names). */
function rowToValues(cells: Record<OperationsCsvColumn, string>, line: number, errors: ImportRowError[]) {
  const [periodStart, periodEnd] = cells.month ? cells.month.split("/") : [];
  const countryCodes: string[] = [];
  for (const name of cells.countries
    .split(";")
    .map((n) => n.trim())
    .filter(Boolean)) {
    const code = resolveCountryName(name);
    if (code) countryCodes.push(code);
    else errors.push({ line, column: "countries", message: `Unknown country "${name}"` });
  }
  return {
    name: cells.operation,
    editionYear: integer(cells.edition_year),
    periodStart: periodStart || null,
    periodEnd: periodEnd ?? null,
    crimeArea: cells.crime_area,
    region: cells.region,
    countriesCount: integer(cells.countries_count),
    countryCodes: [...new Set(countryCodes)],
    raids: integer(cells.raids),
    arrests: integer(cells.arrests),
    underInvestigation: integer(cells.under_investigation),
    seizedValueUsd: integer(cells.seized_value_usd),
    seizureDescription: cells.seizure_description,
    sourceTitle: cells.source_title,
    sourceUrl: cells.source_url,
  };
}

/** Only the columns the CSV carries: an import never touches summary, grade or caveats. */
const IMPORTED = [
  "periodStart",
  "periodEnd",
  "crimeArea",
  "region",
  "countriesCount",
  "raids",
  "arrests",
  "underInvestigation",
  "seizedValueUsd",
  "seizureDescription",
  "sourceTitle",
  "sourceUrl",
] as const;

async function existingByKey(db: Executor, rows: ValidRow[]) {
  const names = [...new Set(rows.map((r) => r.values.name))];
  const found = new Map<string, Record<string, unknown> & { id: number; countries: string }>();
  for (let i = 0; i < names.length; i += 500) {
    const chunk = await db
      .selectFrom("operations as o")
      .select(["o.id", "o.name", "o.editionYear", ...IMPORTED.map((c) => `o.${c}` as const)])
      .where("o.name", "in", names.slice(i, i + 500))
      .execute();
    for (const r of chunk) found.set(`${r.name}\u0000${r.editionYear}`, { ...r, countries: "" });
  }
  const ids = [...found.values()].map((r) => r.id);
  const byId = new Map([...found.values()].map((r) => [r.id, r]));
  for (let i = 0; i < ids.length; i += 500) {
    const links = await db
      .selectFrom("operationCountries")
      .select(["operationId", "countryCode"])
      .where("operationId", "in", ids.slice(i, i + 500))
      .orderBy("countryCode")
      .execute();
    for (const l of links) {
      const r = byId.get(l.operationId);
      if (r) r.countries = r.countries ? `${r.countries},${l.countryCode}` : l.countryCode;
    }
  }
  return found;
}

function differs(
  existing: Record<string, unknown> & { countries: string },
  v: OperationValuesParsed,
): boolean {
  if (IMPORTED.some((c) => (existing[c] ?? null) !== (v[c] ?? null))) return true;
  return existing.countries !== [...v.countryCodes].sort().join(",");
}

/**
 * Validates every row with the shared schema, plus what only the database knows (crime areas,
 * duplicate keys in the file), and says what committing would do to each row. Writes nothing.
 */
export async function previewOperationsImport(
  db: Executor,
  content: string | Buffer,
  onProgress?: ImportProgress,
): Promise<ImportPreview & { valid: ValidRow[] }> {
  const parsed = parseOperationsCsv(content);
  if ("fileError" in parsed) return { ...emptyPreview(parsed.fileError), valid: [] };
  const { records } = parsed;
  onProgress?.("parse", records.length, records.length);
  const areas = new Set((await db.selectFrom("crimeAreas").select("code").execute()).map((a) => a.code));
  const errors: ImportRowError[] = [];
  const valid: ValidRow[] = [];
  const seen = new Map<string, number>();
  records.forEach(({ line, cells }, i) => {
    const rowErrors: ImportRowError[] = [];
    const result = ZOperationValues.safeParse(rowToValues(cells, line, rowErrors));
    if (!result.success) {
      for (const issue of result.error.issues) {
        const column = COLUMN_OF[String(issue.path[0])] ?? String(issue.path[0]);
        rowErrors.push({ line, column, message: issue.message });
      }
    } else {
      if (!areas.has(result.data.crimeArea)) {
        rowErrors.push({
          line,
          column: "crime_area",
          message: `Unknown crime area "${result.data.crimeArea}"`,
        });
      }
      const key = `${result.data.name}\u0000${result.data.editionYear}`;
      const first = seen.get(key);
      if (first !== undefined) {
        rowErrors.push({ line, column: "operation", message: `Same operation and year as line ${first}` });
      } else seen.set(key, line);
    }
    if (rowErrors.length) errors.push(...rowErrors);
    else if (result.success) valid.push({ line, values: result.data });
    if (i % 1000 === 999) onProgress?.("validate", i + 1, records.length);
  });
  onProgress?.("validate", records.length, records.length);
  const existing = await existingByKey(db, valid);
  const rows = valid.map(({ line, values }) => {
    const e = existing.get(`${values.name}\u0000${values.editionYear}`);
    const action = !e ? "create" : differs(e, values) ? "update" : "unchanged";
    return { line, name: values.name, editionYear: values.editionYear, action } as const;
  });
  const rejected = new Set(errors.map((e) => e.line)).size;
  return {
    fileError: null,
    rows,
    errors,
    valid,
    counts: {
      total: records.length,
      create: rows.filter((r) => r.action === "create").length,
      update: rows.filter((r) => r.action === "update").length,
      unchanged: rows.filter((r) => r.action === "unchanged").length,
      rejected,
    },
  };
}

/**
 * All or nothing: any invalid row rejects the whole file (recorded in the import history, nothing
 * else written). Otherwise one transaction creates new operations, updates changed ones in place
 * (key: name + edition year, version bumped) and leaves unchanged ones alone, so re-importing the
 * same file changes nothing.
 */
export async function commitOperationsImport(
  db: Executor,
  content: string | Buffer,
  opts: { fileName: string; actor: Actor; onProgress?: ImportProgress },
): Promise<ImportResult> {
  const { valid, ...preview } = await previewOperationsImport(db, content, opts.onProgress);
  if (preview.fileError || preview.errors.length) {
    await recordImport(db, {
      kind: "operations",
      fileName: opts.fileName,
      userId: opts.actor.userId,
      rowsTotal: preview.counts.total,
      rowsCreated: 0,
      rowsUpdated: 0,
      rowsUnchanged: 0,
      rowsRejected: preview.counts.rejected,
      status: "rejected",
      message: preview.fileError ?? `${preview.errors.length} error(s) in ${preview.counts.rejected} row(s)`,
    });
    throw new ImportRejectedError(preview);
  }
  return inTransaction(db, async (trx) => {
    const existing = await existingByKey(trx, valid);
    const now = nowIso();
    const counts = { total: valid.length, created: 0, updated: 0, unchanged: 0, rejected: 0 };
    let done = 0;
    for (const { values } of valid) {
      const { countryCodes, ...columns } = values;
      const e = existing.get(`${values.name}\u0000${values.editionYear}`);
      let id: number;
      if (!e) {
        const { summary: _s, reliability: _r, caveats: _c, ...imported } = columns;
        ({ id } = await trx
          .insertInto("operations")
          .values({
            ...imported,
            createdBy: opts.actor.userId,
            createdAt: now,
            updatedBy: opts.actor.userId,
            updatedAt: now,
          })
          .returning("id")
          .executeTakeFirstOrThrow());
        counts.created++;
      } else if (differs(e, values)) {
        id = e.id;
        const set = Object.fromEntries(IMPORTED.map((c) => [c, columns[c]]));
        await trx
          .updateTable("operations")
          .set((eb) => ({
            ...set,
            updatedBy: opts.actor.userId,
            updatedAt: now,
            version: eb("version", "+", 1),
          }))
          .where("id", "=", id)
          .execute();
        await trx.deleteFrom("operationCountries").where("operationId", "=", id).execute();
        counts.updated++;
      } else {
        counts.unchanged++;
        id = 0;
      }
      if (id && countryCodes.length) {
        await trx
          .insertInto("operationCountries")
          .values(countryCodes.map((countryCode) => ({ operationId: id, countryCode })))
          .execute();
      }
      if (++done % 500 === 0) opts.onProgress?.("commit", done, valid.length);
    }
    opts.onProgress?.("commit", valid.length, valid.length);
    const importId = await recordImport(trx, {
      kind: "operations",
      fileName: opts.fileName,
      userId: opts.actor.userId,
      rowsTotal: counts.total,
      rowsCreated: counts.created,
      rowsUpdated: counts.updated,
      rowsUnchanged: counts.unchanged,
      rowsRejected: 0,
      status: "committed",
      message: null,
    });
    await writeAudit(trx, {
      ...opts.actor,
      action: "import",
      entity: "operation",
      entityId: importId,
      after: counts,
    });
    return { importId, counts };
  });
}
