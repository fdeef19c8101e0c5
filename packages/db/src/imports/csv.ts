import { type ImportPreview, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@tbc/types";
import { parse } from "csv-parse/sync";

/** Thrown by an import's commit when the file or a row is invalid: nothing was written. */
export class ImportRejectedError extends Error {
  constructor(readonly preview: ImportPreview) {
    super(preview.fileError ?? `${preview.counts.rejected} row(s) have errors: nothing was imported`);
    this.name = "ImportRejectedError";
  }
}

export type ImportProgress = (phase: "parse" | "validate" | "commit", done: number, total: number) => void;

/** A data row; `cellCount` is set when the row does not have as many cells as the header. */
export type CsvRecord<H extends readonly string[]> = {
  line: number;
  cells: Record<H[number], string>;
  cellCount?: number;
};

/** The error for a row with too many or too few cells (reported on its first column). */
export function cellCountError(record: { line: number; cellCount?: number }, header: readonly string[]) {
  return record.cellCount === undefined
    ? null
    : {
        line: record.line,
        column: header[0] ?? "",
        message: `This row has ${record.cellCount} cells; the header has ${header.length}`,
      };
}

/**
 * Reads an uploaded CSV whose header must be exactly `header`. A file-level problem (too large, not
 * text, empty, not CSV, wrong header, too many rows) comes back as a message for the user.
 */
export function parseCsvFile<H extends readonly string[]>(
  content: string | Buffer,
  header: H,
): { records: CsvRecord<H>[] } | { fileError: string } {
  const size = typeof content === "string" ? Buffer.byteLength(content) : content.length;
  if (size > MAX_IMPORT_BYTES) {
    return { fileError: `The file is larger than the ${MAX_IMPORT_BYTES / 1024 / 1024} MiB limit` };
  }
  const text = typeof content === "string" ? content : content.toString("utf8");
  if (text.includes("\u0000")) return { fileError: "This is not a CSV text file" };
  if (text.trim() === "") return { fileError: "The file is empty" };
  let rows: string[][];
  try {
    // Every line ending, whatever the first line used: a CRLF file with one LF line must not fold two
    // rows into one. Cell counts are checked per row (cellCountError) rather than failing the file.
    rows = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      record_delimiter: ["\r\n", "\n", "\r"],
    }) as string[][];
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    return { fileError: `The file is not valid CSV${line ? ` (near line ${line})` : ""}` };
  }
  const [head, ...body] = rows;
  if ((head ?? []).map((h) => h.trim()).join(",") !== header.join(",")) {
    return { fileError: `The header must be exactly: ${header.join(",")}` };
  }
  if (body.length === 0) return { fileError: "The file has a header but no rows" };
  if (body.length > MAX_IMPORT_ROWS) {
    return { fileError: `The file has more than ${MAX_IMPORT_ROWS.toLocaleString("en")} rows` };
  }
  return {
    // `line` is the row as a spreadsheet numbers it (header = 1), whatever newlines cells hold.
    records: body.map((record, i) => ({
      line: i + 2,
      cells: Object.fromEntries(header.map((h, c) => [h, (record[c] ?? "").trim()])) as Record<
        H[number],
        string
      >,
      ...(record.length !== header.length ? { cellCount: record.length } : {}),
    })),
  };
}

/** A whole-number cell: empty is unknown (null); anything else but digits fails the schema by name. */
export function integerCell(cell: string): number | null | string {
  if (cell === "") return null;
  return /^\d+$/.test(cell) ? Number(cell) : cell;
}

export const emptyPreview = (fileError: string): ImportPreview => ({
  fileError,
  rows: [],
  errors: [],
  counts: { total: 0, create: 0, update: 0, unchanged: 0, rejected: 0 },
});
