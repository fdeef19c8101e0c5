/**
 * CSV of a chart's data, written in the browser the way the server writes table exports
 * (@tbc/db csv-writer): RFC 4180 (CRLF, quotes doubled, fields quoted when they hold a quote, comma
 * or line break), a UTF-8 BOM so that Excel reads accents, and formula-safe text: a cell a
 * spreadsheet would run as a formula (= + - @, tab, CR) gets a leading ' (OWASP ASVS 1.2.10).
 * Numbers are written as numbers (a negative count stays a number).
 */
export const CSV_BOM = "\uFEFF";

const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvColumn = { key: string; label: string };

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/** The whole file: BOM, the readable header, one line per row in the given column order. */
export function toCsv(columns: readonly CsvColumn[], rows: readonly Record<string, unknown>[]): string {
  return (
    CSV_BOM +
    csvLine(columns.map((c) => c.label)) +
    rows.map((row) => csvLine(columns.map((c) => row[c.key]))).join("")
  );
}
