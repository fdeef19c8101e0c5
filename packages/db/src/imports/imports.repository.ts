import type { ImportHistoryEntry, ListInput, ListResult } from "@tbc/types";
import { nowIso } from "../dialect";
import { type ListFields, runList } from "../list";
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

export async function listImports(
  db: Executor,
  input: ListInput | undefined,
): Promise<ListResult<ImportHistoryEntry>> {
  const base = db
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
  const result = await runList(db, base, input, {
    fields: IMPORT_FIELDS,
    defaultSort: { field: "at", order: "desc" },
  });
  return {
    total: result.total,
    data: result.data.map((r) => ({ ...r, status: r.status as ImportHistoryEntry["status"] })),
  };
}
