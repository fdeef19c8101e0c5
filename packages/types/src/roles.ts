import { z } from "zod";

/** Ordered from least to most privileged: each role may do everything the roles before it may. */
export const ROLES = ["viewer", "staff", "manager", "admin"] as const;
export const ZRole = z.enum(ROLES);
export type Role = z.infer<typeof ZRole>;

export function roleAtLeast(actual: Role, required: Role): boolean {
  return ROLES.indexOf(actual) >= ROLES.indexOf(required);
}
