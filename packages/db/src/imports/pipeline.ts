import {
  type AliasKind,
  type CodedMessage,
  coded,
  IMPORT_MESSAGE_MAX,
  type ImportChange,
  type ImportPreview,
  type ImportPreviewRow,
  type ImportRowError,
  type ImportUnresolved,
  type IssueLike,
  issueCode,
  type MessageCode,
} from "@tbc/types";
import type { Actor } from "../audit/audit.repository";
import type { Executor } from "../schema";
import { type CsvRecord, cellCountError, rowError } from "./csv";
import { type NameLookup, unknownNameMessage } from "./name-lookups";

/**
 * The one import pipeline: stream the CSV → check the header → validate each batch of rows (errors
 * per row and column) → plan it against what is stored (create / update / unchanged) → write it; all
 * batches of a commit in one transaction, all or nothing (pipeline-run.ts). What differs between kinds
 * is declared in an ImportRules (columns, schema, rules, key); nothing here knows a kind.
 */

/** What a field reader and a rule see of the row they check. */
export type RowContext<L> = {
  cells: Record<string, string>;
  /** What the rules check against, loaded once per file (crime areas, channels, …). */
  lookups: L;
  /** An error the schema cannot see, on a column of the file. */
  report(column: string, message: CodedMessage): void;
  /** A name that `lookup` does not resolve: reported with suggestions, and listed for mapping. */
  unknownName(kind: AliasKind, column: string, name: string, lookup: NameLookup): void;
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
    | { success: false; error: { issues: readonly (IssueLike & { path: readonly PropertyKey[] })[] } };
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
  /**
   * Optional, per file: the key as one safe integer, the same for two values exactly when their keys
   * are, or undefined to use the string key. The keys seen are kept for the whole file: a Map of
   * numbers holds about a third of what one of strings does (4,000,000 daily keys: 173 vs 568 MiB).
   */
  packKey?(): (value: V) => number | undefined;
  /** Where a duplicate key is reported, and how. */
  duplicate: { column: string; code: MessageCode };
  /** The stored rows the valid rows would change, by key. */
  existing(db: Executor, values: V[]): Promise<Map<string, E>>;
  /** Whether a stored row would change ("unchanged" when the file says what is stored). */
  differs(existing: E, value: V): boolean;
  /** For the preview of an "update": what would change, column by column (stored → file). */
  changes?(existing: E, value: V): ImportChange[];
  /** What the preview shows of a row. */
  describe(value: V): Pick<ImportPreviewRow, "name" | "editionYear">;
  /** The commit's writes, inside its one transaction (the import is already recorded). */
  writer(trx: Executor, ctx: { importId: number; actor: Actor }): ImportWriter<V, E>;
};

/** Writes a commit's planned rows batch by batch, then `finish` once after the last batch. */
export type ImportWriter<V, E> = {
  write(rows: PlannedRow<V, E>[]): Promise<void>;
  finish?(): Promise<void>;
};

/**
 * Validates rows one after the other: its cells → the schema's input → the schema → the rules; null
 * when the row is not valid. One context serves every row (readers and rules are synchronous and keep
 * nothing): closures made per row were a visible share of an import's time and garbage.
 */
function rowValidator<V, E, L>(rules: ImportRules<V, E, L>, lookups: L, tally: Tally) {
  const fields = Object.entries(rules.fields);
  let line = 0;
  let errors: ImportRowError[] = [];
  const row: RowContext<L> = {
    cells: {},
    lookups,
    report: (column, message) => errors.push(rowError(line, column, message)),
    unknownName: (kind, column, name, lookup) => {
      const suggestions = lookup.suggest(name);
      row.report(column, unknownNameMessage(kind, name, suggestions));
      tally.unknownName({ kind, name, suggestions });
    },
  };
  return (record: CsvRecord<readonly string[]>, rowErrors: ImportRowError[]): V | null => {
    line = record.line;
    errors = rowErrors;
    row.cells = record.cells;
    const countError = cellCountError(record, rules.header);
    if (countError) errors.push(countError);
    const input: Record<string, unknown> = {};
    for (const [field, source] of fields) {
      const cell = record.cells[source.column] ?? "";
      input[field] = source.read ? source.read(cell, row) : cell;
    }
    const result = rules.schema.safeParse(input);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = String(issue.path[0]);
        // The schema's own sentence stays the English message (it names the rule, e.g. "Raids must be
        // 0 or more"); the code comes from the issue's kind.
        const error = rowError(line, rules.fields[field]?.column ?? field, issueCode(issue));
        errors.push({ ...error, message: issue.message });
      }
    }
    // Checked whatever else is wrong with the row, so that one preview shows all of its problems.
    rules.check?.(input, result.success ? result.data : null, row);
    return result.success ? result.data : null;
  };
}

/**
 * What a preview shows of a file of any size: every count (errors too), but only the first `limit`
 * errors and rows, each message at most IMPORT_MESSAGE_MAX characters, so that its answer stays
 * small however large the file is.
 */
export class Tally {
  readonly counts = { total: 0, create: 0, update: 0, unchanged: 0, rejected: 0, errors: 0 };
  readonly errors: ImportRowError[] = [];
  readonly rows: ImportPreviewRow[] = [];
  /** Distinct names that did not resolve (the first `limit`), with how many rows have each. */
  private readonly unresolved = new Map<string, ImportUnresolved>();
  constructor(readonly limit: number) {}

  unknownName(name: Omit<ImportUnresolved, "rows">): void {
    const key = `${name.kind}\u0000${name.name}`;
    const seen = this.unresolved.get(key);
    if (seen) seen.rows++;
    else if (this.unresolved.size < this.limit) this.unresolved.set(key, { ...name, rows: 1 });
  }

  reject(rowErrors: ImportRowError[]): void {
    this.counts.rejected++;
    this.counts.errors += rowErrors.length;
    for (const e of rowErrors.slice(0, this.limit - this.errors.length)) {
      this.errors.push({ ...e, message: boundedMessage(e.message) });
    }
  }

  /** A planned row: counted; listed (`row()`) while the preview lists fewer than `limit`. */
  plan(action: ImportPreviewRow["action"], row: () => ImportPreviewRow): void {
    this.counts[action]++;
    if (this.rows.length < this.limit) this.rows.push(row());
  }

  preview(): ImportPreview {
    return {
      fileError: null,
      fileErrorCoded: null,
      rows: this.rows,
      errors: this.errors,
      unresolved: [...this.unresolved.values()],
      counts: { ...this.counts },
    };
  }
}

/** Messages quote cells through `quoted` (csv.ts); this is the backstop for any other message. */
function boundedMessage(message: string): string {
  const chars = Array.from(message);
  return chars.length > IMPORT_MESSAGE_MAX ? `${chars.slice(0, IMPORT_MESSAGE_MAX - 1).join("")}…` : message;
}

/** One file's run of a kind: checks batch after batch (validate, then plan), and its writer. */
export type KindRun = {
  /** Validates the batch (tallied) and, when `plan`, plans its valid rows against what is stored. */
  check(
    db: Executor,
    records: CsvRecord<readonly string[]>[],
    plan: boolean,
  ): Promise<PlannedRow<unknown, unknown>[]>;
  writer(trx: Executor, ctx: { importId: number; actor: Actor }): ImportWriter<unknown, unknown>;
  kind: string;
};

export type Importer = {
  kind: string;
  header: readonly string[];
  begin(db: Executor, tally: Tally): Promise<KindRun>;
};

/** One kind's rules as a step of the pipeline: its lookups loaded once, then batch after batch. */
export function importer<V, E, L>(rules: ImportRules<V, E, L>): Importer {
  return {
    kind: rules.kind,
    header: rules.header,
    async begin(db, tally) {
      const lookups = await rules.load(db);
      // Two rows of a file may not share a key: the first line of every key seen so far.
      const seen = new Map<string, number>();
      const packed = new Map<number, number>();
      const pack = rules.packKey?.();
      const validateRow = rowValidator(rules, lookups, tally);
      return {
        kind: rules.kind,
        writer: rules.writer as KindRun["writer"],
        async check(db, records, plan) {
          const valid: { line: number; values: V; key: string }[] = [];
          for (const record of records) {
            const { line } = record;
            const rowErrors: ImportRowError[] = [];
            const value = validateRow(record, rowErrors);
            let key = "";
            if (value !== null) {
              key = rules.key(value);
              const number = pack?.(value);
              const first = number === undefined ? seen.get(key) : packed.get(number);
              if (first !== undefined) {
                rowErrors.push(
                  rowError(line, rules.duplicate.column, coded(rules.duplicate.code, { first })),
                );
              } else if (number === undefined) seen.set(key, line);
              else packed.set(number, line);
            }
            tally.counts.total++;
            if (rowErrors.length) tally.reject(rowErrors);
            else if (value !== null) valid.push({ line, values: value, key });
          }
          if (!plan || !valid.length) return [];
          const existing = await rules.existing(
            db,
            valid.map((r) => r.values),
          );
          return valid.map(({ line, values, key }) => {
            const e = existing.get(key);
            const action = !e ? "create" : rules.differs(e, values) ? "update" : "unchanged";
            // What the preview shows of a row is worked out only for the rows it lists.
            tally.plan(action, () => {
              const changes = e && action === "update" ? rules.changes?.(e, values) : undefined;
              return { line, ...rules.describe(values), action, ...(changes ? { changes } : {}) };
            });
            return { line, values, existing: e, action };
          });
        },
      };
    },
  };
}
