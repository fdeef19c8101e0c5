import type { ImportHistoryEntry, ImportPreview, ListInput, ListResult } from "@tbc/types";
import { type Actor, writeAudit } from "../audit/audit.repository";
import { nowIso } from "../dialect";
import { type ListFields, type ListOptions, runList, streamList } from "../list";
import type { Executor } from "../schema";
import { inTransaction } from "../transaction";

export type NewImport = Omit<ImportHistoryEntry, "id" | "at" | "userEmail"> & { userId: number | null };

export async function recordImport(db: Executor, entry: NewImport): Promise<number> {
  const { id } = await db
    .insertInto("imports")
    .values({ ...entry, at: nowIso() })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

/** A committed import's counts, known once its last batch is written (same transaction). */
export async function updateImportCounts(
  trx: Executor,
  importId: number,
  counts: { total: number; created: number; updated: number; unchanged: number },
): Promise<void> {
  await trx
    .updateTable("imports")
    .set({
      rowsTotal: counts.total,
      rowsCreated: counts.created,
      rowsUpdated: counts.updated,
      rowsUnchanged: counts.unchanged,
    })
    .where("id", "=", importId)
    .execute();
}

/**
 * A refused file: recorded in the import history and the audit log (action "import_rejected",
 * entity "import"), in one transaction; nothing else is written.
 */
export async function recordRejectedImport(
  db: Executor,
  kind: string,
  opts: { fileName: string; actor: Actor },
  preview: ImportPreview,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const message =
      preview.fileError ?? `${preview.counts.errors} error(s) in ${preview.counts.rejected} row(s)`;
    const importId = await recordImport(trx, {
      kind,
      fileName: opts.fileName,
      userId: opts.actor.userId,
      rowsTotal: preview.counts.total,
      rowsCreated: 0,
      rowsUpdated: 0,
      rowsUnchanged: 0,
      rowsRejected: preview.counts.rejected,
      status: "rejected",
      message,
    });
    await writeAudit(trx, {
      ...opts.actor,
      action: "import_rejected",
      entity: "import",
      entityId: importId,
      after: { kind, fileName: opts.fileName, rows: preview.counts.total, message },
    });
  });
}

const IMPORT_FIELDS: ListFields = {
  id: { type: "number" },
  kind: { type: "string" },
  fileName: { type: "string" },
  userEmail: { type: "string" },
  at: { type: "date" },
  status: { type: "string" },
};

function importsQuery(db: Executor) {
  return db
    .selectFrom("imports")
    .leftJoin("users", "users.id", "imports.userId")
    .select([
      "imports.id",
      "imports.kind",
      "imports.fileName",
      "users.email as userEmail",
      "imports.at",
      "imports.rowsTotal",
      "imports.rowsCreated",
      "imports.rowsUpdated",
      "imports.rowsUnchanged",
      "imports.rowsRejected",
      "imports.status",
      "imports.message",
    ]);
}

const IMPORT_LIST_OPTIONS: ListOptions = {
  fields: IMPORT_FIELDS,
  defaultSort: { field: "at", order: "desc" },
};
const toEntry = (r: Omit<ImportHistoryEntry, "status"> & { status: string }): ImportHistoryEntry => ({
  ...r,
  status: r.status as ImportHistoryEntry["status"],
});

export async function listImports(
  db: Executor,
  input: ListInput | undefined,
): Promise<ListResult<ImportHistoryEntry>> {
  const result = await runList(db, importsQuery(db), input, IMPORT_LIST_OPTIONS);
  return { total: result.total, data: result.data.map(toEntry) };
}

/** Every entry of the filtered import history, in batches: for the CSV export. */
export async function* streamImports(
  db: Executor,
  input: ListInput | undefined,
): AsyncGenerator<ImportHistoryEntry[]> {
  for await (const rows of streamList(db, importsQuery(db), input, IMPORT_LIST_OPTIONS))
    yield rows.map(toEntry);
}
