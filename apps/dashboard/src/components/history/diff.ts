import type { FieldChange } from "@tbc/types";
import dayjs from "dayjs";

/**
 * The pure half of the history display: which fields an audit entry changed, and how a value is
 * shown (one line, long values cut with the full text kept for a tooltip). `agencies.history` and
 * `operations.history` come with their changes computed by the server; the audit log sends the
 * snapshots before and after, compared here the same way (packages/db audit.repository diffRecords).
 */

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

/** The fields that differ between two snapshots, in the order they first appear. */
export function diffSnapshots(before: unknown, after: unknown): FieldChange[] {
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

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * A value as one line of text; "" for none (null, undefined, empty string, empty list). Timestamps
 * read as local "YYYY-MM-DD HH:mm:ss", like the rest of the dashboard.
 */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" && ISO_TIMESTAMP.test(value) && dayjs(value).isValid()) {
    return dayjs(value).format("YYYY-MM-DD HH:mm:ss");
  }
  if (typeof value === "string") return value.replace(/\s+/g, " ").trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== "object")) {
    return value.map((v) => formatValue(v)).join(", ");
  }
  return JSON.stringify(value);
}

export type ShownValue = {
  /** What fits on the line (with "…" when cut). */
  text: string;
  /** The whole value, for the tooltip. */
  full: string;
  truncated: boolean;
  empty: boolean;
};

export const MAX_VALUE_CHARS = 60;

/** A value ready to show: cut at `max` characters (code points, so an emoji is not split). */
export function showValue(value: unknown, max = MAX_VALUE_CHARS): ShownValue {
  const full = formatValue(value);
  const chars = [...full];
  const truncated = chars.length > max;
  return {
    text: truncated
      ? `${chars
          .slice(0, Math.max(1, max - 1))
          .join("")
          .trimEnd()}…`
      : full,
    full,
    truncated,
    empty: full === "",
  };
}

/** Which side of a change is worth showing: only the values set (a creation), only those removed. */
export type Sides = "both" | "after" | "before";

/**
 * From the action, its changes, and (audit entries) whether there was a record before and after at
 * all. An import that filled in a new record reads like a creation; one that changed a record, like
 * an update.
 */
export function sidesOf(action: string, changes: FieldChange[], before?: unknown, after?: unknown): Sides {
  if (action === "create") return "after";
  if (action === "delete") return "before";
  if (action === "import" && changes.every((c) => formatValue(c.before) === "")) return "after";
  if (before === null && after !== null && after !== undefined) return "after";
  if (after === null && before !== null && before !== undefined) return "before";
  return "both";
}

/** Changes worth a line: a field that went from nothing to nothing (null → []) is not one. */
export function visibleChanges(changes: FieldChange[]): FieldChange[] {
  return changes.filter((c) => formatValue(c.before) !== "" || formatValue(c.after) !== "");
}
