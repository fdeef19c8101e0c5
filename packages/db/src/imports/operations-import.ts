import {
  type ImportPreview,
  type ImportRowError,
  OPERATIONS_CSV_HEADER,
  type OperationsCsvColumn,
  type OperationValuesParsed,
  ZOperationValues,
} from "@tbc/types";
import { resolveCountryName } from "../countries/countries.data";

import type { Executor } from "../schema";
import { cellCountError, emptyPreview, type ImportProgress, integerCell, parseCsvFile } from "./csv";

export type ValidRow = { line: number; values: OperationValuesParsed };

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

/** Parses the file and checks its shape against the operations.csv header. */
export function parseOperationsCsv(content: string | Buffer) {
  return parseCsvFile(content, OPERATIONS_CSV_HEADER);
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
    editionYear: integerCell(cells.edition_year),
    periodStart: periodStart || null,
    periodEnd: periodEnd ?? null,
    crimeArea: cells.crime_area,
    region: cells.region,
    countriesCount: integerCell(cells.countries_count),
    countryCodes: [...new Set(countryCodes)],
    raids: integerCell(cells.raids),
    arrests: integerCell(cells.arrests),
    underInvestigation: integerCell(cells.under_investigation),
    seizedValueUsd: integerCell(cells.seized_value_usd),
    seizureDescription: cells.seizure_description,
    sourceTitle: cells.source_title,
    sourceUrl: cells.source_url,
  };
}

/** Only the columns the CSV carries: an import never touches summary, grade or caveats. */
export const IMPORTED = [
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

export async function existingByKey(db: Executor, rows: ValidRow[]) {
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

export function differs(
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
  records.forEach((record, index) => {
    const { line, cells } = record;
    const countError = cellCountError(record, OPERATIONS_CSV_HEADER);
    const rowErrors: ImportRowError[] = countError ? [countError] : [];
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
    if (index % 1000 === 999) onProgress?.("validate", index + 1, records.length);
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
