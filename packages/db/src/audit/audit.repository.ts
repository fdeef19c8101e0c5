import { nowIso } from "../dialect";
import type { Executor } from "../schema";

/** Who makes a change: recorded on the row (created_by/updated_by) and in the audit log. */
export type Actor = { userId: number | null; ip?: string | null };

export type AuditEntry = {
  userId: number | null;
  action: string;
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
};

/** Call inside the same transaction as the change it records: no change without its record. */
export async function writeAudit(db: Executor, entry: AuditEntry): Promise<void> {
  await db
    .insertInto("auditLog")
    .values({
      at: nowIso(),
      userId: entry.userId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId == null ? null : String(entry.entityId),
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
      ip: entry.ip ?? null,
    })
    .execute();
}

export async function listAuditFor(db: Executor, entity: string, entityId: string | number) {
  return db
    .selectFrom("auditLog")
    .leftJoin("users", "users.id", "auditLog.userId")
    .select([
      "auditLog.id",
      "auditLog.at",
      "auditLog.action",
      "auditLog.before",
      "auditLog.after",
      "users.email as userEmail",
    ])
    .where("auditLog.entity", "=", entity)
    .where("auditLog.entityId", "=", String(entityId))
    .orderBy("auditLog.id", "desc")
    .limit(200)
    .execute();
}
