import { describe, expect, it } from "vitest";
import {
  can,
  canEditAgency,
  canExport,
  canRefine,
  HTTP_PERMISSIONS,
  isPermission,
  PERMISSIONS,
  requiredRoleOf,
} from "../src/permissions";
import { ROLES } from "../src/roles.constants";
import { MIN_PASSWORD_LENGTH, ZChangePasswordInput, ZPassword, ZUserCreateInput } from "../src/users";

describe("PERMISSIONS", () => {
  it("names a role or public for every entry, and the HTTP actions are in it", () => {
    for (const [name, role] of Object.entries(PERMISSIONS)) {
      expect([...ROLES, "public"], name).toContain(role);
    }
    for (const action of HTTP_PERMISSIONS) expect(isPermission(action)).toBe(true);
  });

  it("can: public for everyone, otherwise the role or higher; unknown names refused (fail closed)", () => {
    expect(can(null, "auth.login")).toBe(true);
    expect(can(null, "agencies.list")).toBe(false);
    expect(can("viewer", "agencies.list")).toBe(true);
    expect(can("viewer", "agencies.create")).toBe(false);
    expect(can("staff", "agencies.create")).toBe(true);
    expect(can("manager", "users.list")).toBe(false);
    expect(can("admin", "users.list")).toBe(true);
    expect(can("admin", "agencies.nothing")).toBe(false);
    expect(can("admin", "constructor")).toBe(false);
    expect(requiredRoleOf("__proto__")).toBeNull();
  });

  it("canExport needs export.csv and the resource's list", () => {
    expect(canExport("viewer", "operations")).toBe(true);
    expect(canExport("viewer", "imports")).toBe(false);
    expect(canExport("staff", "imports")).toBe(true);
    expect(canExport("admin", "users")).toBe(true);
    expect(canExport("admin", "secrets")).toBe(false);
  });

  it("canRefine maps refine's actions onto procedures", () => {
    expect(canRefine("staff", "agencies", "edit")).toBe(true);
    expect(canRefine("staff", "agencies", "delete")).toBe(false);
    expect(canRefine("manager", "agencies", "approve")).toBe(true);
    expect(canRefine("viewer", "agencies", "show")).toBe(true);
    expect(canRefine("staff", "operations", "import")).toBe(true);
  });

  it("canEditAgency: staff only their own pending agencies; managers and admins any", () => {
    const staff = { id: 7, role: "staff" as const };
    expect(canEditAgency(staff, { status: "pending", createdById: 7 })).toBe(true);
    expect(canEditAgency(staff, { status: "pending", createdById: 8 })).toBe(false);
    expect(canEditAgency(staff, { status: "pending", createdById: null })).toBe(false);
    expect(canEditAgency(staff, { status: "active", createdById: 7 })).toBe(false);
    expect(canEditAgency({ id: 1, role: "manager" }, { status: "active", createdById: 8 })).toBe(true);
    expect(canEditAgency({ id: 1, role: "viewer" }, { status: "pending", createdById: 1 })).toBe(false);
    expect(canEditAgency(null, { status: "pending", createdById: 1 })).toBe(false);
  });
});

describe("password schema (the browser half of the policy)", () => {
  it(`at least ${MIN_PASSWORD_LENGTH} characters, no composition rules`, () => {
    expect(ZPassword.safeParse("abcdefghijk").success).toBe(false);
    expect(ZPassword.safeParse("abcdefghijkl").success).toBe(true);
    expect(ZPassword.safeParse("🔑".repeat(12)).success).toBe(true);
    expect(ZChangePasswordInput.safeParse({ current: "x", next: "short" }).success).toBe(false);
    const create = ZUserCreateInput.parse({ values: { email: " A@B.org ", name: "A", role: "viewer" } });
    expect(create.values).toEqual({ email: "a@b.org", name: "A", role: "viewer" });
  });
});
