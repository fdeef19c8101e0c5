import { foldName, rankSuggestions, type Suggestion, trigrams } from "../text/names";
import { countryNameList, isIndependent } from "./countries.data";

/**
 * Country names as published sources write them → ISO codes. A name resolves, case, accents and
 * punctuation aside, through (first match wins): the aliases staff saved (aliases table, passed in by
 * the caller), the names below, every English name of the ISO list, then the "Country (Territory)"
 * form INTERPOL uses for territories.
 */

/**
 * Names that the ISO packages do not resolve, or resolve otherwise than published sources mean them.
 * "Congo" and "Korea" follow INTERPOL's member names (Congo = Republic of the Congo, Korea (Rep. of) =
 * South Korea), as do the "(Rep. of)" forms; the rest are spellings seen in INTERPOL releases.
 */
const PUBLISHED_NAMES: Record<string, string> = {
  "DR Congo": "CD",
  "Congo (Democratic Rep.)": "CD",
  "Congo (Democratic Rep. of)": "CD",
  "Congo, Democratic Republic": "CD",
  "Republic of Congo": "CG",
  Congo: "CG",
  Korea: "KR",
  "Korea (Rep. of)": "KR",
  "Korea, Rep.": "KR",
  "Korea (Democratic People's Rep. of)": "KP",
  "Hong Kong (China)": "HK",
  "Macao (China)": "MO",
  "North Macedonia (then FYROM)": "MK",
  FYROM: "MK",
  "Swaziland (Eswatini)": "SZ",
  Swaziland: "SZ",
  "St Kitts and Nevis": "KN",
  "St Lucia": "LC",
  "St Vincent and the Grenadines": "VC",
  "Turks and Caicos": "TC",
  Curacao: "CW",
  Laos: "LA",
  Brunei: "BN",
  "Cabo Verde": "CV",
  "Viet Nam": "VN",
  "Cote d'Ivoire": "CI",
  Moldova: "MD",
  "British Virgin Islands": "VG",
  "Sint Maarten": "SX",
  "Vatican City State": "VA",
  "Holy See": "VA",
  Palestine: "PS",
  "State of Palestine": "PS",
  Micronesia: "FM",
  USA: "US",
  UK: "GB",
  UAE: "AE",
  Kosovo: "XK",
  // The parts of territories INTERPOL names on their own ("Netherlands (Bonaire)").
  Bonaire: "BQ",
  "Sint Eustatius": "BQ",
  Saba: "BQ",
  "Caribbean Netherlands": "BQ",
  Faroe: "FO",
};

type Entry = { code: string; name: string; folded: string; grams: Set<string> };
type NameIndex = { byName: Map<string, string>; list: Entry[] };
let index: NameIndex | null = null;

/** Built once, on first use: a few thousand names. */
function nameIndex(): NameIndex {
  if (index) return index;
  const byName = new Map<string, string>();
  const list: NameIndex["list"] = [];
  const add = (name: string, code: string) => {
    const folded = foldName(name);
    if (!folded) return;
    // The first source to claim a name keeps it: published names before the ISO packages' own.
    if (!byName.has(folded)) byName.set(folded, code);
    list.push({ code, name, folded, grams: trigrams(folded) });
  };
  for (const [name, code] of Object.entries(PUBLISHED_NAMES)) add(name, code);
  for (const { code, name } of countryNameList()) add(name, code);
  index = { byName, list };
  return index;
}

/** Aliases saved by staff: folded name → code. */
export type SavedAliases = ReadonlyMap<string, string>;

function exact(name: string, saved: SavedAliases | undefined): string | null {
  const folded = foldName(name);
  return saved?.get(folded) ?? nameIndex().byName.get(folded) ?? null;
}

/**
 * The ISO code for a country name, or null. "Netherlands (Aruba)" is the territory's own code (AW)
 * where it has one, else the country's ("Spain (Canary Islands)" → ES: no ISO code of their own);
 * of two names that both resolve, the one that is not independent is the territory
 * ("Hong Kong (China)" → HK).
 */
export function resolveCountryName(name: string, saved?: SavedAliases): string | null {
  const whole = exact(name, saved);
  if (whole) return whole;
  const form = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(name.trim());
  if (!form) return null;
  const outer = exact(form[1] ?? "", saved);
  const inner = exact(form[2] ?? "", saved);
  if (outer && inner) return isIndependent(inner) && !isIndependent(outer) ? outer : inner;
  return inner ?? outer;
}

/** The countries a name that does not resolve most looks like, best first ("did you mean …?"). */
export function countrySuggestions(
  name: string,
  names: (code: string) => string,
  saved?: SavedAliases,
): Suggestion[] {
  const candidates: Entry[] = [...nameIndex().list];
  for (const [folded, code] of saved ?? [])
    candidates.push({ code, name: folded, folded, grams: trigrams(folded) });
  // Each suggestion is shown under the country's one name (the countries table's), not the alias.
  return rankSuggestions(name, candidates).map((s) => ({ ...s, name: names(s.code) }));
}
