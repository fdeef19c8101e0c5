import { describe, expect, it } from "vitest";
import { en } from "../src/i18n/en";
import { es } from "../src/i18n/es";
import { fr } from "../src/i18n/fr";

/**
 * The French and Spanish dictionaries against English: the same keys, every plural form the
 * language's own rules pick (Intl.PluralRules: French and Spanish have `many`, for 1,000,000),
 * the same {{placeholders}}, and the punctuation each language's typography asks for. The
 * Translation type checks none of this beyond the keys English has.
 */
const DICTIONARIES = { fr, es } as const;

const PLURAL = /_(zero|one|two|few|many|other)$/;
const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

function flatten(node: unknown, prefix = "", into = new Map<string, string>()): Map<string, string> {
  if (typeof node === "string") {
    into.set(prefix, node);
    return into;
  }
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    flatten(value, prefix ? `${prefix}.${key}` : key, into);
  }
  return into;
}

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ""))].sort();
}

const english = flatten(en);

/** English's keys, with each plural group spread over the locale's categories. */
function expectedKeys(locale: string): string[] {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of english.keys()) {
    if (!PLURAL.test(key)) keys.add(key);
    else for (const category of categories) keys.add(key.replace(PLURAL, `_${category}`));
  }
  return [...keys].sort();
}

/** Every placeholder the English forms of a key use (a plural group's forms together). */
function englishPlaceholders(key: string): { all: string[]; exact: string | undefined } {
  if (!PLURAL.test(key)) return { all: placeholders(english.get(key) ?? ""), exact: english.get(key) };
  const base = key.replace(PLURAL, "");
  const forms = [...english].filter(([k]) => k.replace(PLURAL, "") === base && PLURAL.test(k));
  return {
    all: placeholders(forms.map(([, text]) => text).join(" ")),
    exact: key.endsWith("_other") ? english.get(key) : undefined,
  };
}

for (const [locale, dictionary] of Object.entries(DICTIONARIES)) {
  const messages = flatten(dictionary);

  describe(`${locale} dictionary`, () => {
    it("has English's keys, with every plural form of the language and nothing else", () => {
      expect([...messages.keys()].sort()).toEqual(expectedKeys(locale));
    });

    it("keeps English's placeholders, never translating their names", () => {
      const wrong: string[] = [];
      for (const [key, text] of messages) {
        const { all, exact } = englishPlaceholders(key);
        const own = placeholders(text);
        const ok =
          exact !== undefined
            ? own.join() === placeholders(exact).join()
            : own.every((name) => all.includes(name));
        if (!ok) wrong.push(`${key}: ${own.join()} (English: ${all.join()})`);
      }
      expect(wrong).toEqual([]);
    });

    it("has no empty text, and is translated rather than copied from English", () => {
      expect([...messages].filter(([, text]) => text.trim() === "").map(([key]) => key)).toEqual([]);
      const copied = [...english].filter(
        ([key, text]) => /[a-z]{4}/.test(text) && messages.get(key) === text,
      );
      // Brand names, "Total", "Actions"… legitimately stay; a forgotten file would be hundreds.
      expect(copied.length).toBeLessThan(english.size * 0.06);
    });
  });
}

describe("typography", () => {
  it("French: a narrow no-break space before : ; ? ! » and after «, never an ordinary one", () => {
    const wrong = [...flatten(fr)].filter(
      ([, text]) => /[^\u202f][;?!»]/.test(text) || /[^\u202f]:(\s|$)/.test(text) || /«[^\u202f]/.test(text),
    );
    expect(wrong).toEqual([]);
  });

  it("Spanish: ¿ and ¡ open what ? and ! close, with no space before : ; ? !", () => {
    const count = (text: string, char: string) => text.split(char).length - 1;
    const wrong = [...flatten(es)].filter(
      ([, text]) =>
        count(text, "¿") !== count(text, "?") ||
        count(text, "¡") !== count(text, "!") ||
        /\s[:;?!]/.test(text),
    );
    expect(wrong).toEqual([]);
  });
});
