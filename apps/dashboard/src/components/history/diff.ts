import { diffRecords, type FieldChange } from "@tbc/types";
import dayjs from "dayjs";

/**
 * The pure half of the history display: which fields an audit entry changed, and how a value is
 * shown (one line, long values cut with the full text kept for a tooltip). `agencies.history` and
 * `operations.history` come with their changes computed by the server; the audit log sends the
 * snapshots before and after, compared here with the same diffRecords.
 */

/** The fields that differ between two snapshots: the server's own comparison (@tbc/types). */
export const diffSnapshots = diffRecords;

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
