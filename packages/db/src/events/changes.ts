/**
 * What a write transaction changed, for live updates (issue 11): resource names and record ids,
 * collected from the audit entries the transaction writes — every create, update, delete, approval
 * and import already writes one in its transaction, so none can be forgotten here.
 */
import { LIVE_MAX_IDS, type LiveChange, type LiveEvent, type LiveResource } from "@tbc/types";
import type { NewAuditEntry } from "../audit/audit.repository";

/** The changes of one transaction, by resource; null ids: too many to name. */
type ChangeSet = Map<LiveResource, Set<string> | null>;

const open = new WeakMap<object, ChangeSet>();

/** Audit entities → the resource they change (sessions and exports change none). */
const RESOURCE_OF: Record<string, LiveResource | undefined> = {
  agency: "agencies",
  operation: "operations",
  seizure: "seizures",
  crime_area: "crimeAreas",
  channel: "channels",
  user: "users",
  import: "imports",
};

/** An import's kind → the resource whose records it wrote (too many to name them). */
const IMPORTED: Record<string, LiveResource | undefined> = {
  operations: "operations",
  engagement: "engagement",
  posts: "posts",
};

function add(set: ChangeSet, resource: LiveResource, id: string | null): void {
  if (!set.has(resource)) set.set(resource, new Set());
  const ids = set.get(resource);
  if (!ids) return;
  if (id === null || ids.size >= LIVE_MAX_IDS) set.set(resource, null);
  else ids.add(id);
}

/** Starts collecting the changes of the transaction `trx` (inTransaction, outermost call). */
export function beginChanges(trx: object): void {
  open.set(trx, new Map());
}

/** Notes what an audit entry written in `trx` says changed; outside a collecting transaction, nothing. */
export function noteChange(
  trx: object,
  entry: Pick<NewAuditEntry, "entity" | "entityId" | "before" | "after">,
): void {
  const set = open.get(trx);
  const resource = RESOURCE_OF[entry.entity];
  if (!set || !resource) return;
  add(set, resource, entry.entityId == null ? null : String(entry.entityId));
  if (entry.entity === "seizure") {
    // A seizure shows on its operation's page, which reads the operation (seizures included).
    const record = (entry.after ?? entry.before) as { operationId?: unknown } | null | undefined;
    if (record?.operationId != null) add(set, "operations", String(record.operationId));
  }
  if (entry.entity === "import") {
    const kind = (entry.after as { kind?: unknown } | null | undefined)?.kind;
    const imported = typeof kind === "string" ? IMPORTED[kind] : undefined;
    if (imported) add(set, imported, null);
  }
}

/** The transaction's changes as the event of `version` (the data version it commits), or null if none. */
export function endChanges(trx: object, version: number): LiveEvent | null {
  const set = open.get(trx);
  open.delete(trx);
  if (!set || set.size === 0) return null;
  const changes: LiveChange[] = [...set].map(([resource, ids]) => ({
    resource,
    ids: ids === null ? null : [...ids],
  }));
  return { version, reset: false, changes };
}

/** PostgreSQL's NOTIFY payload must stay under 8000 bytes: past that, ids give way to "many". */
const MAX_PAYLOAD = 7000;

export function encodeEvent(event: LiveEvent): string {
  const text = JSON.stringify(event);
  if (text.length <= MAX_PAYLOAD) return text;
  return JSON.stringify({ ...event, changes: event.changes.map((c) => ({ ...c, ids: null })) });
}
