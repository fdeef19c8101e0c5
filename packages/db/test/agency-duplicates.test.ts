import { type AgencyValuesParsed, ZAgencyValues } from "@tbc/types";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findDuplicateAgencies, indexAgencyNames } from "../src/agencies/agencies.duplicates";
import { agencyNameKey, createAgency, deleteAgency, updateAgency } from "../src/agencies/agencies.repository";
import { nowIso } from "../src/dialect";
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from "../src/testing";

/** The agencies already registered: [name, acronym, country]. */
const STORED: [string, string | null, string | null][] = [
  ["Federal Bureau of Investigation", "FBI", "US"],
  ["United States Coast Guard", "USCG", "US"],
  ["Drug Enforcement Administration", "DEA", "US"],
  ["U.S. Customs and Border Protection", "CBP", "US"],
  ["Bureau of Alcohol, Tobacco, Firearms and Explosives", "ATF", "US"],
  ["Royal Canadian Mounted Police", "RCMP", "CA"],
  ["National Crime Agency", "NCA", "GB"],
  ["Bundeskriminalamt", "BKA", "DE"],
  ["Guardia Civil", null, "ES"],
  ["Policía Nacional de Colombia", null, "CO"],
  ["Australian Federal Police", "AFP", "AU"],
  ["Arma dei Carabinieri", null, "IT"],
  ["Gendarmerie nationale", null, "FR"],
  ["Korean National Police Agency", "KNPA", "KR"],
  ["United States Marshals Service", null, "US"],
];

/** Real ways of writing a stored agency: each must be found (no country chosen), with its reason. */
const VARIANTS: [string, string, string][] = [
  ["Federal Bureau of Investigations", "Federal Bureau of Investigation", "same-name"],
  ["FBI", "Federal Bureau of Investigation", "same-acronym FBI"],
  ["Federal Bureau of Investigation (FBI)", "Federal Bureau of Investigation", "same-name"],
  ["The Federal Bureau of Investigation", "Federal Bureau of Investigation", "same-name"],
  ["F.B.I.", "Federal Bureau of Investigation", "same-acronym FBI"],
  ["Federal Bureau of Investigaton", "Federal Bureau of Investigation", "same-acronym FBI"],
  ["Gendarmerie Nationalle", "Gendarmerie nationale", "similar-name"],
  ["US Coast Guard", "United States Coast Guard", "same-acronym USCG"],
  ["U.S. Coast Guard", "United States Coast Guard", "same-acronym USCG"],
  ["USCG", "United States Coast Guard", "same-acronym USCG"],
  ["US Marshals Service", "United States Marshals Service", "same-initials USMS"],
  ["DEA", "Drug Enforcement Administration", "same-acronym DEA"],
  ["Drug Enforcement Administration (DEA)", "Drug Enforcement Administration", "same-name"],
  ["US Customs & Border Protection", "U.S. Customs and Border Protection", "same-name"],
  ["CBP", "U.S. Customs and Border Protection", "same-acronym CBP"],
  [
    "Bureau of Alcohol, Tobacco, Firearms & Explosives",
    "Bureau of Alcohol, Tobacco, Firearms and Explosives",
    "same-name",
  ],
  ["ATF", "Bureau of Alcohol, Tobacco, Firearms and Explosives", "same-acronym ATF"],
  ["RCMP", "Royal Canadian Mounted Police", "same-acronym RCMP"],
  ["Royal Canadian Mounted Police (RCMP)", "Royal Canadian Mounted Police", "same-name"],
  ["The National Crime Agency", "National Crime Agency", "same-name"],
  ["BKA", "Bundeskriminalamt", "same-acronym BKA"],
  ["La Guardia Civil", "Guardia Civil", "same-name"],
  ["POLICIA NACIONAL DE COLOMBIA", "Policía Nacional de Colombia", "same-name"],
  ["Australian Federal Police (AFP)", "Australian Federal Police", "same-name"],
  ["AFP", "Australian Federal Police", "same-acronym AFP"],
  ["Arma dei carabinieri", "Arma dei Carabinieri", "same-name"],
  ["Gendarmerie Nationale", "Gendarmerie nationale", "same-name"],
  ["Korean National Police Agency (KNPA)", "Korean National Police Agency", "same-name"],
];

/** Other, real agencies, some with words or initials in common with the stored ones: none may match. */
const DISTINCT = [
  "Federal Bureau of Prisons",
  "Central Bureau of Investigation",
  "United States Secret Service",
  "Japan Coast Guard",
  "Indian Coast Guard",
  "Food and Drug Administration",
  "Federal Aviation Administration",
  "Canada Border Services Agency",
  "Royal Malaysia Police",
  "National Investigation Agency",
  "Serious Fraud Office",
  "Landeskriminalamt Berlin",
  "Bundespolizei",
  "Guardia di Finanza",
  "Polizia di Stato",
  "Carabineros de Chile",
  "Police nationale",
  "Australian Border Force",
  "Federal Police",
  "Metropolitan Police Service",
  "Mossos d'Esquadra",
];

const reasonText = (r: { kind: string; acronym?: string }) => (r.acronym ? `${r.kind} ${r.acronym}` : r.kind);

for (const dialect of TEST_DIALECTS) {
  describe(`agency duplicate detection on ${dialect}`, () => {
    let t: TestDatabase;
    const actor = { userId: null };
    const values = (name: string, acronym: string | null, countryCode: string | null): AgencyValuesParsed =>
      ZAgencyValues.parse({ name, acronym, countryCode, kind: "national_police" });
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      for (const [name, acronym, country] of STORED)
        await createAgency(t.db, values(name, acronym, country), actor);
    });
    afterAll(() => t.drop());

    it.each(VARIANTS)("%s → %s (%s)", async (typed, stored, reason) => {
      const found = await findDuplicateAgencies(t.db, { name: typed });
      expect(found[0]?.name).toBe(stored);
      expect(reasonText(found[0]?.reason ?? { kind: "none" })).toBe(reason);
    });

    it("none of the distinct agencies is reported as a duplicate", async () => {
      const found: Record<string, string[]> = {};
      for (const name of DISTINCT) {
        const hits = await findDuplicateAgencies(t.db, { name });
        if (hits.length) found[name] = hits.map((h) => `${h.name}: ${reasonText(h.reason)}`);
      }
      expect(found).toEqual({});
    });

    it("with a country: that country's agencies and those without one; the acronym field counts", async () => {
      expect(await findDuplicateAgencies(t.db, { name: "FBI", countryCode: "CA" })).toEqual([]);
      const us = await findDuplicateAgencies(t.db, { name: "FBI", countryCode: "US" });
      expect(us.map((d) => [d.name, d.countryName])).toEqual([
        ["Federal Bureau of Investigation", "United States of America"],
      ]);
      const withAcronym = await findDuplicateAgencies(t.db, { name: "Bundesamt", acronym: "BKA" });
      expect(withAcronym.map((d) => d.name)).toEqual(["Bundeskriminalamt"]);
    });

    it("keys follow every write in its transaction: rename, delete; bulk rows are indexed once", async () => {
      const a = await createAgency(t.db, values("Hellenic Coast Guard", null, "GR"), actor);
      expect((await findDuplicateAgencies(t.db, { name: "hellenic coast guards" })).map((d) => d.id)).toEqual(
        [a.id],
      );
      await updateAgency(t.db, a.id, a.version, values("Hellenic Police", null, "GR"), actor);
      expect(await findDuplicateAgencies(t.db, { name: "Hellenic Coast Guard" })).toEqual([]);
      expect((await findDuplicateAgencies(t.db, { name: "the hellenic police" })).map((d) => d.id)).toEqual([
        a.id,
      ]);
      await deleteAgency(t.db, a.id, actor);
      expect(await findDuplicateAgencies(t.db, { name: "Hellenic Police" })).toEqual([]);

      const now = nowIso();
      const name = "Garda Síochána";
      await t.db
        .insertInto("agencies")
        .values({
          name,
          nameKey: agencyNameKey(name),
          kind: "national_police",
          status: "active",
          createdAt: now,
          updatedAt: now,
        })
        .execute();
      expect(await findDuplicateAgencies(t.db, { name: "Garda Siochana" })).toEqual([]);
      expect(await indexAgencyNames(t.db)).toBe(1);
      expect((await findDuplicateAgencies(t.db, { name: "Garda Siochana" })).map((d) => d.name)).toEqual([
        name,
      ]);
      expect(await indexAgencyNames(t.db)).toBe(0);
    });

    it("reads candidates through the key index, not the agencies table", async () => {
      const plan =
        dialect === "sqlite"
          ? await sql<{
              detail: string;
            }>`explain query plan select agency_id from agency_name_keys where key in ('fbi') and kind != 'word'`.execute(
              t.db,
            )
          : null;
      if (plan) expect(plan.rows.map((r) => r.detail).join(" ")).toContain("agency_name_keys_key_idx");
      else expect(dialect).toBe("postgres");
    });
  });
}
