import { type AliasKind, type CodedMessage, coded, type ImportUnresolved } from "@tbc/types";
import { countrySuggestions, resolveCountryName } from "../countries/country-names";
import type { Executor } from "../schema";
import { foldName, rankSuggestions, type Suggestion, trigrams } from "../text/names";
import { quoted } from "./csv";

/**
 * How an import turns the names a file writes into codes: countries (country-names.ts), crime areas
 * and channels (their code or label, case, accents and punctuation aside), each through the aliases
 * staff saved. A name that does not resolve is reported with what it most looks like.
 */
export type NameLookup = {
  resolve(name: string): string | null;
  suggest(name: string): Suggestion[];
};
export type NameLookups = Record<AliasKind, NameLookup>;

/** Longer names are not compared (a huge cell must not cost a similarity ranking per row). */
const SUGGEST_MAX_CHARS = 100;

/**
 * Suggestions are computed once per distinct name of a file, for the first this many names: past
 * them a name gets none, so that a file of countless distinct bad names costs no more than this.
 */
const SUGGESTED_NAMES = 1000;

function cached(suggest: (name: string) => Suggestion[]): (name: string) => Suggestion[] {
  const cache = new Map<string, Suggestion[]>();
  return (name) => {
    if (Array.from(name).length > SUGGEST_MAX_CHARS) return [];
    const key = foldName(name);
    const hit = cache.get(key);
    if (hit) return hit;
    if (cache.size >= SUGGESTED_NAMES) return [];
    const found = suggest(name);
    cache.set(key, found);
    return found;
  };
}

/** A lookup over a short reference list: each entry's code and names, plus the saved aliases. */
function listLookup(entries: { code: string; names: string[] }[], saved: Map<string, string>): NameLookup {
  const byName = new Map<string, string>();
  const candidates: { code: string; name: string; grams: Set<string> }[] = [];
  for (const { code, names } of entries) {
    for (const name of [code, ...names]) {
      const folded = foldName(name);
      if (!byName.has(folded)) byName.set(folded, code);
      candidates.push({ code, name: names[0] ?? code, grams: trigrams(folded) });
    }
  }
  const label = new Map(entries.map((e) => [e.code, e.names[0] ?? e.code]));
  for (const [folded, code] of saved) {
    candidates.push({ code, name: label.get(code) ?? code, grams: trigrams(folded) });
  }
  return {
    resolve: (name) => {
      if (label.has(name)) return name;
      const folded = foldName(name);
      return saved.get(folded) ?? byName.get(folded) ?? null;
    },
    suggest: cached((name) => rankSuggestions(name, candidates)),
  };
}

/** Loaded once per file: the reference lists and every saved alias. */
export async function loadNameLookups(db: Executor): Promise<NameLookups> {
  const aliases = await db.selectFrom("aliases").select(["kind", "nameKey", "code"]).execute();
  const saved = (kind: AliasKind) =>
    new Map(aliases.filter((a) => a.kind === kind).map((a) => [a.nameKey, a.code]));
  const countries = await db.selectFrom("countries").select(["code", "name"]).execute();
  const countryName = new Map(countries.map((c) => [c.code, c.name]));
  const savedCountries = saved("country");
  const areas = await db.selectFrom("crimeAreas").select("code").execute();
  const channels = await db.selectFrom("channels").select(["code", "label"]).execute();
  return {
    country: {
      resolve: (name) => {
        // An ISO code as such ("FR"), in capitals: "fr" could be a misspelt name as well.
        if (countryName.has(name)) return name;
        const code = resolveCountryName(name, savedCountries);
        // A saved or packaged name may point at a code this database does not list.
        return code && countryName.has(code) ? code : null;
      },
      suggest: cached((name) =>
        countrySuggestions(name, (code) => countryName.get(code) ?? code, savedCountries).filter((s) =>
          countryName.has(s.code),
        ),
      ),
    },
    crime_area: listLookup(
      areas.map((a) => ({ code: a.code, names: [] })),
      saved("crime_area"),
    ),
    channel: listLookup(
      channels.map((c) => ({ code: c.code, names: [c.label] })),
      saved("channel"),
    ),
  };
}

/** The message for a name that does not resolve: "…: did you mean "Netherlands" (NL)?" when alike. */
export function unknownNameMessage(kind: AliasKind, name: string, suggestions: Suggestion[]): CodedMessage {
  if (!suggestions.length) return coded(`import.row.unknown_${kind}`, { name: quoted(name) });
  const options = suggestions.map((s) =>
    s.name === s.code ? quoted(s.code) : `${quoted(s.name)} (${s.code})`,
  );
  // The quoted names are the file's and the lists': no language translates them.
  return coded(`import.row.unknown_${kind}_suggest`, {
    name: quoted(name),
    suggestions: options.join(" or "),
  });
}

/** What a row reports of a name that does not resolve: its error, and the name for the preview's list. */
export type UnknownName = Omit<ImportUnresolved, "rows">;
