import { readFileSync } from "node:fs";
import type { AgencyKind, AgencyValuesParsed } from "@tbc/types";
import { parse } from "csv-parse/sync";
import { seedFile } from "./seed-files";

/** `agency_type` as found in the sources → our agency kinds. A new wording must be added here. */
const KIND_BY_TYPE: Record<string, AgencyKind> = {
  "INTERPOL National Central Bureau": "interpol_ncb",
  "federal law enforcement agency": "investigation_agency",
  "maritime law enforcement / armed service": "coast_guard",
  "national police": "national_police",
  "regional (county) police force": "other",
  "interior ministry / INTERPOL National Central Bureau": "interpol_ncb",
  "cyber police unit": "national_police",
  "national police / INTERPOL National Central Bureau": "national_police",
  "INTERPOL National Central Bureau / transnational-crime agency": "interpol_ncb",
  "city police detective unit": "other",
  "regional police-chiefs organisation": "regional_body",
};

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** "launched 1 June 2015" → 2015-06-01: the date a source gives for the agency's launch, if any. */
function dateIn(text: string): string | null {
  const m = /\b(\d{1,2}) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* (\d{4})\b/i.exec(text);
  if (!m?.[1] || !m[2] || !m[3]) return null;
  const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
  return `${m[3]}-${String(month).padStart(2, "0")}-${m[1].padStart(2, "0")}`;
}

/** Labels that describe a unit rather than name it: the agency they name, by hand. */
const NAME_OVERRIDES: Record<string, { name: string; acronym: string | null }> = {
  "INTERPOL Manila (NCB) / Philippine Center on Transnational Crime": {
    name: "INTERPOL Manila (NCB) / Philippine Center on Transnational Crime",
    acronym: null,
  },
  "Jakarta police criminal-investigation officers (Indonesian National Police) wearing Turn Back Crime shirts":
    {
      name: "Indonesian National Police, Jakarta criminal investigation",
      acronym: null,
    },
};

/**
 * Splits a published label such as "Cyber Police (FATA) - hosts the Turn Back Crime page" into a
 * name, an acronym (a short parenthesised word) and notes; the label as published is kept in notes.
 */
export function parseAgencyLabel(label: string): {
  name: string;
  acronym: string | null;
  notes: string | null;
} {
  const override = NAME_OVERRIDES[label];
  if (override) return { ...override, notes: `As published: "${label}"` };
  const [head = label, ...rest] = label.split(" - ");
  let name = head.trim();
  let acronym: string | null = null;
  const extra: string[] = rest.length ? [rest.join(" - ").trim()] : [];
  const paren = /\s*\(([^)]*)\)\s*/.exec(name);
  if (paren?.[1] !== undefined) {
    if (/^[A-Z][A-Za-z]{1,11}$/.test(paren[1])) acronym = paren[1];
    else extra.unshift(paren[1]);
    name = `${name.slice(0, paren.index)} ${name.slice(paren.index + paren[0].length)}`.trim();
  }
  const notes = extra.length ? `${extra.join("; ")}. As published: "${label}"` : null;
  return { name, acronym, notes };
}

type AgencyCsvRow = {
  country_iso2: string;
  country: string;
  agency: string;
  agency_type: string;
  source_url: string;
};

export function readSeedAgencies(file: URL | string = seedFile("agencies.csv")): AgencyValuesParsed[] {
  const rows = parse(readFileSync(file), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
    trim: true,
  }) as AgencyCsvRow[];
  return rows.map((row) => {
    const kind = KIND_BY_TYPE[row.agency_type];
    if (!kind) throw new Error(`agencies.csv: no agency kind for type "${row.agency_type}"`);
    const { name, acronym, notes } = parseAgencyLabel(row.agency);
    return {
      name,
      acronym,
      countryCode: row.country_iso2 || null,
      kind,
      pledgedOn: dateIn(row.agency),
      website: null,
      socialHandle: null,
      notes: row.country_iso2 ? notes : [notes, `Region: ${row.country}`].filter(Boolean).join(" "),
      sourceUrl: row.source_url || null,
    };
  });
}
