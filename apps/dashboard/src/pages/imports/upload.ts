import type { ImportLine } from "@tbc/server";
import { messageText } from "../../providers/coded";
import { NdjsonReader } from "./ndjson";

/**
 * The CSV uploads (apps/server/src/http/imports.ts): the file itself as the body, and an NDJSON
 * answer streamed while the server works — progress lines, then exactly one final line.
 * XMLHttpRequest rather than fetch, because only XHR reports the upload's own progress.
 * One route per kind: `operations` (operations.csv) and `engagement` (daily metrics or posts).
 */
export type ImportKind = "operations" | "engagement";
export const importPath = (kind: ImportKind) => `/api/imports/${kind}`;
export const IMPORT_PATH = importPath("operations");

export type ImportMode = "preview" | "commit";
export type ImportFinal = Exclude<ImportLine, { type: "progress" }>;
/** "upload" (bytes sent), then the server's "parse" | "validate" | "commit" (rows). */
export type ImportPhase = "upload" | Extract<ImportLine, { type: "progress" }>["phase"];
export type ImportProgress = { phase: ImportPhase; done: number; total: number };

/** A refusal before any work (HTTP 400/401/403/413/415 with `{message}`), or no answer (status 0). */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "UploadError";
  }
}

export type FileProblem = { key: "notCsv" | "tooLarge" | "empty"; name: string; size: number };

/**
 * What the browser can tell before sending: the extension and the size against the server's limit
 * (imports.limits; undefined while that answer is on its way: the server checks again anyway).
 */
export function checkImportFile(
  file: { name: string; size: number },
  maxBytes: number | undefined,
): FileProblem | null {
  if (!/\.csv$/i.test(file.name)) return { key: "notCsv", name: file.name, size: file.size };
  if (maxBytes !== undefined && file.size > maxBytes)
    return { key: "tooLarge", name: file.name, size: file.size };
  if (file.size === 0) return { key: "empty", name: file.name, size: file.size };
  return null;
}

/** 10485760 → "10 MiB", 2048 → "2 KiB": the limit is stated in binary units, as the server does. */
export function formatBytes(bytes: number, locale: string): string {
  const format = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);
  if (bytes >= 1024 * 1024) return `${format(bytes / 1024 / 1024)} MiB`;
  if (bytes >= 1024) return `${format(bytes / 1024)} KiB`;
  return `${format(bytes)} B`;
}

function isLine(value: unknown): value is ImportLine {
  return (
    typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string"
  );
}

function refusal(xhr: XMLHttpRequest): UploadError {
  let message = xhr.statusText || `HTTP ${xhr.status}`;
  try {
    const body = JSON.parse(xhr.responseText) as { message?: unknown; coded?: unknown };
    if (typeof body.message === "string") message = messageText(body.coded, body.message);
  } catch {
    // Not JSON (a proxy's error page): keep the status text.
  }
  return new UploadError(message, xhr.status);
}

/**
 * Sends `file` to the `kind`'s route and resolves with the final line. `onProgress` hears the upload first (bytes), then
 * the server's phases (rows) as their lines arrive.
 */
export function uploadImport(
  kind: ImportKind,
  file: Blob & { name: string },
  mode: ImportMode,
  onProgress: (progress: ImportProgress) => void,
): { promise: Promise<ImportFinal>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<ImportFinal>((resolve, reject) => {
    const reader = new NdjsonReader();
    let final: ImportFinal | undefined;
    const take = (values: unknown[]) => {
      for (const value of values) {
        if (!isLine(value)) continue;
        if (value.type === "progress")
          onProgress({ phase: value.phase, done: value.done, total: value.total });
        else final = value;
      }
    };

    const query = new URLSearchParams({ fileName: file.name, mode });
    xhr.open("POST", `${importPath(kind)}?${query}`);
    xhr.setRequestHeader("content-type", "text/csv");
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress({ phase: "upload", done: e.loaded, total: e.total });
    };
    xhr.onprogress = () => {
      if (xhr.status !== 200) return;
      try {
        take(reader.read(xhr.responseText));
      } catch (err) {
        reject(err);
        xhr.abort();
      }
    };
    xhr.onload = () => {
      if (xhr.status !== 200) return reject(refusal(xhr));
      try {
        take(reader.finish(xhr.responseText));
      } catch (err) {
        return reject(err);
      }
      if (final) resolve(final);
      else reject(new UploadError("The server's answer ended early", xhr.status));
    };
    xhr.onerror = () => reject(new UploadError("The server cannot be reached", 0));
    xhr.onabort = () => reject(new UploadError("Cancelled", 0));
    xhr.send(file);
  });
  return { promise, abort: () => xhr.abort() };
}
