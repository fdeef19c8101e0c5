import { type AuditEntry, diffRecords, type HistoryEntry, type ListInput, type ListResult } from "@tbc/types";
import { nowIso } from "../dialect";
import { noteChange } from "../events/changes";
import { type ListFields, type ListOptions, runList, streamList } from "../list";
import type { Executor } from "../schema";
import { entityLabels } from "./audit.labels";

/** Who makes a change: recorded on the row (created_by/updated_by) and in the audit log. */
export type Actor = { userId: number | null; ip?: string | null };

export type NewAuditEntry = {
  userId: number | null;
  action: string;
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
};

function toRow(entry: NewAuditEntry, at: string) {
  return {
    at,
    userId: entry.userId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId == null ? null : String(entry.entityId),
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
    ip: entry.ip ?? null,
  };
}

/** Call inside the same transaction as the change it records: no change without its record. */
export async function writeAudit(db: Executor, entry: NewAuditEntry): Promise<void> {
  noteChange(db, entry);
  await db.insertInto("auditLog").values(toRow(entry, nowIso())).execute();
}

/** Many entries at once (an import's rows), in multi-row inserts. */
export async function writeAuditMany(db: Executor, entries: readonly NewAuditEntry[]): Promise<void> {
  const at = nowIso();
  for (const entry of entries) noteChange(db, entry);
  for (let i = 0; i < entries.length; i += 1000) {
    await db
      .insertInto("auditLog")
      .values(entries.slice(i, i + 1000).map((e) => toRow(e, at)))
      .execute();
  }
}

function auditQuery(db: Executor) {
  return db
    .selectFrom("auditLog")
    .leftJoin("users", "users.id", "auditLog.userId")
    .select([
      "auditLog.id",
      "auditLog.at",
      "users.email as userEmail",
      "users.name as userName",
      "auditLog.action",
      "auditLog.entity",
      "auditLog.entityId",
      "auditLog.before",
      "auditLog.after",
      "auditLog.ip",
    ]);
}

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

type AuditRowOut = Omit<AuditEntry, "before" | "after" | "entityLabel"> & {
  before: string | null;
  after: string | null;
};

/** A page (or an export's batch) of rows: JSON parsed, each record named (audit.labels.ts). */
async function toEntries(db: Executor, rows: readonly AuditRowOut[]): Promise<AuditEntry[]> {
  const parsed = rows.map((r) => ({ ...r, before: parseJson(r.before), after: parseJson(r.after) }));
  const labels = await entityLabels(db, parsed);
  return parsed.map((e, i) => ({ ...e, entityLabel: labels[i] ?? null }));
}

/** Whitelist for sorters and filters; `at` is an ISO timestamp, so a period is `between` two of them. */
export const AUDIT_FIELDS: ListFields = {
  id: { type: "number" },
  at: { type: "date" },
  userEmail: { type: "string" },
  action: { type: "string" },
  entity: { type: "string" },
  entityId: { type: "string" },
  ip: { type: "string" },
};

const AUDIT_LIST_OPTIONS: ListOptions = { fields: AUDIT_FIELDS, defaultSort: { field: "id", order: "desc" } };

/** The audit log for admins, newest first unless sorted otherwise. */
export async function listAudit(db: Executor, input: ListInput | undefined): Promise<ListResult<AuditEntry>> {
  const result = await runList(db, auditQuery(db), input, AUDIT_LIST_OPTIONS);
  return { total: result.total, data: await toEntries(db, result.data) };
}

/** Every entry of the filtered log, in batches: for the CSV export (admins only, as the list). */
export async function* streamAudit(db: Executor, input: ListInput | undefined): AsyncGenerator<AuditEntry[]> {
  for await (const rows of streamList(db, auditQuery(db), input, AUDIT_LIST_OPTIONS))
    yield await toEntries(db, rows as AuditRowOut[]);
}

/** An object's audit entries, newest first (at most 500), each with the fields it changed. */
export async function historyOf(
  db: Executor,
  entity: string,
  entityId: string | number,
): Promise<HistoryEntry[]> {
  const rows = await auditQuery(db)
    .where("auditLog.entity", "=", entity)
    .where("auditLog.entityId", "=", String(entityId))
    .orderBy("auditLog.id", "desc")
    .limit(500)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    userEmail: r.userEmail,
    action: r.action,
    changes: diffRecords(parseJson(r.before), parseJson(r.after)),
  }));
}

/** An object's raw audit rows (JSON text), newest first: for tests and scripts. */
export async function listAuditFor(db: Executor, entity: string, entityId: string | number) {
  return auditQuery(db)
    .where("auditLog.entity", "=", entity)
    .where("auditLog.entityId", "=", String(entityId))
    .orderBy("auditLog.id", "desc")
    .limit(200)
    .execute();
}
