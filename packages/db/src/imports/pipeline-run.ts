import { IMPORT_LIST_LIMIT, type ImportPreview, type ImportResult } from "@tbc/types";
import { type Actor, writeAudit } from "../audit/audit.repository";
import type { Executor } from "../schema";
import { inTransaction } from "../transaction";
import {
  CsvFileError,
  type CsvRecord,
  csvRowBlocks,
  emptyPreview,
  headerMatches,
  headerProblem,
  type ImportProgress,
  ImportRejectedError,
  type ImportSource,
  toRecord,
} from "./csv";
import { withImportRun } from "./import-runs";
import { finishImport, recordRejectedImport } from "./imports.repository";
import { type Importer, Tally } from "./pipeline";

/** Rows validated and written at a time: bounds memory, whatever the file's size. */
export const IMPORT_BATCH_SIZE = 1000;
/** The errors and rows a preview lists (its counts cover the whole file). */
export const PREVIEW_LIMIT = IMPORT_LIST_LIMIT;
/** Without a cap from the caller (the CLI reads a local file): no size limit. */
const NO_LIMIT = Number.POSITIVE_INFINITY;

export type RunOptions = {
  onProgress?: ImportProgress;
  /** Rows per batch (IMPORT_BATCH_SIZE); small in tests to cross batch boundaries. */
  batchSize?: number;
  /** The largest file accepted, in bytes: past it the file is refused (nothing written). */
  maxBytes?: number;
  /** How many errors and rows the preview lists (PREVIEW_LIMIT). */
  previewLimit?: number;
};
export type CommitOptions = RunOptions & { fileName: string; actor: Actor };

type PipelineConfig = { rejectedAs: string; headers?: string };

/**
 * Opens the file as it streams: its header picks the kind (engagement: daily metrics or posts), then
 * its rows come in batches. A file-level problem (empty, wrong header, no rows, not CSV, too large) is
 * thrown as a CsvFileError, when it is found — possibly after some batches.
 */
async function openFile(
  kinds: readonly Importer[],
  config: PipelineConfig,
  source: ImportSource,
  opts: RunOptions,
) {
  const blocks = csvRowBlocks(source, opts.maxBytes ?? NO_LIMIT);
  const next = await blocks.next();
  const first = next.done ? [] : next.value;
  const header = first[0];
  if (!header) throw new CsvFileError("import.file.empty");
  const kind = kinds.find((k) => headerMatches(header, k.header));
  if (!kind) throw headerError(kinds, config, header);
  const size = opts.batchSize ?? IMPORT_BATCH_SIZE;
  async function* batches(): AsyncGenerator<CsvRecord<readonly string[]>[]> {
    let batch: CsvRecord<readonly string[]>[] = [];
    // `line` is the row as a spreadsheet numbers it (header = 1), whatever newlines cells hold.
    let line = 1;
    const take = function* (rows: string[][], from: number) {
      for (let i = from; i < rows.length; i++) {
        batch.push(toRecord(rows[i] as string[], kind?.header ?? [], ++line));
        if (batch.length >= size) {
          yield batch;
          batch = [];
        }
      }
    };
    yield* take(first, 1);
    for await (const rows of blocks) yield* take(rows, 0);
    if (line === 1) throw new CsvFileError("import.file.no_rows");
    if (batch.length) yield batch;
  }
  return { kind, batches: batches() };
}

/**
 * A header that matches no kind: what it must be, and what is wrong with it measured against the kind
 * it is closest to (the most columns in common), naming the unexpected and the missing columns.
 */
function headerError(kinds: readonly Importer[], config: PipelineConfig, row: string[]): CsvFileError {
  const names = new Set(row.map((h) => h.trim()));
  const shared = (k: Importer) => k.header.filter((h) => names.has(h)).length;
  const closest = [...kinds].sort((a, b) => shared(b) - shared(a))[0];
  const expected = config.headers ?? kinds.map((k) => k.header.join(",")).join(" or ");
  if (!closest) return new CsvFileError("import.file.header_of_kinds", { expected, kind: "", problem: "" });
  const problem = headerProblem(row, closest.header);
  return kinds.length === 1
    ? new CsvFileError("import.file.header", { expected: closest.header.join(","), problem })
    : new CsvFileError("import.file.header_of_kinds", { expected, kind: closest.kind, problem });
}

/** Reads, validates and plans every batch; writes nothing. */
async function previewFile(
  kinds: readonly Importer[],
  config: PipelineConfig,
  db: Executor,
  source: ImportSource,
  opts: RunOptions,
): Promise<ImportPreview> {
  const tally = new Tally(opts.previewLimit ?? PREVIEW_LIMIT);
  try {
    const { kind, batches } = await openFile(kinds, config, source, opts);
    const run = await kind.begin(db, tally);
    for await (const records of batches) {
      await run.check(db, records, true);
      opts.onProgress?.("validate", tally.counts.total, tally.counts.total);
    }
    return tally.preview();
  } catch (e) {
    if (e instanceof CsvFileError) return emptyPreview(e);
    throw e;
  }
}

/**
 * The import's line in the history is committed as "running" first (import-runs.ts), then one
 * transaction: batch after batch validated, planned against what is stored now and written, then the
 * writer's finish, the line's counts and status, and the audit entry. The first invalid row stops the
 * writing (the rest is still validated, so that the answer lists its errors); any error rolls
 * everything back: a refused file turns the line "rejected", anything else "failed".
 */
async function commitFile(
  kinds: readonly Importer[],
  config: PipelineConfig,
  db: Executor,
  source: ImportSource,
  opts: CommitOptions,
): Promise<ImportResult> {
  const { actor, fileName } = opts;
  const entry = { kind: config.rejectedAs, fileName, userId: actor.userId };
  return withImportRun(
    db,
    entry,
    async (conn, importId) => {
      try {
        return await inTransaction(conn, (trx) => writeFile(kinds, config, trx, source, opts, importId));
      } catch (e) {
        const preview =
          e instanceof CsvFileError ? emptyPreview(e) : e instanceof ImportRejectedError ? e.preview : null;
        if (!preview) throw e;
        await recordRejectedImport(conn, importId, { ...opts, kind: config.rejectedAs }, preview);
        throw new ImportRejectedError(preview);
      }
    },
    (e) => e instanceof ImportRejectedError,
  );
}

/** The body of commitFile's transaction. */
async function writeFile(
  kinds: readonly Importer[],
  config: PipelineConfig,
  trx: Executor,
  source: ImportSource,
  opts: CommitOptions,
  importId: number,
): Promise<ImportResult> {
  const tally = new Tally(opts.previewLimit ?? PREVIEW_LIMIT);
  const { actor, fileName } = opts;
  const { kind, batches } = await openFile(kinds, config, source, opts);
  const run = await kind.begin(trx, tally);
  const writer = run.writer(trx, { importId, actor });
  // A batch's write runs while the next batch is read and validated (PostgreSQL works on it in its
  // own process meanwhile); its outcome is awaited before the next write, and its error thrown then.
  let writing: Promise<unknown> = Promise.resolve(null);
  const written = async () => {
    const error = await writing;
    if (error) throw error;
  };
  try {
    for await (const records of batches) {
      const planned = await run.check(trx, records, tally.counts.rejected === 0);
      await written();
      if (tally.counts.rejected === 0)
        writing = writer.write(planned).then(
          () => null,
          (e: unknown) => e ?? new Error("the write failed"),
        );
      // "commit" while batches are written; once a row is refused, the rest is only validated.
      const phase = tally.counts.rejected ? "validate" : "commit";
      opts.onProgress?.(phase, tally.counts.total, tally.counts.total);
    }
  } catch (e) {
    // A failed write aborts a PostgreSQL transaction, and the next batch's look-up fails for that:
    // the write's own error is the one to tell. Either way no write is left running.
    throw (await writing) ?? e;
  }
  await written();
  if (tally.counts.rejected) throw new ImportRejectedError(tally.preview());
  await writer.finish?.();
  const { total, create, update, unchanged } = tally.counts;
  const counts = { total, created: create, updated: update, unchanged, rejected: 0 };
  await finishImport(trx, importId, run.kind, counts);
  await writeAudit(trx, {
    ...actor,
    ...{ action: "import", entity: "import", entityId: importId },
    after: { kind: run.kind, fileName, ...counts },
  });
  return { importId, counts };
}

/**
 * An import of one or more kinds, told apart by the header (engagement: daily metrics or posts).
 * `rejectedAs` names a refused file in the import history; `headers` lists the expected headers for
 * the message when no kind's header matches (one kind: the header's own message).
 */
export function importPipeline(kinds: readonly Importer[], config: PipelineConfig) {
  return {
    /** Validates every row and says what committing would do (counts; the first rows and errors). */
    preview: (db: Executor, source: ImportSource, opts: RunOptions = {}) =>
      previewFile(kinds, config, db, source, opts),
    /** All or nothing, in one transaction; a refused file is recorded in the import history. */
    commit: (db: Executor, source: ImportSource, opts: CommitOptions) =>
      commitFile(kinds, config, db, source, opts),
  };
}
