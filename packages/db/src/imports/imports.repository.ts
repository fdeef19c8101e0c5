import type { ImportHistoryEntry, ListInput, ListResult } from "@tbc/types";
import { nowIso } from "../dialect";
import { type ListFields, type ListOptions, runList, streamList } from "../list";
import type { Executor } from "../schema";

export type NewImport = Omit<ImportHistoryEntry, "id" | "at" | "userEmail"> & { userId: number | null };

export async function recordImport(db: Executor, entry: NewImport): Promise<number> {
  const { id } = await db
    .insertInto("imports")
    .values({ ...entry, at: nowIso() })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
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
