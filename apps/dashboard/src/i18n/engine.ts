/**
 * The dictionaries' lookup, in place of i18next (15.4 kB gzip that the overview loaded before its
 * first render, for the four things used of it). It answers as i18next did with the options we
 * gave it (`nsSeparator: false`, `escapeValue: false`, `returnedObjectHandler` → missing):
 * - a key is a path of "."-separated names, a name may itself hold dots (the codes catalogue);
 * - with a number `count`, the plural form of the language (Intl.PluralRules: `key_one`, `key_few`…,
 *   `key_zero` first for 0), then the key itself, then `key_other`; in the language, then English;
 * - a key naming a group of texts, or none, is missing (`undefined`);
 * - `{{name}}` takes the param's value (`{{a.b}}` a nested one; null → ""), a param not given stays
 *   as written, except `{{count}}`, which is then "".
 */
type Tree = { [key: string]: string | Tree };

const hasOwn = (o: object, k: string) => Object.hasOwn(o, k);

/** The value at `path`, trying names with dots in them as i18next's deepFind does. */
function find(tree: Tree | undefined, path: string): string | Tree | undefined {
  if (!tree) return undefined;
  if (hasOwn(tree, path)) return tree[path];
  const tokens = path.split(".");
  let current: string | Tree | undefined = tree;
  for (let i = 0; i < tokens.length; ) {
    if (!current || typeof current !== "object") return undefined;
    let next: string | Tree | undefined;
    let name = "";
    let j = i;
    for (; j < tokens.length; j++) {
      name = j === i ? (tokens[j] ?? "") : `${name}.${tokens[j]}`;
      next = hasOwn(current, name) ? current[name] : undefined;
      // A text part-way down the path is not the end: a longer dotted name may still match.
      if (next !== undefined && !(typeof next === "string" && j < tokens.length - 1)) break;
      next = undefined;
    }
    if (next === undefined) return undefined;
    current = next;
    i = j + 1;
  }
  return current;
}

function merge(target: Tree, source: Tree): Tree {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    target[key] =
      typeof value === "object" && typeof existing === "object" ? merge({ ...existing }, value) : value;
  }
  return target;
}

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralOf(language: string, count: number): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules.select(count);
}

function valueAt(params: Record<string, unknown>, path: string): unknown {
  if (hasOwn(params, path)) return params[path];
  let current: unknown = params;
  for (const name of path.split(".")) {
    if (current === null || typeof current !== "object" || !hasOwn(current, name)) return undefined;
    current = (current as Record<string, unknown>)[name];
  }
  return current;
}

/** `{{name}}` → the param; one pass, so a param's value is never read for placeholders itself. */
export function interpolate(text: string, params: Record<string, unknown>, countGiven = false): string {
  if (!text.includes("{{")) return text;
  return text.replace(/\{\{(.+?)\}\}/g, (whole, raw: string) => {
    const name = raw.trim();
    const value = valueAt(params, name);
    if (value === undefined) return countGiven && name === "count" ? "" : whole;
    return value === null ? "" : String(value);
  });
}

export function createEngine(fallbackLanguage: string) {
  const dictionaries = new Map<string, Tree>();
  let language = fallbackLanguage;

  function lookup(code: string, key: string, count: number | undefined): string | Tree | undefined {
    const tree = dictionaries.get(code);
    if (count === undefined) return find(tree, key);
    const candidates = [`${key}_${pluralOf(code, count)}`, key, `${key}_other`];
    if (count === 0) candidates.unshift(`${key}_zero`);
    for (const candidate of candidates) {
      const found = find(tree, candidate);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  return {
    /** Adds a language's texts (deep, over what it has). */
    add(code: string, texts: object): void {
      dictionaries.set(code, merge({ ...(dictionaries.get(code) ?? {}) }, texts as Tree));
    },
    setLanguage(code: string): void {
      language = code;
    },
    /** The text for `key` with its params in place, or undefined when no dictionary has one. */
    t(key: string, count: number | undefined, params: Record<string, unknown>): string | undefined {
      const codes = language === fallbackLanguage ? [language] : [language, fallbackLanguage];
      for (const code of codes) {
        const found = lookup(code, key, count);
        if (found === undefined) continue;
        return typeof found === "string" ? interpolate(found, params, true) : undefined;
      }
      return undefined;
    },
  };
}

export type Engine = ReturnType<typeof createEngine>;
