/**
 * What the two ways into an import — the upload endpoint (src/http/imports.ts) and
 * `pnpm tbc import <kind>` (src/cli.ts) — share, so that both accept the same kinds, name files and
 * report errors alike. The import itself is one repository call in @tbc/db for both.
 */
import {
  type Actor,
  type CommitOptions,
  commitEngagementImport,
  commitOperationsImport,
  type Executor,
  type ImportProgress,
  ImportRejectedError,
  type ImportSource,
  previewEngagementImport,
  previewOperationsImport,
  type RunOptions,
  tooLargeMessage,
} from "@tbc/db";
import type { ImportPreview, ImportResult, ImportRowError } from "@tbc/types";

export type ImportKind = {
  preview(db: Executor, source: ImportSource, opts?: RunOptions): Promise<ImportPreview>;
  commit(db: Executor, source: ImportSource, opts: CommitOptions): Promise<ImportResult>;
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

/** The upload's 413 (and the refusal of a streamed file) past the server's IMPORT_MAX_BYTES. */
export const TOO_LARGE_MESSAGE = tooLargeMessage;

/** One import to run: what the upload asked for (serialisable: it crosses to the import worker). */
export type ImportJob = {
  kind: ImportKindName;
  mode: "preview" | "commit";
  fileName: string;
  actor: Actor;
  /** The upload's cap (IMPORT_MAX_BYTES). */
  maxBytes: number;
  /** Rows per batch; tests make it small. */
  batchSize?: number;
};

export type ImportOutcome =
  | { type: "preview"; preview: ImportPreview }
  | { type: "result"; result: ImportResult }
  | { type: "rejected"; preview: ImportPreview };

/**
 * Runs an import job over a database: the one call both the import worker (its own connection) and
 * an in-process run make. A refused file is an outcome; anything else unexpected is thrown.
 */
export async function runImportJob(
  db: Executor,
  job: ImportJob,
  source: ImportSource,
  onProgress?: ImportProgress,
): Promise<ImportOutcome> {
  const kind = IMPORT_KINDS[job.kind];
  const opts: RunOptions = { onProgress, maxBytes: job.maxBytes, batchSize: job.batchSize };
  try {
    if (job.mode === "preview") {
      return { type: "preview", preview: publicPreview(await kind.preview(db, source, opts)) };
    }
    const result = await kind.commit(db, source, { ...opts, fileName: job.fileName, actor: job.actor });
    return { type: "result", result };
  } catch (err) {
    if (err instanceof ImportRejectedError) return { type: "rejected", preview: publicPreview(err.preview) };
    throw err;
  }
}

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

/** "… and 12,345 more errors" after the listed errors, when the file has more than the answer lists. */
export function moreErrors(preview: ImportPreview): string | null {
  const more = preview.counts.errors - preview.errors.length;
  return more > 0 ? `… and ${more.toLocaleString("en")} more error${more === 1 ? "" : "s"}` : null;
}

/** Exactly the ImportPreview fields (the repository's preview also carries the parsed rows: `valid`). */
export function publicPreview(preview: ImportPreview): ImportPreview {
  const { fileError, fileErrorCoded, rows, errors, unresolved, counts } = preview;
  return { fileError, fileErrorCoded, rows, errors, unresolved, counts };
}
