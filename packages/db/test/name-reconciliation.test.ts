import { ENGAGEMENT_CSV_HEADER, OPERATIONS_CSV_HEADER } from "@tbc/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAlias, deleteAlias, listAliases, updateAlias } from "../src/aliases/aliases.repository";
import { listAuditFor } from "../src/audit/audit.repository";
import { isoCountries } from "../src/countries/countries.data";
import { countrySuggestions, resolveCountryName } from "../src/countries/country-names";
import { ConflictError, FieldError } from "../src/errors";
import { ImportRejectedError } from "../src/imports/csv";
import { commitEngagementImport, previewEngagementImport } from "../src/imports/engagement-import";
import { commitOperationsImport, previewOperationsImport } from "../src/imports/operations-commit";
import { getOperation, listOperations } from "../src/operations/operations.repository";
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from "../src/testing";

/** Country names as published sources (INTERPOL releases above all) write them → ISO codes. */
const RESOLVED: [string, string][] = [
  ["Netherlands (Aruba)", "AW"],
  ["United Kingdom (Gibraltar)", "GI"],
  ["Netherlands (Sint Maarten)", "SX"],
  ["Netherlands (Curaçao)", "CW"],
  ["France (New Caledonia)", "NC"],
  ["France (French Polynesia)", "PF"],
  ["United Kingdom (Anguilla)", "AI"],
  ["United States (Puerto Rico)", "PR"],
  ["China (Macao)", "MO"],
  ["Hong Kong (China)", "HK"],
  ["Denmark (Faroe)", "FO"],
  ["Netherlands (Bonaire)", "BQ"],
  ["Spain (Canary Islands)", "ES"],
  ["Portugal (Azores)", "PT"],
  ["Korea (Rep. of)", "KR"],
  ["Congo (Democratic Rep. of)", "CD"],
  ["Congo", "CG"],
  ["CÔTE D’IVOIRE", "CI"],
  ["Cote d'Ivoire", "CI"],
  ["Ivory Coast", "CI"],
  ["Türkiye", "TR"],
  ["turkey", "TR"],
  ["Bosnia & Herzegovina", "BA"],
  ["St. Lucia", "LC"],
  ["Timor-Leste", "TL"],
  ["Eswatini", "SZ"],
  ["Swaziland (Eswatini)", "SZ"],
  ["Russia", "RU"],
  ["Iran", "IR"],
  ["Viet Nam", "VN"],
  ["Cape Verde", "CV"],
  ["United States", "US"],
  ["  méxico  ", "MX"],
];

/** Names that do not resolve → the first suggestion. */
const SUGGESTED: [string, string][] = [
  ["Nethrlands", "NL"],
  ["Untied Kingdom", "GB"],
  ["Columbia", "CO"],
  ["Phillipines", "PH"],
  ["Lao", "LA"],
];

describe("country names", () => {
  const names = new Map(isoCountries().map((c) => [c.code, c.name]));
  const nameOf = (code: string) => names.get(code) ?? code;

  it.each(RESOLVED)("%s → %s", (name, code) => {
    expect(resolveCountryName(name)).toBe(code);
  });

  it.each(SUGGESTED)("%s does not resolve; the first suggestion is %s", (name, code) => {
    expect(resolveCountryName(name)).toBeNull();
    expect(countrySuggestions(name, nameOf)[0]?.code).toBe(code);
  });

  it("a name like no country gets no suggestion; a saved alias resolves first", () => {
    expect(countrySuggestions("Atlantis", nameOf)).toEqual([]);
    expect(resolveCountryName("Atlantis", new Map([["atlantis", "GR"]]))).toBe("GR");
  });
});

const row = (over: Partial<Record<(typeof OPERATIONS_CSV_HEADER)[number], string>> = {}) => {
  const cells: Record<string, string> = {
    operation: "Operation Names",
    edition_year: "2024",
    month: "2024-03",
    crime_area: "pharmaceuticals",
    region: "Americas",
    countries_count: "2",
    countries: "Netherlands (Aruba); United Kingdom (Gibraltar)",
    raids: "",
    arrests: "12",
    under_investigation: "",
    seizure_description: "",
    seized_value_usd: "",
    source_title: "",
    source_url: "",
    ...over,
  };
  return OPERATIONS_CSV_HEADER.map((h) => `"${(cells[h] ?? "").replace(/"/g, '""')}"`).join(",");
};
const csv = (...rows: string[]) => `${OPERATIONS_CSV_HEADER.join(",")}\n${rows.join("\n")}\n`;

for (const dialect of TEST_DIALECTS) {
  describe(`name reconciliation in imports on ${dialect}`, () => {
    let t: TestDatabase;
    const actor = { userId: null, ip: "203.0.113.9" };
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
    });
    afterAll(() => t.drop());

    it("territories in INTERPOL's form import as their own codes", async () => {
      const result = await commitOperationsImport(t.db, csv(row()), { fileName: "territories.csv", actor });
      expect(result.counts.created).toBe(1);
      const [op] = (await listOperations(t.db, {})).data;
      const codes = (await getOperation(t.db, op?.id ?? 0)).countries.map((c) => c.code);
      expect(codes.sort()).toEqual(["AW", "GI"]);
    });

    it("an unknown name: did you mean …? in the message; mapped as an alias, the next file imports", async () => {
      const file = csv(
        row({ operation: "Operation Typo", countries: "Nethrlands", crime_area: "Counterfeiting" }),
        row({ operation: "Operation Typo 2", countries: "Nethrlands; France" }),
      );
      const before = await previewOperationsImport(t.db, file);
      expect(before.errors).toEqual([
        {
          line: 2,
          column: "countries",
          message: 'Unknown country "Nethrlands": did you mean "Netherlands" (NL)?',
          code: "import.row.unknown_country_suggest",
          params: { name: '"Nethrlands"', suggestions: '"Netherlands" (NL)' },
        },
        {
          line: 2,
          column: "crime_area",
          message: 'Unknown crime area "Counterfeiting": did you mean "illicit goods/counterfeiting"?',
          code: "import.row.unknown_crime_area_suggest",
          params: { name: '"Counterfeiting"', suggestions: '"illicit goods/counterfeiting"' },
        },
        expect.objectContaining({ line: 3, column: "countries" }),
      ]);
      expect(before.unresolved).toEqual([
        {
          kind: "country",
          name: "Nethrlands",
          rows: 2,
          suggestions: [expect.objectContaining({ code: "NL" })],
        },
        {
          kind: "crime_area",
          name: "Counterfeiting",
          rows: 1,
          suggestions: [expect.objectContaining({ code: "illicit goods/counterfeiting" })],
        },
      ]);
      await expect(
        commitOperationsImport(t.db, file, { fileName: "typo.csv", actor }),
      ).rejects.toBeInstanceOf(ImportRejectedError);

      const alias = await createAlias(t.db, { kind: "country", name: "Nethrlands", code: "NL" }, actor);
      await createAlias(
        t.db,
        { kind: "crime_area", name: "counterfeiting", code: "illicit goods/counterfeiting" },
        actor,
      );
      expect(alias).toMatchObject({ name: "Nethrlands", code: "NL", target: "Netherlands" });
      expect((await listAuditFor(t.db, "alias", alias.id)).map((a) => a.action)).toEqual(["create"]);
      const after = await previewOperationsImport(t.db, file);
      expect([after.errors, after.unresolved, after.counts.create]).toEqual([[], [], 2]);
      await commitOperationsImport(t.db, file, { fileName: "typo.csv", actor });
      const typo = (
        await listOperations(t.db, { filters: [{ field: "name", operator: "eq", value: "Operation Typo" }] })
      ).data[0];
      const stored = await getOperation(t.db, typo?.id ?? 0);
      expect([stored.crimeArea, stored.countries.map((c) => c.code)]).toEqual([
        "illicit goods/counterfeiting",
        ["NL"],
      ]);
    });

    it("aliases: one per kind and name (case and accents aside); the code must exist; PATCH with version", async () => {
      const a = await createAlias(t.db, { kind: "country", name: "Hollande", code: "NL" }, actor);
      await expect(
        createAlias(t.db, { kind: "country", name: "HOLLANDE", code: "FR" }, actor),
      ).rejects.toThrow(FieldError);
      await expect(
        createAlias(t.db, { kind: "channel", name: "Tweets", code: "nope" }, actor),
      ).rejects.toThrow(/There is no channel nope/);
      const b = await updateAlias(t.db, a.id, a.version, { code: "FR" }, actor);
      expect(b).toMatchObject({ name: "Hollande", code: "FR", version: 2 });
      await expect(updateAlias(t.db, a.id, a.version, { code: "BE" }, actor)).rejects.toBeInstanceOf(
        ConflictError,
      );
      await deleteAlias(t.db, a.id, actor);
      expect((await listAuditFor(t.db, "alias", a.id)).map((e) => e.action).sort()).toEqual([
        "create",
        "delete",
        "update",
      ]);
      const list = await listAliases(t.db, {
        filters: [{ field: "kind", operator: "eq", value: "country" }],
      });
      expect(list.data.map((x) => x.name)).toEqual(["Nethrlands"]);
    });

    it("channels: a label or an alias names a channel; an unknown one gets suggestions", async () => {
      const file = (channel: string) =>
        `${ENGAGEMENT_CSV_HEADER.join(",")}\n2024-01-02,${channel},,100,5,,,,,,\n`;
      expect((await previewEngagementImport(t.db, file("X (Twitter)"))).errors).toEqual([]);
      const unknown = await previewEngagementImport(t.db, file("Facebok"));
      expect(unknown.errors[0]?.message).toBe(
        'Unknown channel "Facebok": did you mean "Facebook" (facebook)?',
      );
      await createAlias(t.db, { kind: "channel", name: "Twitter", code: "x" }, actor);
      expect((await previewEngagementImport(t.db, file("twitter"))).errors).toEqual([]);
    });

    it("engagement: an update lists the metrics it changes; a country may be a name", async () => {
      const file = (impressions: number) =>
        `${ENGAGEMENT_CSV_HEADER.join(",")}\n2024-02-03,x,Côte d’Ivoire,${impressions},5,,,,,,\n`;
      await commitEngagementImport(t.db, file(100), { fileName: "daily.csv", actor });
      const preview = await previewEngagementImport(t.db, file(120));
      expect(preview.rows).toEqual([
        expect.objectContaining({
          name: "2024-02-03 · x · CI",
          action: "update",
          changes: [{ column: "impressions", from: "100", to: "120" }],
        }),
      ]);
      const negative = await previewEngagementImport(t.db, file(-5));
      expect(negative.errors).toEqual([
        {
          line: 2,
          column: "impressions",
          message: "Must be 0 or more",
          code: "validation.min_number",
          params: { minimum: 0 },
        },
      ]);
    });

    it("an update lists what changes (stored → file); number rules say the rule", async () => {
      const changed = csv(row({ arrests: "14", countries: "Netherlands (Aruba)", month: "2024-04" }));
      const preview = await previewOperationsImport(t.db, changed);
      expect(preview.rows).toEqual([
        expect.objectContaining({
          action: "update",
          changes: [
            { column: "month", from: "2024-03", to: "2024-04" },
            { column: "arrests", from: "12", to: "14" },
            { column: "countries", from: "AW; GI", to: "AW" },
          ],
        }),
      ]);
      const bad = await previewOperationsImport(
        t.db,
        csv(
          row({
            arrests: "-16",
            raids: "1.5",
            seized_value_usd: "20000000000000",
            operation: "Operation Bad",
          }),
        ),
      );
      expect(bad.errors.map((e) => `${e.column}: ${e.message}`)).toEqual([
        "raids: Raids must be a whole number",
        "arrests: Arrests must be 0 or more",
        "seized_value_usd: Seized value (USD) must be at most 10,000,000,000,000",
      ]);
    });

    it("a wrong header names the unexpected and the missing columns", async () => {
      const header = OPERATIONS_CSV_HEADER.join(",").replace("region", "zone").replace(",raids", "");
      const preview = await previewOperationsImport(t.db, `${header}\nx\n`);
      expect(preview.fileError).toMatch(/\(unexpected: "zone"; missing: "region", "raids"\)$/);
    });
  });
}
