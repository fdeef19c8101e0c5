/**
 * Compares a dictionary with English's, key by key, and names every problem: a key English has and
 * the translation lacks (or the reverse), a plural key without every form the language's
 * Intl.PluralRules lists (or with a form it does not have), a placeholder ({{x}}) that differs from
 * English's, an empty string. The lists are what the translators and the lead work from.
 */
const PLURAL = /_(zero|one|two|few|many|other)$/;
const PLACEHOLDER = /\{\{\s*-?\s*(\w+)[^}]*\}\}/g;

function flatten(node: unknown, prefix: string, into: Map<string, unknown>): Map<string, unknown> {
  if (typeof node === "object" && node !== null && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) flatten(value, prefix ? `${prefix}.${key}` : key, into);
  } else into.set(prefix, node);
  return into;
}

const placeholders = (text: string) =>
  [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ""))].sort();

type Entries = { plain: Map<string, unknown>; plural: Map<string, Map<string, unknown>> };

/** Leaves by dotted key; plural forms grouped under their base key ("a.b_one" → "a.b": one). */
function entries(dictionary: unknown): Entries {
  const plain = new Map<string, unknown>();
  const plural = new Map<string, Map<string, unknown>>();
  for (const [key, value] of flatten(dictionary, "", new Map())) {
    const form = PLURAL.exec(key);
    if (!form) {
      plain.set(key, value);
      continue;
    }
    const base = key.slice(0, form.index);
    const forms = plural.get(base) ?? new Map<string, unknown>();
    forms.set(form[1] ?? "", value);
    plural.set(base, forms);
  }
  return { plain, plural };
}

export type Problems = {
  missing: string[];
  extra: string[];
  pluralForms: string[];
  placeholders: string[];
  empty: string[];
  notText: string[];
};

export function compareDictionary(english: unknown, translation: unknown, language: string): Problems {
  const en = entries(english);
  const other = entries(translation);
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];
  const problems: Problems = {
    missing: [],
    extra: [],
    pluralForms: [],
    placeholders: [],
    empty: [],
    notText: [],
  };

  const checkText = (key: string, value: unknown, expected: string[] | null) => {
    if (typeof value !== "string") return problems.notText.push(key);
    if (value.trim() === "") return problems.empty.push(key);
    const got = placeholders(value);
    if (expected && got.join(",") !== expected.join(","))
      problems.placeholders.push(`${key}: {{${got.join("}} {{")}}} ≠ English {{${expected.join("}} {{")}}}`);
  };

  for (const [key, value] of en.plain) {
    if (!other.plain.has(key)) problems.missing.push(key);
    else checkText(key, other.plain.get(key), placeholders(String(value)));
  }
  for (const key of other.plain.keys()) if (!en.plain.has(key)) problems.extra.push(key);

  for (const [base, forms] of en.plural) {
    const theirs = other.plural.get(base);
    if (!theirs) {
      problems.missing.push(`${base}_{${categories.join(",")}}`);
      continue;
    }
    const lacking = categories.filter((c) => !theirs.has(c));
    const unknown = [...theirs.keys()].filter((c) => !categories.includes(c));
    if (lacking.length) problems.pluralForms.push(`${base}: lacks _${lacking.join(", _")}`);
    if (unknown.length) problems.pluralForms.push(`${base}: ${language} has no _${unknown.join(", _")}`);
    // A form may leave out the number ("one operation", Arabic's dual), never add a placeholder.
    const allowed = new Set([...forms.values()].flatMap((v) => placeholders(String(v))));
    for (const [category, value] of theirs) {
      checkText(`${base}_${category}`, value, null);
      const added = typeof value === "string" ? placeholders(value).filter((p) => !allowed.has(p)) : [];
      if (added.length)
        problems.placeholders.push(`${base}_${category}: {{${added.join("}} {{")}}} not in English`);
    }
  }
  for (const base of other.plural.keys()) if (!en.plural.has(base)) problems.extra.push(`${base}_*`);
  return problems;
}

export const NO_PROBLEMS: Problems = {
  missing: [],
  extra: [],
  pluralForms: [],
  placeholders: [],
  empty: [],
  notText: [],
};
