/**
 * How names are compared wherever a person may have typed them differently (imported country, crime
 * area and channel names; agency names): case, accents, punctuation and spacing never count, and
 * similarity is pg_trgm's measure (shared word trigrams over all trigrams), so that a ranking reads
 * the same whichever dialect is underneath.
 */

/** Lower case, no accents, "&" as "and", every run of other punctuation or space as one space. */
export function foldName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** pg_trgm's trigrams: each word padded with two spaces before and one after. */
export function trigrams(folded: string): Set<string> {
  const out = new Set<string>();
  for (const word of folded.split(" ")) {
    if (!word) continue;
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  }
  return out;
}

/** Shared trigrams over all trigrams of both (0 … 1); both sides already folded. */
export function similarity(a: string | Set<string>, b: string | Set<string>): number {
  const ta = typeof a === "string" ? trigrams(a) : a;
  const tb = typeof b === "string" ? trigrams(b) : b;
  if (ta.size === 0 || tb.size === 0) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / (ta.size + tb.size - shared);
}

export type Candidate = { code: string; name: string };
export type Suggestion = Candidate & { score: number };

/**
 * The candidates most like `name`, best first, at least `min` alike (a candidate may be listed under
 * several names: its best one counts). For "did you mean …?".
 */
export function rankSuggestions(
  name: string,
  candidates: Iterable<{ code: string; name: string; folded?: string; grams?: Set<string> }>,
  opts: { limit?: number; min?: number } = {},
): Suggestion[] {
  const target = trigrams(foldName(name));
  const best = new Map<string, Suggestion>();
  for (const c of candidates) {
    const score = similarity(target, c.grams ?? trigrams(c.folded ?? foldName(c.name)));
    const seen = best.get(c.code);
    if (score >= (opts.min ?? 0.35) && (!seen || seen.score < score))
      best.set(c.code, { code: c.code, name: c.name, score });
  }
  const ranked = [...best.values()].sort((x, y) => y.score - x.score || x.name.localeCompare(y.name));
  // Only names nearly as alike as the best: a far second guess is noise beside a clear first.
  const floor = (ranked[0]?.score ?? 0) * 0.75;
  return ranked
    .filter((s) => s.score >= floor)
    .slice(0, opts.limit ?? 3)
    .map(({ code, name, score }) => ({ code, name, score: Math.round(score * 100) / 100 }));
}
