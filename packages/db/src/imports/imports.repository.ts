import type { ImportHistoryEntry, ImportPreview, ListInput, ListResult } from "@tbc/types";
import { type Actor, writeAudit } from "../audit/audit.repository";
import { type ListFields, type ListOptions, runList, streamList } from "../list";
import type { Executor } from "../schema";
import { inTransaction } from "../transaction";
import { reapInterruptedImports } from "./import-runs";

/**
 * A committed import's kind (the header decided it), counts and status: the last change its own
 * transaction makes to the line that was "running".
 */
export async function finishImport(
  trx: Executor,
  importId: number,
  kind: string,
  counts: { total: number; created: number; updated: number; unchanged: number },
): Promise<void> {
  await trx
    .updateTable("imports")
    .set({
      kind,
      status: "committed",
      owner: null,
      rowsTotal: counts.total,
      rowsCreated: counts.created,
      rowsUpdated: counts.updated,
      rowsUnchanged: counts.unchanged,
    })
    .where("id", "=", importId)
    .execute();
}

/**
 * A refused file: its "running" line becomes "rejected", with an audit entry (action
 * "import_rejected", entity "import"), in one transaction; nothing else is written.
 */
export async function recordRejectedImport(
  db: Executor,
  importId: number,
  opts: { kind: string; fileName: string; actor: Actor },
  preview: ImportPreview,
): Promise<void> {
  const { kind, fileName, actor } = opts;
  await inTransaction(db, async (trx) => {
    const message =
      preview.fileError ?? `${preview.counts.errors} error(s) in ${preview.counts.rejected} row(s)`;
    await trx
      .updateTable("imports")
      .set({
        ...{ kind, status: "rejected", message, owner: null },
        ...{ rowsTotal: preview.counts.total, rowsRejected: preview.counts.rejected },
        ...{ rowsCreated: 0, rowsUpdated: 0, rowsUnchanged: 0 },
      })
      .where("id", "=", importId)
      .execute();
    await writeAudit(trx, {
      ...actor,
      action: "import_rejected",
      entity: "import",
      entityId: importId,
      after: { kind, fileName, rows: preview.counts.total, message },
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

/** Before the history is read: a line left "running" by a process that died reads "failed". */
async function reap(db: Executor): Promise<void> {
  // Best effort: SQLite's writer may be held by an import right now; the next read tries again.
  if (!db.isTransaction) await reapInterruptedImports(db).catch(() => 0);
}

export async function listImports(
  db: Executor,
  input: ListInput | undefined,
): Promise<ListResult<ImportHistoryEntry>> {
  await reap(db);
  const result = await runList(db, importsQuery(db), input, IMPORT_LIST_OPTIONS);
  return { total: result.total, data: result.data.map(toEntry) };
}

/** Every entry of the filtered import history, in batches: for the CSV export. */
export async function* streamImports(
  db: Executor,
  input: ListInput | undefined,
): AsyncGenerator<ImportHistoryEntry[]> {
  await reap(db);
  for await (const rows of streamList(db, importsQuery(db), input, IMPORT_LIST_OPTIONS))
    yield rows.map(toEntry);
}
