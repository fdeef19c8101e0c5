// The roles and their order, without their schema (roles.ts).
// Kept apart from the zod schemas: the dashboard's app shell and overview import these, and
// nothing here may pull zod (≈25 kB gzip) into them.
/** Ordered from least to most privileged: each role may do everything the roles before it may. */
export const ROLES = ["viewer", "staff", "manager", "admin"] as const;
export type Role = (typeof ROLES)[number];

export function roleAtLeast(actual: Role, required: Role): boolean {
  return ROLES.indexOf(actual) >= ROLES.indexOf(required);
}
