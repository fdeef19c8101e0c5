import { PERMISSIONS, ROLES, type Role } from "@tbc/types";
import { describe, expect, it } from "vitest";
import {
  decide,
  needsRecord,
  PAGE_PERMISSIONS,
  permissionOf,
  requiredRole,
} from "../src/providers/access-control";

const user = (role: Role, id = 7) => ({ id, role });

/** The roles that may do it, least first: a readable expectation per row. */
const allowed = (resource: string, action: string) =>
  ROLES.filter((role) => decide(user(role), resource, action));

describe("access control reads PERMISSIONS", () => {
  it.each([
    // resource, action, roles allowed
    ["agencies", "list", ["viewer", "staff", "manager", "admin"]],
    ["agencies", "show", ["viewer", "staff", "manager", "admin"]],
    ["agencies", "create", ["staff", "manager", "admin"]],
    ["agencies", "clone", ["staff", "manager", "admin"]],
    ["agencies", "edit", ["staff", "manager", "admin"]],
    ["agencies", "approve", ["manager", "admin"]],
    ["agencies", "delete", ["manager", "admin"]],
    ["operations", "import", ["staff", "manager", "admin"]],
    ["operations", "delete", ["manager", "admin"]],
    ["imports", "list", ["staff", "manager", "admin"]],
    ["seizures", "create", ["staff", "manager", "admin"]],
    ["crimeAreas", "create", ["manager", "admin"]],
    ["overview", "list", ["viewer", "staff", "manager", "admin"]],
    ["overview", "report", ["viewer", "staff", "manager", "admin"]],
    ["agencies-by-country", "list", ["viewer", "staff", "manager", "admin"]],
    ["outcomes", "list", ["viewer", "staff", "manager", "admin"]],
    ["engagement", "list", ["viewer", "staff", "manager", "admin"]],
    ["engagement", "import", ["staff", "manager", "admin"]],
    ["engagement-import", "list", ["staff", "manager", "admin"]],
    ["account", "list", ["viewer", "staff", "manager", "admin"]],
    ["users", "list", ["admin"]],
    ["users", "edit", ["admin"]],
    ["users", "disable", ["admin"]],
    ["users", "resetPassword", ["admin"]],
    ["users", "sessions", ["admin"]],
    ["audit", "list", ["admin"]],
  ])("%s/%s → %j", (resource, action, roles) => {
    expect(allowed(resource, action)).toEqual(roles);
  });

  it("fails closed: unknown resources or actions, no resource, signed out", () => {
    expect(allowed("secrets", "list")).toEqual([]);
    expect(allowed("agencies", "launch")).toEqual([]);
    expect(allowed("audit", "delete")).toEqual([]);
    expect(allowed("overview", "delete")).toEqual([]);
    expect(ROLES.filter((r) => decide(user(r), undefined, "list"))).toEqual([]);
    expect(decide(null, "agencies", "list")).toBe(false);
    expect(decide(undefined, "overview", "list")).toBe(false);
  });

  it("every page alias names a real permission, and refine actions map to procedure names", () => {
    for (const actions of Object.values(PAGE_PERMISSIONS)) {
      for (const permission of Object.values(actions)) expect(Object.keys(PERMISSIONS)).toContain(permission);
    }
    expect(permissionOf("agencies", "edit")).toBe("agencies.update");
    expect(permissionOf("agencies", "show")).toBe("agencies.get");
    expect(permissionOf("operations", "import")).toBe("operations.import");
    expect(permissionOf("overview", "list")).toBe("overview.kpis");
    expect(requiredRole("users", "list")).toBe(PERMISSIONS["users.list"]);
    expect(requiredRole("secrets", "list")).toBeNull();
  });
});

describe("per-object: editing an agency (canEditAgency)", () => {
  const own = { status: "pending" as const, createdById: 7 };
  const othersPending = { status: "pending" as const, createdById: 8 };
  const ownActive = { status: "active" as const, createdById: 7 };
  const seeded = { status: "active" as const, createdById: null };

  it("staff edit only their own pending agencies", () => {
    expect(decide(user("staff"), "agencies", "edit", own)).toBe(true);
    expect(decide(user("staff"), "agencies", "edit", othersPending)).toBe(false);
    expect(decide(user("staff"), "agencies", "edit", ownActive)).toBe(false);
    expect(decide(user("staff"), "agencies", "edit", seeded)).toBe(false);
  });

  it("managers and admins edit any; viewers none", () => {
    for (const record of [own, othersPending, ownActive, seeded]) {
      expect(decide(user("manager", 1), "agencies", "edit", record)).toBe(true);
      expect(decide(user("admin", 1), "agencies", "edit", record)).toBe(true);
      expect(decide(user("viewer", 7), "agencies", "edit", record)).toBe(false);
    }
  });

  it("an agency that could not be read is not editable; the general question goes by role", () => {
    expect(decide(user("staff"), "agencies", "edit", null)).toBe(false);
    expect(decide(user("staff"), "agencies", "edit")).toBe(true);
  });

  it("only staff need the record looked up", () => {
    expect(needsRecord(user("staff"), "agencies", "edit")).toBe(true);
    expect(needsRecord(user("manager"), "agencies", "edit")).toBe(false);
    expect(needsRecord(user("admin"), "agencies", "edit")).toBe(false);
    expect(needsRecord(user("viewer"), "agencies", "edit")).toBe(false);
    expect(needsRecord(user("staff"), "operations", "edit")).toBe(false);
    expect(needsRecord(user("staff"), "agencies", "show")).toBe(false);
  });
});
