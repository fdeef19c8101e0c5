import {
  CodedError,
  type CodedMessage,
  coded,
  formatMessage,
  type ImportPreview,
  type ImportRowError,
} from "@tbc/types";
import { CsvError, parse } from "csv-parse";
import { isUtf16, Utf8Check } from "./utf8";

/** Thrown by an import's commit when the file or a row is invalid: nothing was written. */
export class ImportRejectedError extends CodedError {
  constructor(readonly preview: ImportPreview) {
    const { code, params } =
      preview.fileErrorCoded ?? coded("import.rejected", { count: preview.counts.rejected });
    super(code, params);
    this.name = "ImportRejectedError";
  }
}

/** A problem with the file as a whole (too large, not text, not CSV, …): its message is for the user. */
export class CsvFileError extends CodedError {
  constructor(...args: ConstructorParameters<typeof CodedError>) {
    super(...args);
    this.name = "CsvFileError";
  }
}

export type ImportProgress = (phase: "parse" | "validate" | "commit", done: number, total: number) => void;

/** The file to import: the whole content, or its chunks as they arrive (an upload, a file stream). */
export type ImportSource = string | Buffer | AsyncIterable<Buffer | Uint8Array | string>;

/** A data row; `cellCount` is set when the row does not have as many cells as the header. */
export type CsvRecord<H extends readonly string[]> = {
  line: number;
  cells: Record<H[number], string>;
  cellCount?: number;
};

/** The error for a row with too many or too few cells (reported on its first column). */
export function cellCountError(
  record: { line: number; cellCount?: number },
  header: readonly string[],
): ImportRowError | null {
  return record.cellCount === undefined
    ? null
    : rowError(
        record.line,
        header[0] ?? "",
        coded("import.row.cell_count", { cells: record.cellCount, expected: header.length }),
      );
}

/** A row error: the code, its params and the English sentence. */
export function rowError(line: number, column: string, { code, params }: CodedMessage): ImportRowError {
  return { line, column, message: formatMessage(code, params), code, params };
}

export function tooLarge(maxBytes: number): CodedMessage {
  const [unit, size] =
    maxBytes >= 1024 * 1024 ? ["MiB", 1024 * 1024] : maxBytes >= 1024 ? ["KiB", 1024] : ["bytes", 1];
  return coded("limit.upload_size", { size: Math.round((maxBytes / size) * 10) / 10, unit });
}

export function tooLargeMessage(maxBytes: number): string {
  const { code, params } = tooLarge(maxBytes);
  return formatMessage(code, params);
}

/**
 * The source's bytes, refused past `maxBytes`, when they are not text (a NUL byte) and when they are
 * not UTF-8 (see Utf8Check): a refused file is never parsed with a character replaced.
 */
async function* checkedChunks(source: ImportSource, maxBytes: number): AsyncGenerator<Buffer> {
  const chunks = typeof source === "string" || Buffer.isBuffer(source) ? [source] : source;
  const utf8 = new Utf8Check();
  let size = 0;
  for await (const chunk of chunks) {
    const bytes =
      typeof chunk === "string"
        ? Buffer.from(chunk)
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (size === 0 && isUtf16(bytes)) throw new CsvFileError("import.file.utf16");
    size += bytes.length;
    if (size > maxBytes) throw new CsvFileError(tooLarge(maxBytes).code, tooLarge(maxBytes).params);
    if (bytes.includes(0)) throw new CsvFileError("import.file.not_text");
    const invalid = utf8.check(bytes);
    if (invalid) throw new CsvFileError("import.file.not_utf8", invalid);
    yield bytes;
  }
  const invalid = utf8.end();
  if (invalid) throw new CsvFileError("import.file.not_utf8", invalid);
}

/**
 * Every row of a CSV file as it streams in (csv-parse's stream API: the file is never held whole):
 * BOM, quotes, any line ending (a CRLF file with one LF line must not fold two rows into one), cell
 * counts checked per row by the caller. A file-level problem is thrown as a CsvFileError. Chunks are
 * fed one at a time and their rows handed on before the next is read: the caller's pace (a batch
 * written) is the file's pace, and every row before a problem is seen before it. The rows come in
 * blocks, those of one chunk: an await per row cost more than parsing it.
 */
export async function* csvRowBlocks(source: ImportSource, maxBytes: number): AsyncGenerator<string[][]> {
  const parser = parse({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    record_delimiter: ["\r\n", "\n", "\r"],
    // No valid row comes near it (the longest, an operation listing every country, is ~20 KB): a
    // bound on what one row may hold in memory, whatever the file.
    max_record_size: MAX_ROW_CHARACTERS,
  });
  let failure: unknown = null;
  parser.on("error", (e) => {
    failure ??= e;
  });
  // Rows read so far (header included): a problem is in the row after them, as a spreadsheet numbers it.
  let rows = 0;
  const parsed = function* () {
    const block: string[][] = [];
    for (let row = parser.read(); row !== null; row = parser.read()) {
      rows++;
      block.push(row as string[]);
    }
    if (block.length) yield block;
    if (failure) throw toFileError(failure, rows + 1);
  };
  for await (const chunk of checkedChunks(source, maxBytes)) {
    // The parser turns the chunk into rows at once, but calls back only once they are read.
    const written = new Promise<void>((resolve) => parser.write(chunk, () => resolve()));
    yield* parsed();
    await written;
    yield* parsed();
  }
  await new Promise<void>((resolve) => {
    parser.once("finish", resolve);
    parser.once("error", () => resolve());
    parser.end();
  });
  yield* parsed();
}

/** The rows of csvRowBlocks one by one. */
export async function* csvRows(source: ImportSource, maxBytes: number): AsyncGenerator<string[]> {
  for await (const block of csvRowBlocks(source, maxBytes)) yield* block;
}

/** The characters one row may hold. */
export const MAX_ROW_CHARACTERS = 1024 * 1024;

/** csv-parse's error, for the user; `row` is the row it is in (csv-parse counts lines, not rows). */
function toFileError(e: unknown, row: number): unknown {
  if (!(e instanceof CsvError)) return e;
  const line = (e as { lines?: number }).lines ?? 0;
  switch (e.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return new CsvFileError("import.file.unclosed_quote", { row });
    case "CSV_MAX_RECORD_SIZE":
      return new CsvFileError("import.file.row_too_long", { row, maximum: MAX_ROW_CHARACTERS });
    default:
      return line
        ? new CsvFileError("import.file.invalid_csv_near", { line })
        : new CsvFileError("import.file.invalid_csv");
  }
}

/** The longest value a message quotes: a message never echoes a huge cell. */
const QUOTED_MAX = 60;

/** A cell's value as a message quotes it: at most QUOTED_MAX characters, "…" marking a cut. */
export function quoted(value: string): string {
  const chars = Array.from(value);
  return `"${chars.length > QUOTED_MAX ? `${chars.slice(0, QUOTED_MAX).join("")}…` : value}"`;
}

/** A data row's cells by header name, trimmed; `line` is the row as a spreadsheet numbers it. */
export function toRecord<H extends readonly string[]>(row: string[], header: H, line: number): CsvRecord<H> {
  const cells = {} as Record<H[number], string>;
  header.forEach((h: H[number], c) => {
    cells[h] = (row[c] ?? "").trim();
  });
  return row.length !== header.length ? { line, cells, cellCount: row.length } : { line, cells };
}

export const headerMatches = (row: string[] | undefined, header: readonly string[]) => {
  const names = (row ?? []).map((h) => h.trim());
  return names.length === header.length && names.every((h, i) => h === header[i]);
};

/** At most this many columns are named in one list of a header's problems. */
const HEADER_NAMES_MAX = 10;

function columnList(names: string[]): string {
  const shown = names.slice(0, HEADER_NAMES_MAX).map((n) => (n ? quoted(n) : "(a column with no name)"));
  const more = names.length - shown.length;
  return more > 0 ? `${shown.join(", ")} and ${more} more` : shown.join(", ");
}

/**
 * What is wrong with a header that does not match: every duplicate, unexpected and missing column
 * (each list cut at HEADER_NAMES_MAX), or that the columns are in another order.
 */
export function headerProblem(row: string[], header: readonly string[]): string {
  const names = row.map((h) => h.trim());
  const duplicates = [...new Set(names.filter((h, i) => names.indexOf(h) !== i))];
  const unexpected = names.filter((h) => !header.includes(h));
  const missing = header.filter((h) => !names.includes(h));
  const problems: string[] = [];
  if (unexpected.length) problems.push(`unexpected: ${columnList(unexpected)}`);
  if (missing.length) problems.push(`missing: ${columnList(missing)}`);
  if (duplicates.length) problems.push(`twice: ${columnList(duplicates)}`);
  return problems.length ? problems.join("; ") : "the columns are in another order";
}

/**
 * A whole-number cell: empty is unknown (null); a number (signed, with decimals) is read as one so
 * that the schema names the rule it breaks ("−16" → "must be 0 or more", "1.5" → "must be a whole
 * number"); anything else fails the schema as not a number.
 */
export function integerCell(cell: string): number | null | string {
  if (cell === "") return null;
  const number = cell.replace(/^[−–]/, "-");
  return /^[-+]?\d+(\.\d+)?$/.test(number) ? Number(number) : cell;
}

export const emptyPreview = (fileError: CsvFileError): ImportPreview => ({
  fileError: fileError.message,
  fileErrorCoded: fileError.coded,
  rows: [],
  errors: [],
  unresolved: [],
  counts: { total: 0, create: 0, update: 0, unchanged: 0, rejected: 0, errors: 0 },
});
