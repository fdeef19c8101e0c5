/**
 * What the two ways into an import — the upload endpoint (src/http/imports.ts) and
 * `pnpm tbc import <kind>` (src/cli.ts) — share, so that both accept the same kinds, name files and
 * report errors alike. The import itself is one repository call in @tbc/db for both.
 */
import {
  type Actor,
  commitEngagementImport,
  commitOperationsImport,
  type Executor,
  type ImportProgress,
  previewEngagementImport,
  previewOperationsImport,
} from "@tbc/db";
import { type ImportPreview, type ImportResult, type ImportRowError, MAX_IMPORT_BYTES } from "@tbc/types";

export type ImportKind = {
  preview(db: Executor, content: Buffer, onProgress?: ImportProgress): Promise<ImportPreview>;
  commit(
    db: Executor,
    content: Buffer,
    opts: { fileName: string; actor: Actor; onProgress?: ImportProgress },
  ): Promise<ImportResult>;
  /** How the log names a committed import, and (lower-case) the import in an error. */
  label: string;
};

/**
 * Every kind of import, by name: the last segment of the upload's path (`/api/imports/<kind>`) and
 * the CLI's `pnpm tbc import <kind> <file>`. Each is a preview and an all-or-nothing commit.
 */
export const IMPORT_KINDS = {
  operations: { preview: previewOperationsImport, commit: commitOperationsImport, label: "Operations" },
  engagement: { preview: previewEngagementImport, commit: commitEngagementImport, label: "Engagement" },
} as const satisfies Record<string, ImportKind>;

export type ImportKindName = keyof typeof IMPORT_KINDS;

export function importKindOf(name: string): ImportKind | undefined {
  return Object.hasOwn(IMPORT_KINDS, name) ? IMPORT_KINDS[name as ImportKindName] : undefined;
}

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
