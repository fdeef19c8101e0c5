import { describe, expect, it } from "vitest";
import { ZAgencyUpdateInput, ZAgencyValues } from "../src/agencies";
import { ZListInput } from "../src/list";
import { roleAtLeast } from "../src/roles.constants";

describe("agency values", () => {
  it("accept a minimal agency and normalise empty optional fields to null", () => {
    const v = ZAgencyValues.parse({
      name: "  Rwanda National Police ",
      kind: "national_police",
      countryCode: "RW",
      website: "",
      acronym: "",
    });
    expect(v).toMatchObject({
      name: "Rwanda National Police",
      acronym: null,
      website: null,
      pledgedOn: null,
      notes: null,
    });
  });

  it("report each bad field by name", () => {
    const r = ZAgencyValues.safeParse({
      name: "x",
      kind: "army",
      countryCode: "usa",
      website: "ftp://x",
      pledgedOn: "2015-02-30x",
    });
    expect(r.success).toBe(false);
    const fields = new Set(r.error?.issues.map((i) => i.path.join(".")));
    expect([...fields].sort()).toEqual(["countryCode", "kind", "name", "pledgedOn", "website"]);
  });

  it("reject impossible dates and unsafe links", () => {
    expect(ZAgencyValues.safeParse({ name: "Abc", kind: "other", pledgedOn: "2015-13-01" }).success).toBe(
      false,
    );
    expect(
      ZAgencyValues.safeParse({ name: "Abc", kind: "other", website: "javascript:alert(1)" }).success,
    ).toBe(false);
    expect(
      ZAgencyValues.safeParse({ name: "Abc", kind: "other", socialHandle: "@INTERPOL_HQ" }).success,
    ).toBe(true);
  });

  it("require a version on update", () => {
    expect(ZAgencyUpdateInput.safeParse({ id: 1, values: { name: "Abc", kind: "other" } }).success).toBe(
      false,
    );
  });
});

describe("list input", () => {
  it("caps the page size", () => {
    expect(ZListInput.safeParse({ pagination: { currentPage: 1, pageSize: 10_000 } }).success).toBe(false);
  });
  it("accepts nested or/and filters", () => {
    const r = ZListInput.safeParse({
      filters: [
        {
          operator: "or",
          value: [
            { field: "name", operator: "contains", value: "x" },
            { operator: "and", value: [] },
          ],
        },
      ],
    });
    expect(r.success).toBe(true);
  });
});

describe("roles", () => {
  it("are ordered viewer < staff < manager < admin", () => {
    expect(roleAtLeast("manager", "staff")).toBe(true);
    expect(roleAtLeast("staff", "manager")).toBe(false);
    expect(roleAtLeast("viewer", "viewer")).toBe(true);
  });
});
