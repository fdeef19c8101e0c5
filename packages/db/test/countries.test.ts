import { REGIONS } from "@tbc/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countryCodeForName, isoCountries } from "../src/countries/countries.data";
import { listCountries, syncCountries } from "../src/countries/countries.repository";
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from "../src/testing";

describe("ISO country list", () => {
  const all = isoCountries();

  it("has every ISO 3166-1 country (and Kosovo) once, with alpha-2, alpha-3 and numeric codes", () => {
    // The 249 ISO 3166-1 entries plus Kosovo (XK, user-assigned but used by INTERPOL and the EU).
    expect(all.length).toBe(250);
    expect(all.some((c) => c.code === "XK")).toBe(true);
    expect(new Set(all.map((c) => c.code)).size).toBe(all.length);
    for (const c of all) {
      expect(c.code).toMatch(/^[A-Z]{2}$/);
      expect(c.alpha3).toMatch(/^[A-Z]{3}$/);
      expect(c.numeric).toMatch(/^\d{3}$/);
      expect(REGIONS).toContain(c.region);
    }
  });

  it("puts countries in INTERPOL's regions", () => {
    const region = (code: string) => all.find((c) => c.code === code)?.region;
    expect(region("US")).toBe("Americas");
    expect(region("SX")).toBe("Americas");
    expect(region("ZM")).toBe("Africa");
    expect(region("EG")).toBe("Middle East & North Africa");
    expect(region("LB")).toBe("Middle East & North Africa");
    expect(region("TR")).toBe("Europe");
    expect(region("RU")).toBe("Europe");
    expect(region("PH")).toBe("Asia & South Pacific");
    expect(region("AU")).toBe("Asia & South Pacific");
    expect(region("IR")).toBe("Asia & South Pacific");
  });

  it("maps the names sources use to codes", () => {
    expect(countryCodeForName("Russia")).toBe("RU");
    expect(countryCodeForName("United States")).toBe("US");
    expect(countryCodeForName("Ivory Coast")).toBe("CI");
    expect(countryCodeForName("Atlantis")).toBeNull();
  });
});

for (const dialect of TEST_DIALECTS) {
  describe(`countries on ${dialect}`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
    });
    afterAll(() => t.drop());

    it("are loaded by the migration step and re-syncing changes nothing", async () => {
      const before = await listCountries(t.db);
      expect(before).toHaveLength(250);
      await syncCountries(t.db);
      expect(await listCountries(t.db)).toEqual(before);
    });
  });
}
