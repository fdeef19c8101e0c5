import type { Executor } from "../schema";
import { writeAudit } from "./audit.repository";

/** At most one refusal entry per user and procedure in this window: an attacker cannot flood the log. */
export const REFUSAL_WINDOW_MS = 60_000;

export type Refusal = {
  userId: number;
  procedure: string;
  role: string;
  required: string;
  ip?: string | null;
};

/**
 * Records a refused action (a role below the procedure's) in the audit log, unless the same user was
 * already refused the same procedure within the window. The window is read from the log itself, so
 * every process sharing the database keeps the same bound (over the (action, at) index: only the
 * last minute's refusals are read). Two processes refusing at the same instant may both write; the
 * rate stays bounded. Returns whether an entry was written.
 */
export async function recordRefusal(db: Executor, refusal: Refusal): Promise<boolean> {
  const since = new Date(Date.now() - REFUSAL_WINDOW_MS).toISOString();
  const recent = await db
    .selectFrom("auditLog")
    .select("id")
    .where("action", "=", "refused")
    .where("at", ">", since)
    .where("userId", "=", refusal.userId)
    .where("entity", "=", "procedure")
    .where("entityId", "=", refusal.procedure)
    .executeTakeFirst();
  if (recent) return false;
  await writeAudit(db, {
    userId: refusal.userId,
    ip: refusal.ip,
    action: "refused",
    entity: "procedure",
    entityId: refusal.procedure,
    after: { role: refusal.role, required: refusal.required },
  });
  return true;
}
