import { type Role, roleAtLeast } from "./roles.constants";

/**
 * Who may call what: every tRPC procedure and HTTP action with the least role it needs ("public"
 * = anyone, signed in or not). The server checks each procedure against this one table (one
 * middleware in apps/server/src/trpc.ts) and refuses a procedure missing from it; the HTTP routes
 * (uploads, exports) check the same table; the dashboard's access-control provider may read it
 * too, so that the UI hides exactly what the server would refuse. Per-object rules are below.
 */
export const PERMISSIONS = {
  "auth.login": "public",
  "auth.logout": "public",
  "auth.me": "public",
  "auth.demo": "public",
  "auth.changePassword": "viewer",
  "auth.sessions": "viewer",
  "auth.endSession": "viewer",
  "auth.setLocale": "viewer",

  "agencies.list": "viewer",
  "agencies.get": "viewer",
  "agencies.duplicates": "viewer",
  "agencies.history": "viewer",
  "agencies.create": "staff",
  // And only their own pending agencies for staff: see canEditAgency.
  "agencies.update": "staff",
  "agencies.approve": "manager",
  "agencies.delete": "manager",
  "agencies.byCountry": "viewer",

  "countries.list": "viewer",

  "aliases.list": "viewer",
  "aliases.get": "viewer",
  // Staff map a name from an import preview; changing or removing a saved mapping is a manager's.
  "aliases.create": "staff",
  "aliases.update": "manager",
  "aliases.delete": "manager",

  "operations.list": "viewer",
  "operations.get": "viewer",
  "operations.history": "viewer",
  "operations.create": "staff",
  "operations.update": "staff",
  "operations.delete": "manager",
  "seizures.create": "staff",
  "seizures.delete": "staff",
  "crimeAreas.list": "viewer",
  "crimeAreas.create": "manager",
  // The import history names who imported what: staff and above.
  "imports.list": "staff",
  // The upload size limit, for the upload pages: whoever may upload.
  "imports.limits": "staff",

  "overview.kpis": "viewer",
  "overview.map": "viewer",

  "outcomes.kpis": "viewer",
  "outcomes.byYear": "viewer",
  "outcomes.byCrimeArea": "viewer",
  "outcomes.topOperations": "viewer",
  "outcomes.byCountry": "viewer",

  "engagement.series": "viewer",
  "engagement.totals": "viewer",
  "engagement.markers": "viewer",
  "channels.list": "viewer",
  "channels.create": "manager",
  "posts.list": "viewer",

  "users.list": "admin",
  "users.get": "admin",
  "users.create": "admin",
  "users.update": "admin",
  "users.disable": "admin",
  "users.enable": "admin",
  "users.resetPassword": "admin",
  "users.sessions": "admin",
  "users.endSessions": "admin",
  "audit.list": "admin",

  // The live-update stream: every signed-in role; each event is cut to what the role may read (live.ts).
  "live.changes": "viewer",

  // HTTP actions (not tRPC): the CSV uploads and the CSV export (see canExport).
  "operations.import": "staff",
  "engagement.import": "staff",
  "export.csv": "viewer",
} as const satisfies Record<string, Role | "public">;

export type Permission = keyof typeof PERMISSIONS;

/** The entries of PERMISSIONS that are HTTP routes rather than tRPC procedures. */
export const HTTP_PERMISSIONS = [
  "operations.import",
  "engagement.import",
  "export.csv",
] as const satisfies readonly Permission[];

export function isPermission(name: string): name is Permission {
  return Object.hasOwn(PERMISSIONS, name);
}

/** The least role a permission needs, "public", or null when it is not in the table. */
export function requiredRoleOf(name: string): Role | "public" | null {
  return isPermission(name) ? PERMISSIONS[name] : null;
}

/** Whether a user (null = signed out) may do `permission`; unknown permissions are refused. */
export function can(role: Role | null | undefined, permission: string): boolean {
  const needed = requiredRoleOf(permission);
  if (needed === null) return false;
  if (needed === "public") return true;
  return !!role && roleAtLeast(role, needed);
}

/**
 * The per-resource rule of `GET /api/export/<resource>.csv`: the export permission AND the
 * permission to read that resource's list (`imports.csv` is staff+ like `imports.list`). A resource
 * without a `list` permission cannot be exported by anyone.
 */
export function canExport(role: Role | null | undefined, resource: string): boolean {
  return can(role, "export.csv") && can(role, `${resource}.list`);
}

/**
 * refine's resource/action pairs → permissions, for the dashboard's access-control provider
 * (list/show/create/edit/delete and the custom actions the pages ask about).
 */
export const REFINE_ACTIONS: Record<string, string> = {
  list: "list",
  show: "get",
  create: "create",
  edit: "update",
  delete: "delete",
  clone: "create",
};

export function canRefine(role: Role | null | undefined, resource: string, action: string): boolean {
  return can(role, `${resource}.${REFINE_ACTIONS[action] ?? action}`);
}

/**
 * Per-object rule for agencies: staff edit only the pending agencies they registered themselves;
 * managers and admins edit any.
 */
export function canEditAgency(
  user: { id: number; role: Role } | null | undefined,
  agency: { status: string; createdById: number | null },
): boolean {
  if (!user || !roleAtLeast(user.role, "staff")) return false;
  if (roleAtLeast(user.role, "manager")) return true;
  return agency.status === "pending" && agency.createdById === user.id;
}
