import type { AgencyDuplicateReason } from "@tbc/types";
import { foldName, similarity } from "../text/names";

/**
 * What makes two agency names "the same agency": the keys derived from a name, for the index
 * (agency_name_keys) and for the comparison (agencies.duplicates.ts).
 */

/** Articles and linking words in the languages agency names come in: not part of what a name says. */
const LINK_WORDS = new Set(
  "the a an of and for on in at to la le les l el los las lo del de des du d di da della dei degli der die das den dem des und y e et o".split(
    " ",
  ),
);

/** "investigations" → "investigation", "agencies" → "agency"; short words and "-ss" stay. */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/** An acronym as written ("F.B.I.", "fbi") → its letters, lower case, or null if it cannot be one. */
function asAcronym(text: string): string | null {
  const letters = foldName(text).replace(/ /g, "");
  return /^[\p{L}\p{N}]{2,10}$/u.test(letters) ? letters : null;
}

export type NameKeys = {
  /** Folded, without articles and linking words, singular. */
  name: string;
  /** Acronyms the name states: in parentheses, the name itself when it is one, the acronym field. */
  acronyms: string[];
  /** The initials of the name's words (an all-capitals word gives all its letters: "US" → "us"). */
  initials: string | null;
  /** The name's words as in `name`. */
  words: string[];
};

export function nameKeys(name: string, acronym?: string | null): NameKeys {
  const acronyms = new Set<string>();
  for (const m of name.matchAll(/\(([^()]*)\)/g)) {
    const a = asAcronym(m[1] ?? "");
    if (a) acronyms.add(a);
  }
  const stated = acronym ? asAcronym(acronym) : null;
  if (stated) acronyms.add(stated);
  const bare = name.replace(/\([^()]*\)/g, " ").trim();
  const raw = bare.split(/[^\p{L}\p{N}.]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const significant = raw.filter((w) => !LINK_WORDS.has(foldName(w)));
  // A name of one short word, or one in capitals, is itself an acronym ("FBI", "fbi", "F.B.I.").
  if (significant.length === 1) {
    const only = significant[0] ?? "";
    const letters = asAcronym(only);
    if (letters && (letters.length <= 5 || only === only.toUpperCase())) acronyms.add(letters);
  }
  const words = significant.map((w) => singular(foldName(w).replace(/ /g, ""))).filter(Boolean);
  const initials =
    significant.length >= 2
      ? significant
          .map((w) =>
            w.length <= 4 && w === w.toUpperCase() ? foldName(w).replace(/ /g, "") : foldName(w)[0],
          )
          .join("")
      : null;
  return { name: words.join(" "), acronyms: [...acronyms], initials, words: [...new Set(words)] };
}

/** The rows of agency_name_keys for one agency's name and acronym. */
export function indexKeys(name: string, acronym: string | null): { kind: string; key: string }[] {
  const k = nameKeys(name, acronym);
  const rows = [{ kind: "name", key: k.name }];
  for (const a of k.acronyms) rows.push({ kind: "acronym", key: a });
  if (k.initials && k.initials.length >= 2) rows.push({ kind: "initials", key: k.initials });
  for (const w of k.words) if (w.length >= 3) rows.push({ kind: "word", key: w });
  return rows.filter((r) => r.key).map((r) => ({ ...r, key: r.key.slice(0, 200) }));
}

/** Name similarity at or above which two names are reported alike. */
export const SIMILAR_NAME = 0.65;

export type DuplicateReason = AgencyDuplicateReason;

/**
 * Why `b` (a stored agency) looks like the same agency as `a` (a typed name), or null. Stated
 * acronyms match the other's stated acronym or initials; two derived initials only together with a
 * shared word ("US Coast Guard" / "United States Coast Guard", both USCG), since unrelated names share
 * initials often.
 */
export function duplicateReason(a: NameKeys, b: NameKeys): DuplicateReason | null {
  if (a.name && a.name === b.name) return { kind: "same-name" };
  const bAcronyms = new Set([...b.acronyms, ...(b.initials ? [b.initials] : [])]);
  const stated =
    a.acronyms.find((x) => bAcronyms.has(x)) ??
    (a.initials && b.acronyms.includes(a.initials) ? a.initials : undefined);
  if (stated) return { kind: "same-acronym", acronym: stated.toUpperCase() };
  if (
    a.initials &&
    a.initials.length >= 3 &&
    a.initials === b.initials &&
    a.words.some((w) => b.words.includes(w))
  ) {
    return { kind: "same-initials", acronym: a.initials.toUpperCase() };
  }
  const score = similarity(a.name, b.name);
  if (score < SIMILAR_NAME || differentQualifier(a.words, b.words)) return null;
  return { kind: "similar-name", similarity: Math.round(score * 100) / 100 };
}

/**
 * Whether two alike names differ by a word that is not a misspelling of the other's: "Central" and
 * "Federal" Bureau of Investigation are two agencies, "Investigaton" is a typo.
 */
function differentQualifier(a: string[], b: string[]): boolean {
  const onlyA = a.filter((w) => !b.includes(w));
  const onlyB = b.filter((w) => !a.includes(w));
  if (!onlyA.length || !onlyB.length) return false;
  return onlyA.some((w) => Math.max(...onlyB.map((v) => similarity(w, v))) < 0.5);
}
