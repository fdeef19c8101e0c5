import { z } from "zod";
import { ZListInput } from "./list";

/**
 * The audit trail: who did what, when, from where, with the record before and after (JSON, never a
 * password hash). Actions: create, update, delete, approve, import, import_rejected, export, login,
 * login_failed, logout, password_change, password_reset, disable, enable, session_end.
 */
export type AuditEntry = {
  id: number;
  at: string;
  userEmail: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
};

/**
 * Fields `audit.list` sorts and filters on: `userEmail` (by user), `entity`, `action`, `at` (a period:
 * `between` with two ISO timestamps, or gte/lte), `entityId`, `ip`.
 */
export const AUDIT_LIST_FIELDS = ["id", "at", "userEmail", "action", "entity", "entityId", "ip"] as const;

export const ZAuditListInput = ZListInput.optional();

/** One changed field of a history entry. */
export type FieldChange = { field: string; before: unknown; after: unknown };

/** An object's history (`agencies.history`, `operations.history`), newest first. */
export type HistoryEntry = {
  id: number;
  at: string;
  userEmail: string | null;
  action: string;
  changes: FieldChange[];
};

export const ZHistoryInput = z.object({ id: z.number().int().positive() });
