/**
 * RFC 4180 CSV for spreadsheets, one writer for the server's table exports (@tbc/db exportCsv) and the
 * dashboard's chart CSV: CRLF line ends, fields quoted when they hold a quote, comma or line break,
 * quotes doubled; a UTF-8 BOM so that Excel reads accents. Text that a spreadsheet would run as a
 * formula (= + - @, tab, CR) is prefixed with ' (OWASP ASVS 1.2.10): exports of names typed by users
 * must never execute. Numbers are written as numbers (a negative count stays a number).
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
