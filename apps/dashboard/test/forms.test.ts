import { describe, expect, it } from "vitest";
import { pickAgencyValues, zodRule } from "../src/pages/agencies/zod-rules";

// A translate that shows which key was asked for, and the schema's own message as the fallback.
const t = ((key: string, fallback?: string) => `${key}|${fallback}`) as never;

async function check(field: Parameters<typeof zodRule>[0], value: unknown): Promise<string | null> {
  const rule = zodRule(field, t) as { validator: (r: unknown, v: unknown) => Promise<void> };
  try {
    await rule.validator({}, value);
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

describe("zodRule (the shared ZAgencyValues schema on form fields)", () => {
  it("accepts valid values and empty optional fields", async () => {
    expect(await check("name", "Royal Canadian Mounted Police")).toBeNull();
    expect(await check("countryCode", "CA")).toBeNull();
    expect(await check("countryCode", undefined)).toBeNull();
    expect(await check("kind", "national_police")).toBeNull();
    expect(await check("pledgedOn", "2014-05-12")).toBeNull();
    expect(await check("website", "")).toBeNull();
    expect(await check("website", "https://www.rcmp-grc.gc.ca/")).toBeNull();
    expect(await check("socialHandle", "@rcmpgrc")).toBeNull();
  });

  it("reports the first issue under a key made of field and zod issue code", async () => {
    expect(await check("name", "A")).toBe("agencies.validation.name.too_small|Enter the agency's name");
    expect(await check("kind", undefined)).toMatch(/^agencies\.validation\.kind\./);
    expect(await check("website", "ftp://example.org")).toMatch(
      /^agencies\.validation\.website\.invalid_format\|/,
    );
    expect(await check("pledgedOn", "2014-13-45")).toMatch(/^agencies\.validation\.pledgedOn\./);
    expect(await check("socialHandle", "not a handle!")).toMatch(/^agencies\.validation\.socialHandle\./);
  });

  it("sends only the schema's fields, empty ones as null", () => {
    expect(
      pickAgencyValues({ id: 3, status: "active", version: 2, name: "X", acronym: "", kind: "customs" }),
    ).toEqual({
      name: "X",
      acronym: null,
      countryCode: null,
      kind: "customs",
      pledgedOn: null,
      website: null,
      socialHandle: null,
      notes: null,
      sourceUrl: null,
    });
  });
});
