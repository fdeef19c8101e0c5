import { createOperation, createSeizure, type Database } from "@tbc/db";
import {
  OPERATIONS_CSV_HEADER,
  type OperationsCsvColumn,
  type OperationValues,
  ZOperationValues,
  ZSeizureValues,
} from "@tbc/types";
import type { App } from "../src/app";
import { IMPORTS_PATH } from "../src/http/imports";

const suffix = () => Math.random().toString(36).slice(2, 8);

/** Valid values for operations.create (a unique name unless given). */
export const sampleOperation = (name = `Operation Test ${suffix()}`): OperationValues => ({
  name,
  editionYear: 2021,
  periodStart: "2021-03",
  periodEnd: "2021-05",
  crimeArea: "pharmaceuticals",
  region: "Europe",
  countriesCount: 2,
  countryCodes: ["FR", "ES"],
  raids: 12,
  arrests: 34,
  underInvestigation: null,
  seizedValueUsd: 5_000_000,
  sourceUrl: "https://example.org/press",
});

/** An operation written straight through the repository. */
export async function newOperation(database: Database, values: OperationValues = sampleOperation()) {
  return createOperation(database.db, ZOperationValues.parse(values), { userId: null });
}

export async function newSeizure(database: Database) {
  const operation = await newOperation(database);
  return createSeizure(database.db, operation.id, ZSeizureValues.parse({ category: "medicines" }), {
    userId: null,
  });
}

/** Lower-case letters only, as crime area codes must be. */
export const letters = (n = 8) =>
  Array.from({ length: n }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");

export async function countRows(database: Database, table: "operations" | "imports"): Promise<number> {
  const row = await database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

// ─── CSV files ────────────────────────────────────────────────────────────────────────────────────

export type CsvRow = Record<OperationsCsvColumn, string>;

export const csvRow = (name: string, overrides: Partial<CsvRow> = {}): CsvRow => ({
  operation: name,
  edition_year: "2022",
  month: "2022-02/2022-03",
  crime_area: "food",
  region: "Europe",
  countries_count: "2",
  countries: "France; Italy",
  raids: "40",
  arrests: "120",
  under_investigation: "",
  seizure_description: 'Fake "olive oil", 2,000 litres',
  seized_value_usd: "2500000",
  source_title: "Press release",
  source_url: "https://example.org/press/1",
  ...overrides,
});

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/** A CSV file with the import's header (CRLF line ends, as spreadsheets write them). */
export function csvOf(rows: CsvRow[], header: readonly string[] = OPERATIONS_CSV_HEADER): string {
  const lines = [
    header.join(","),
    ...rows.map((r) => OPERATIONS_CSV_HEADER.map((h) => quote(r[h])).join(",")),
  ];
  return `${lines.join("\r\n")}\r\n`;
}

// ─── The upload endpoint ──────────────────────────────────────────────────────────────────────────

export type ImportLine = { type: string; [k: string]: unknown };

export type UploadResponse = {
  status: number;
  contentType: string;
  headers: Record<string, unknown>;
  /** The NDJSON lines (a 200) … */
  lines: ImportLine[];
  /** … or the JSON refusal. */
  json: { statusCode?: number; message?: string } | null;
  raw: string;
};

/** POST /api/imports/<kind> (operations unless given) the way the dashboard sends it (same Origin, text/csv). */
export async function upload(
  app: App,
  opts: {
    kind?: string;
    mode?: string;
    body: string | Buffer;
    cookie?: string;
    fileName?: string;
    headers?: Record<string, string>;
  },
): Promise<UploadResponse> {
  const query = new URLSearchParams({ mode: opts.mode ?? "commit", fileName: opts.fileName ?? "ops.csv" });
  const res = await app.inject({
    method: "POST",
    url: `${IMPORTS_PATH}/${opts.kind ?? "operations"}?${query}`,
    headers: {
      host: "localhost:3000",
      origin: "http://localhost:3000",
      "content-type": "text/csv",
      ...(opts.cookie ? { cookie: opts.cookie } : {}),
      ...opts.headers,
    },
    payload: opts.body,
  });
  const contentType = String(res.headers["content-type"] ?? "");
  const ndjson = contentType.startsWith("application/x-ndjson");
  return {
    status: res.statusCode,
    contentType,
    headers: res.headers,
    lines: ndjson
      ? res.body
          .split("\n")
          .filter(Boolean)
          .map((l) => JSON.parse(l) as ImportLine)
      : [],
    json: ndjson ? null : res.json(),
    raw: res.body,
  };
}

/** The final line of a streamed answer (exactly one non-progress line, and it is the last). */
export function finalLine(res: UploadResponse): ImportLine {
  const finals = res.lines.filter((l) => l.type !== "progress");
  if (finals.length !== 1 || res.lines.at(-1) !== finals[0]) {
    throw new Error(`expected one final line at the end, got: ${res.raw.slice(0, 500)}`);
  }
  return finals[0] as ImportLine;
}

/**
 * Every operation with all its columns and its countries, in a stable order, minus what legitimately
 * differs between two imports of the same file: timestamps and who did it.
 */
export async function operationsSnapshot(database: Database) {
  const rows = await database.db
    .selectFrom("operations")
    .selectAll()
    .orderBy("name")
    .orderBy("editionYear")
    .execute();
  const links = await database.db
    .selectFrom("operationCountries")
    .select(["operationId", "countryCode"])
    .orderBy("countryCode")
    .execute();
  return rows.map(({ createdAt: _ca, updatedAt: _ua, createdBy: _cb, updatedBy: _ub, ...row }) => ({
    ...row,
    countries: links.filter((l) => l.operationId === row.id).map((l) => l.countryCode),
  }));
}
