import type { AccessControlProvider, CanParams } from "@refinedev/core";
import { type Role, roleAtLeast } from "@tbc/types";
import { sessionUser } from "./session";

/**
 * The least role for an action on a resource. This only shapes the UI (hidden buttons); the server
 * checks every procedure on its own (GUIDE §3), with the same rules.
 */
export function requiredRole(resource: string | undefined, action: string): Role {
  const writes = action === "create" || action === "edit" || action === "clone";
  switch (resource) {
    case "agencies":
      if (writes) return "staff";
      if (action === "delete" || action === "approve") return "manager";
      break;
    case "operations":
      if (writes || action === "import") return "staff";
      if (action === "delete") return "manager";
      break;
    // The import page and its history (imports.list is staff-only on the server too).
    case "imports":
      return "staff";
    case "seizures":
      if (writes || action === "delete") return "staff";
      break;
    case "crimeAreas":
      if (writes || action === "delete") return "manager";
      break;
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
