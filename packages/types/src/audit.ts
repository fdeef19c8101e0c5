import { z } from "zod";
import { ZListInput } from "./list";
import { zId } from "./primitives";

/** What the audit trail records. */
export const AUDIT_ACTIONS = [
  "create",
  "update",
  "delete",
  "approve",
  "import",
  "import_rejected",
  "export",
  "login",
  "login_failed",
  "logout",
  "password_change",
  "password_reset",
  "disable",
  "enable",
  "session_end",
  "refused",
] as const;
export const ZAuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof ZAuditAction>;

/** What it records them about: a record's kind, or for exports the exported list's resource. */
export const AUDIT_ENTITIES = [
  "agency",
  "alias",
  "operation",
  "seizure",
  "crime_area",
  "channel",
  "user",
  "session",
  "import",
  "agencies",
  "operations",
  "imports",
  "posts",
  "procedure",
  "audit",
] as const;
export const ZAuditEntity = z.enum(AUDIT_ENTITIES);
export type AuditEntity = z.infer<typeof ZAuditEntity>;

/**
 * The audit trail: who did what, when, from where, with the record before and after (JSON, never a
 * password hash). `action` and `entity` are read as strings: the trail is append-only, and a row
 * written under an older vocabulary must still be shown (as it is) rather than fail the list.
 */
export type AuditEntry = {
  id: number;
  at: string;
  userEmail: string | null;
  /** The user's name, as the users page shows it. */
  userName: string | null;
  action: AuditAction | (string & {});
  entity: AuditEntity | (string & {});
  entityId: string | null;
  /** The record's name (an agency's, an operation's with its year, a user's); null when not known. */
  entityLabel: string | null;
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

/**
 * One changed field of a history entry. `before`/`after` are null when absent, never undefined;
 * typed optional because that is how an `unknown` reads after JSON (tRPC's inferred output).
 */
export type FieldChange = { field: string; before?: unknown; after?: unknown };

/** An object's history (`agencies.history`, `operations.history`), newest first. */
export type HistoryEntry = {
  id: number;
  at: string;
  userEmail: string | null;
  action: AuditAction | (string & {});
  changes: FieldChange[];
};

export const ZHistoryInput = z.object({ id: zId() });

/** Bookkeeping that changes with every write and says nothing about the change itself. */
const NOT_A_CHANGE = new Set([
  "id",
  "version",
  "updatedAt",
  "updatedBy",
  "createdAt",
  "createdBy",
  "createdById",
]);

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/**
 * The fields that differ between two snapshots of a record (deep comparison through JSON), in the
 * order they first appear; a create lists every field that has a value, a delete every field that had one.
 */
export function diffRecords(before: unknown, after: unknown): FieldChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const changes: FieldChange[] = [];
  for (const field of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (NOT_A_CHANGE.has(field)) continue;
    const was = b[field] ?? null;
    const is = a[field] ?? null;
    if (JSON.stringify(was) !== JSON.stringify(is)) changes.push({ field, before: was, after: is });
  }
  return changes;
}
