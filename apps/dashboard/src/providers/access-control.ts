import type { AccessControlProvider, BaseKey, CanParams } from "@refinedev/core";
import {
  type Agency,
  can,
  canEditAgency,
  canRefine,
  type Permission,
  REFINE_ACTIONS,
  type Role,
  requiredRoleOf,
} from "@tbc/types";
import { toManyInput } from "./requests";
import { sessionUser } from "./session";
import { trpc } from "./trpc";

/**
 * What the UI may show, decided from the one table the server enforces: PERMISSIONS in @tbc/types
 * (through `canRefine` / `can`), plus its per-object rule for agencies (`canEditAgency`). Hiding is
 * comfort only; the server checks every procedure and object on its own (ARCHITECTURE.md §3).
 *
 * Resources named after a router ("agencies", "users", "audit"…) map by refine's action:
 * list → `.list`, show → `.get`, create/clone → `.create`, edit → `.update`, delete → `.delete`, and any
 * other action by its own name ("agencies"/"approve" → `agencies.approve`,
 * "operations"/"import" → `operations.import`). Pages that are not a router of their own stand for
 * the permission below. Anything else — an unknown resource or action — is refused (fail closed).
 */
export const PAGE_PERMISSIONS: Record<string, Record<string, Permission>> = {
  overview: { list: "overview.kpis", report: "export.csv" },
  "agencies-by-country": { list: "agencies.byCountry" },
  outcomes: { list: "outcomes.kpis" },
  engagement: { list: "engagement.series" },
  "engagement-import": { list: "engagement.import" },
  account: { list: "auth.sessions" },
};

/** The permission (a PERMISSIONS key, or an unknown name that will be refused) for a refine check. */
export function permissionOf(resource: string | undefined, action: string): string | null {
  if (!resource) return null;
  return PAGE_PERMISSIONS[resource]?.[action] ?? `${resource}.${REFINE_ACTIONS[action] ?? action}`;
}

/** The least role an action needs ("public", or null when PERMISSIONS does not know it). */
export function requiredRole(resource: string | undefined, action: string): Role | "public" | null {
  const permission = permissionOf(resource, action);
  return permission === null ? null : requiredRoleOf(permission);
}

export type AgencyFacts = Pick<Agency, "status" | "createdById">;
export type Subject = { id: number; role: Role } | null | undefined;

/** The per-object question needs the record: agencies/edit for a role that may not edit them all. */
export function needsRecord(user: Subject, resource: string | undefined, action: string): boolean {
  return (
    resource === "agencies" &&
    action === "edit" &&
    !!user &&
    canRole(user.role, resource, action) &&
    !canEditAgency(user, { status: "active", createdById: null })
  );
}

/** The role-level answer, from PERMISSIONS. */
export function canRole(
  role: Role | null | undefined,
  resource: string | undefined,
  action: string,
): boolean {
  if (!resource) return false;
  const page = PAGE_PERMISSIONS[resource]?.[action];
  return page ? can(role, page) : canRefine(role, resource, action);
}

/**
 * The whole decision. `record` is the agency when the question is about one (undefined: the
 * general question, e.g. "may staff edit agencies at all", answered by the role alone).
 */
export function decide(
  user: Subject,
  resource: string | undefined,
  action: string,
  record?: AgencyFacts | null,
): boolean {
  if (!canRole(user?.role, resource, action)) return false;
  if (resource === "agencies" && action === "edit" && record !== undefined) {
    return record !== null && canEditAgency(user, record);
  }
  return true;
}

function isFacts(value: unknown): value is AgencyFacts {
  return typeof value === "object" && value !== null && "status" in value && "createdById" in value;
}

/** A record handed over by the caller: `params.record`, or `params.meta.record` (refine buttons). */
function recordIn(params: CanParams["params"]): AgencyFacts | undefined {
  const direct = (params as { record?: unknown } | undefined)?.record;
  if (isFacts(direct)) return direct;
  const viaMeta = (params?.meta as { record?: unknown } | undefined)?.record;
  return isFacts(viaMeta) ? viaMeta : undefined;
}

/**
 * The status and creator of agencies asked about in the same tick, in one `agencies.list` call
 * (a list page asks for each row's Edit button at once). null when the agency cannot be read.
 */
let waiting: Map<number, ((facts: AgencyFacts | null) => void)[]> | null = null;

function agencyFacts(id: BaseKey): Promise<AgencyFacts | null> {
  const key = typeof id === "number" ? id : Number(id);
  if (!Number.isInteger(key) || key <= 0) return Promise.resolve(null);
  return new Promise((resolve) => {
    if (!waiting) {
      waiting = new Map();
      setTimeout(flushAgencyFacts, 0);
    }
    waiting.set(key, [...(waiting.get(key) ?? []), resolve]);
  });
}

async function flushAgencyFacts(): Promise<void> {
  const batch = waiting;
  waiting = null;
  if (!batch) return;
  const ids = [...batch.keys()];
  const found = new Map<number, AgencyFacts>();
  for (let i = 0; i < ids.length; i += 200) {
    try {
      const { data } = await trpc.agencies.list.query(toManyInput(ids.slice(i, i + 200)));
      for (const a of data) found.set(a.id, { status: a.status, createdById: a.createdById });
    } catch {
      // Not readable: the answer is "no" (fail closed); the server decides anyway.
    }
  }
  for (const [id, resolvers] of batch) for (const resolve of resolvers) resolve(found.get(id) ?? null);
}

export const accessControlProvider: AccessControlProvider = {
  can: async ({ resource, action, params }: CanParams) => {
    const user = await sessionUser().catch(() => null);
    if (!needsRecord(user, resource, action)) return { can: decide(user, resource, action) };
    const given = recordIn(params);
    if (given) return { can: decide(user, resource, action, given) };
    const id = params?.id;
    if (id === undefined || id === null || id === "") return { can: decide(user, resource, action) };
    return { can: decide(user, resource, action, await agencyFacts(id)) };
  },
  options: {
    buttons: { enableAccessControl: true, hideIfUnauthorized: true },
  },
};
