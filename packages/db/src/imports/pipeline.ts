import type { ImportPreview, ImportPreviewRow, ImportResult, ImportRowError } from "@tbc/types";
import { type Actor, writeAudit } from "../audit/audit.repository";
import type { Executor } from "../schema";
import { inTransaction } from "../transaction";
import {
  type CsvRecord,
  cellCountError,
  emptyPreview,
  type ImportProgress,
  ImportRejectedError,
  parseCsvFile,
} from "./csv";
import { recordImport, recordRejectedImport } from "./imports.repository";

/**
 * The one import pipeline: parse the CSV → check the header → validate every row (errors per row and
 * column) → preview what committing would do → commit all or nothing in one transaction. What differs
 * between kinds is declared in an ImportRules (columns, schema, rules, key); nothing here knows a kind.
 */

/** What a field reader and a rule see of the row they check. */
export type RowContext<L> = {
  cells: Record<string, string>;
  /** What the rules check against, loaded once per file (crime areas, channels, …). */
  lookups: L;
  /** An error the schema cannot see, on a column of the file. */
  report(column: string, message: string): void;
};

/** Where a schema field comes from: its CSV column (schema errors on the field name it) and how. */
export type FieldSource<L> = {
  column: string;
  /** cell → schema input (default: the trimmed text as is). */
  read?: (cell: string, row: RowContext<L>) => unknown;
};

/** The subset of a zod schema the pipeline uses (packages/db does not depend on zod). */
export type RowSchema<V> = {
  safeParse(
    input: unknown,
  ):
    | { success: true; data: V }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
};

export type PlannedRow<V, E> = {
  line: number;
  values: V;
  existing: E | undefined;
  action: ImportPreviewRow["action"];
};

export type ImportRules<V, E, L> = {
  /** The import history's and audit log's name for a committed file of this kind. */
  kind: string;
  /** The exact header of the file format. */
  header: readonly string[];
  /** Every field of the schema's input, from its column. */
  fields: Record<string, FieldSource<L>>;
  schema: RowSchema<V>;
  load(db: Executor): Promise<L>;
  /** Rules beyond the schema; `value` is null when the schema refused the row. */
  check?(input: Record<string, unknown>, value: V | null, row: RowContext<L>): void;
  /** The key columns' value: two rows of a file may not share it, and it finds the stored row. */
  key(value: V): string;
  /** Where a duplicate key is reported, and how. */
  duplicate: { column: string; message(firstLine: number): string };
  /** The stored rows the valid rows would change, by key. */
  existing(db: Executor, values: V[]): Promise<Map<string, E>>;
  /** Whether a stored row would change ("unchanged" when the file says what is stored). */
  differs(existing: E, value: V): boolean;
  /** What the preview shows of a row. */
  describe(value: V): Pick<ImportPreviewRow, "name" | "editionYear">;
  /** Writes the planned rows inside the commit's transaction (the import is already recorded). */
  write(
    trx: Executor,
    rows: PlannedRow<V, E>[],
    ctx: { importId: number; actor: Actor; onProgress?: ImportProgress },
  ): Promise<void>;
};

type CommitOptions = { fileName: string; actor: Actor; onProgress?: ImportProgress };

/** A validated file: its preview, and (when every row is valid) how to commit it. */
type Checked = {
  preview: ImportPreview;
  commit?: (db: Executor, opts: CommitOptions) => Promise<ImportResult>;
};

type Importer = {
  header: readonly string[];
  check(db: Executor, records: CsvRecord<readonly string[]>[], onProgress?: ImportProgress): Promise<Checked>;
};

type Valid<V> = { line: number; values: V }[];

/** One row: its cells → the schema's input → the schema → the rules; null when it is not valid. */
function validateRow<V, E, L>(
  rules: ImportRules<V, E, L>,
  record: CsvRecord<readonly string[]>,
  lookups: L,
  errors: ImportRowError[],
): V | null {
  const { line, cells } = record;
  const report = (column: string, message: string) => errors.push({ line, column, message });
  const countError = cellCountError(record, rules.header);
  if (countError) errors.push(countError);
  const row: RowContext<L> = { cells, lookups, report };
  const input: Record<string, unknown> = {};
  for (const [field, source] of Object.entries(rules.fields)) {
    const cell = cells[source.column] ?? "";
    input[field] = source.read ? source.read(cell, row) : cell;
  }
  const result = rules.schema.safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = String(issue.path[0]);
      report(rules.fields[field]?.column ?? field, issue.message);
    }
  }
  // Checked whatever else is wrong with the row, so that one preview shows all of its problems.
  rules.check?.(input, result.success ? result.data : null, row);
  return result.success ? result.data : null;
}

/** Every row, and two rows with the same key; the valid rows are those without any error. */
function validateRows<V, E, L>(
  rules: ImportRules<V, E, L>,
  records: CsvRecord<readonly string[]>[],
  lookups: L,
  onProgress?: ImportProgress,
): { errors: ImportRowError[]; valid: Valid<V> } {
  const errors: ImportRowError[] = [];
  const valid: Valid<V> = [];
  const seen = new Map<string, number>();
  records.forEach((record, index) => {
    const { line } = record;
    const rowErrors: ImportRowError[] = [];
    const value = validateRow(rules, record, lookups, rowErrors);
    if (value !== null) {
      const key = rules.key(value);
      const first = seen.get(key);
      if (first !== undefined) {
        rowErrors.push({ line, column: rules.duplicate.column, message: rules.duplicate.message(first) });
      } else seen.set(key, line);
      if (!rowErrors.length) valid.push({ line, values: value });
    }
    errors.push(...rowErrors);
    if (index % 1000 === 999) onProgress?.("validate", index + 1, records.length);
  });
  onProgress?.("validate", records.length, records.length);
  return { errors, valid };
}

/** The valid rows against what is stored under their keys: create, update or unchanged. */
async function plan<V, E, L>(rules: ImportRules<V, E, L>, db: Executor, valid: Valid<V>) {
  const existing = await rules.existing(
    db,
    valid.map((r) => r.values),
  );
  return valid.map(({ line, values }): PlannedRow<V, E> => {
    const e = existing.get(rules.key(values));
    const action = !e ? "create" : rules.differs(e, values) ? "update" : "unchanged";
    return { line, values, existing: e, action };
  });
}

const countOf = (rows: { action: string }[], action: string) =>
  rows.filter((r) => r.action === action).length;

/** One transaction: the import recorded (history + audit), then every row written. */
function commitRows<V, E, L>(
  rules: ImportRules<V, E, L>,
  valid: Valid<V>,
): (db: Executor, opts: CommitOptions) => Promise<ImportResult> {
  return (db, opts) =>
    inTransaction(db, async (trx) => {
      // Planned again inside the transaction: what is stored now decides create, update or unchanged.
      const rows = await plan(rules, trx, valid);
      const counts = {
        total: valid.length,
        created: countOf(rows, "create"),
        updated: countOf(rows, "update"),
        unchanged: countOf(rows, "unchanged"),
        rejected: 0,
      };
      const importId = await recordImport(trx, {
        kind: rules.kind,
        fileName: opts.fileName,
        userId: opts.actor.userId,
        rowsTotal: counts.total,
        rowsCreated: counts.created,
        rowsUpdated: counts.updated,
        rowsUnchanged: counts.unchanged,
        rowsRejected: 0,
        status: "committed",
        message: null,
      });
      await writeAudit(trx, {
        ...opts.actor,
        action: "import",
        entity: "import",
        entityId: importId,
        after: { kind: rules.kind, fileName: opts.fileName, ...counts },
      });
      await rules.write(trx, rows, { importId, actor: opts.actor, onProgress: opts.onProgress });
      return { importId, counts };
    });
}

/** One kind's rules as a step of the pipeline: validate and preview; commit when every row is valid. */
export function importer<V, E, L>(rules: ImportRules<V, E, L>): Importer {
  return {
    header: rules.header,
    async check(db, records, onProgress) {
      onProgress?.("parse", records.length, records.length);
      const lookups = await rules.load(db);
      const { errors, valid } = validateRows(rules, records, lookups, onProgress);
      const planned = await plan(rules, db, valid);
      const preview: ImportPreview = {
        fileError: null,
        rows: planned.map((r) => ({ line: r.line, ...rules.describe(r.values), action: r.action })),
        errors,
        counts: {
          total: records.length,
          create: countOf(planned, "create"),
          update: countOf(planned, "update"),
          unchanged: countOf(planned, "unchanged"),
          rejected: new Set(errors.map((e) => e.line)).size,
        },
      };
      return errors.length ? { preview } : { preview, commit: commitRows(rules, valid) };
    },
  };
}

/**
 * An import of one or more kinds, told apart by the header (engagement: daily metrics or posts).
 * `rejectedAs` names a refused file in the import history; `headerError` is the message when no
 * kind's header matches (one kind: the header parser's own message).
 */
export function importPipeline(
  kinds: readonly Importer[],
  config: { rejectedAs: string; headerError?: string },
) {
  async function check(
    db: Executor,
    content: string | Buffer,
    onProgress?: ImportProgress,
  ): Promise<Checked> {
    let fileError: string | null = null;
    for (const kind of kinds) {
      const parsed = parseCsvFile(content, kind.header);
      if (!("fileError" in parsed)) return kind.check(db, parsed.records, onProgress);
      fileError = parsed.fileError;
      if (!fileError.startsWith("The header")) break;
    }
    const headerMismatch = kinds.length > 1 && fileError?.startsWith("The header");
    return { preview: emptyPreview((headerMismatch ? config.headerError : null) ?? fileError ?? "") };
  }

  return {
    /** Validates every row and says what committing would do to each. Writes nothing. */
    async preview(
      db: Executor,
      content: string | Buffer,
      onProgress?: ImportProgress,
    ): Promise<ImportPreview> {
      return (await check(db, content, onProgress)).preview;
    },
    /**
     * All or nothing: any invalid row rejects the whole file (recorded in the import history, nothing
     * else written); otherwise one transaction writes every row and records the import.
     */
    async commit(db: Executor, content: string | Buffer, opts: CommitOptions): Promise<ImportResult> {
      const { preview, commit } = await check(db, content, opts.onProgress);
      if (!commit || preview.fileError || preview.errors.length) {
        await recordRejectedImport(db, config.rejectedAs, opts, preview);
        throw new ImportRejectedError(preview);
      }
      return commit(db, opts);
    },
  };
}
