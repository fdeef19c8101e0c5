import type { AccessControlProvider, CanParams } from "@refinedev/core";
import { type Role, roleAtLeast } from "@tbc/types";
import { sessionUser } from "./session";

/**
 * The least role for an action on a resource. This only shapes the UI (hidden buttons); the server
 * checks every procedure on its own (GUIDE §3), with the same rules.
 */
export function requiredRole(resource: string | undefined, action: string): Role {
  if (resource === "agencies") {
    if (action === "create" || action === "edit" || action === "clone") return "staff";
    if (action === "delete" || action === "approve") return "manager";
  }
  return "viewer";
}

export function canRole(
  role: Role | null | undefined,
  resource: string | undefined,
  action: string,
): boolean {
  return !!role && roleAtLeast(role, requiredRole(resource, action));
}

export const accessControlProvider: AccessControlProvider = {
  can: async ({ resource, action }: CanParams) => {
    const user = await sessionUser().catch(() => null);
    return { can: canRole(user?.role, resource, action) };
  },
  options: {
    buttons: { enableAccessControl: true, hideIfUnauthorized: true },
  },
};
