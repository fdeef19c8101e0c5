/**
 * What the two ways into the operations import — the upload endpoint (src/http/imports.ts) and
 * `pnpm tbc import operations` (src/cli.ts) — share, so that both name files and report errors alike.
 * The import itself is one repository call in @tbc/db (commitOperationsImport) for both.
 */
import { type ImportPreview, type ImportRowError, MAX_IMPORT_BYTES } from "@tbc/types";

/** The upload's 413 and the CLI's refusal of a file over MAX_IMPORT_BYTES (10 MiB). */
export const TOO_LARGE_MESSAGE = `The file is larger than the ${MAX_IMPORT_BYTES / 1024 / 1024} MiB limit`;

export const MAX_FILE_NAME_LENGTH = 255;
export const DEFAULT_FILE_NAME = "upload.csv";

/**
 * A client-supplied file name as the import history stores it: the last path segment (either slash),
 * Unicode NFC, without control, format (bidi overrides, zero-width) or line/paragraph separator
 * characters, trimmed, at most 255 characters (code points; a long name keeps its extension);
 * "upload.csv" when nothing is left.
 */
export function sanitizeFileName(raw: string | null | undefined): string {
  const base = (raw ?? "").split(/[\\/]/).pop() ?? "";
  const chars = Array.from(
    base
      .normalize("NFC")
      .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, "")
      .trim(),
  );
  if (chars.length > MAX_FILE_NAME_LENGTH) {
    const ext = /\.[^.\s]{1,10}$/u.exec(chars.join(""))?.[0] ?? "";
    chars.splice(MAX_FILE_NAME_LENGTH - ext.length, Number.POSITIVE_INFINITY, ...ext);
  }
  const name = chars.join("").trim();
  return name === "" || name === "." || name === ".." ? DEFAULT_FILE_NAME : name;
}

/** `row 3, column edition_year: Year must be 1990 or later` (rows numbered as a spreadsheet shows them). */
export function formatImportError(error: ImportRowError): string {
  return `row ${error.line}, column ${error.column}: ${error.message}`;
}

/** Exactly the ImportPreview fields (the repository's preview also carries the parsed rows: `valid`). */
export function publicPreview(preview: ImportPreview): ImportPreview {
  const { fileError, rows, errors, counts } = preview;
  return { fileError, rows, errors, counts };
}
