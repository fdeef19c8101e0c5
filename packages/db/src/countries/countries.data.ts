import type { Country, Region } from "@tbc/types";
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import worldCountries from "world-countries";

countries.registerLocale(en);

/**
 * INTERPOL's regions from the UN geoscheme that `world-countries` maintains:
 * North Africa and the Arab states of Western Asia form "Middle East & North Africa"; the rest of
 * Africa is "Africa"; Asia (but Western Asia) and Oceania are "Asia & South Pacific".
 * The exceptions below follow INTERPOL's European Regional Conference membership, and the
 * uninhabited Antarctic territories go with the region that administers or neighbours them.
 */
const OVERRIDES: Record<string, Region> = {
  AM: "Europe",
  AZ: "Europe",
  CY: "Europe",
  GE: "Europe",
  IL: "Europe",
  TR: "Europe",
  AQ: "Asia & South Pacific",
  HM: "Asia & South Pacific",
  TF: "Africa",
  BV: "Europe",
  GS: "Americas",
};

function regionFor(cca2: string, region: string, subregion: string): Region {
  const override = OVERRIDES[cca2];
  if (override) return override;
  if (region === "Africa") return subregion === "Northern Africa" ? "Middle East & North Africa" : "Africa";
  if (region === "Americas") return "Americas";
  if (region === "Europe") return "Europe";
  if (region === "Asia")
    return subregion === "Western Asia" ? "Middle East & North Africa" : "Asia & South Pacific";
  if (region === "Oceania") return "Asia & South Pacific";
  throw new Error(`No INTERPOL region for ${cca2} (${region}/${subregion})`);
}

/** All ISO 3166-1 countries, from i18n-iso-countries (codes, names) and world-countries (regions). */
export function isoCountries(): Country[] {
  const byCode = new Map(worldCountries.map((c) => [c.cca2, c]));
  return Object.keys(countries.getAlpha2Codes())
    .map((code) => {
      const wc = byCode.get(code);
      if (!wc) throw new Error(`world-countries has no ${code}`);
      return {
        code,
        alpha3: countries.alpha2ToAlpha3(code) ?? wc.cca3,
        numeric: countries.alpha2ToNumeric(code) ?? wc.ccn3,
        name: countries.getName(code, "en") ?? wc.name.common,
        region: regionFor(code, wc.region, wc.subregion),
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** ISO code for a country name as i18n-iso-countries knows it (any of its English names), or null. */
export function countryCodeForName(name: string): string | null {
  return countries.getAlpha2Code(name.trim(), "en") ?? null;
}

/** Every English name i18n-iso-countries and world-countries give a country, official ones first. */
export function countryNameList(): { code: string; name: string }[] {
  const out: { code: string; name: string }[] = [];
  for (const [code, names] of Object.entries(countries.getNames("en", { select: "all" }))) {
    for (const name of names) out.push({ code, name });
  }
  for (const c of worldCountries) {
    // Two- and three-letter spellings are codes ("NL"), which name resolution does not guess from.
    const spellings = c.altSpellings.filter((s) => s.length > 3);
    for (const name of [c.name.common, c.name.official, ...spellings]) out.push({ code: c.cca2, name });
  }
  return out;
}

/** Whether world-countries counts a code as independent (a territory's sovereign is). */
export function isIndependent(code: string): boolean {
  return worldCountries.find((c) => c.cca2 === code)?.independent ?? false;
}
