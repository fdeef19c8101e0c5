/// <reference types="node" />
/**
 * Issue 14: every language has every English key, no other key, the plural forms its own rules
 * need (Intl.PluralRules … pluralCategories: French and Spanish _one _many _other, Arabic six), the
 * placeholders English has, and no empty text. A failure lists the keys by name, per problem.
 * Checked on the assembled dictionaries (fr.ts, es.ts, ar.ts) and on every per-part file that has
 * an English twin (fr-locale.ts ↔ en-locale.ts …), so that a part is right before it is wired in.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ar } from "../src/i18n/ar";
import { en } from "../src/i18n/en";
import { es } from "../src/i18n/es";
import { fr } from "../src/i18n/fr";
import { compareDictionary, NO_PROBLEMS } from "./dictionary-check";

const DICTIONARIES = { fr, es, ar } as const;
const DIR = fileURLToPath(new URL("../src/i18n/", import.meta.url));
const PARTS = readdirSync(DIR)
  .map((file) => /^en-([\w-]+)\.ts$/.exec(file)?.[1])
  .filter((part): part is string => part !== undefined);

describe("the dictionary check itself", () => {
  it("names missing and extra keys, lacking plural forms, changed placeholders and empty texts", () => {
    const english = { a: { b: "Hello {{name}}", c: "Bye" }, n_one: "one item", n_other: "{{count}} items" };
    const broken = { a: { b: "Bonjour {{nom}}", d: "" }, n_one: "un", n_other: "{{count}} {{x}}" };
    expect(compareDictionary(english, broken, "fr")).toEqual({
      missing: ["a.c"],
      extra: ["a.d"],
      pluralForms: ["n: lacks _many"],
      placeholders: ["a.b: {{nom}} ≠ English {{name}}", "n_other: {{x}} not in English"],
      empty: [],
      notText: [],
    });
    expect(compareDictionary(english, { ...english, a: { ...english.a, c: " " } }, "en").empty).toEqual([
      "a.c",
    ]);
    const arabic = {
      a: english.a,
      n_zero: "0",
      n_one: "1",
      n_two: "2",
      n_few: "{{count}}",
      n_many: "{{count}}",
    };
    expect(compareDictionary(english, { ...arabic, n_other: "{{count}}" }, "ar")).toEqual(NO_PROBLEMS);
    expect(compareDictionary(english, arabic, "ar").pluralForms).toEqual(["n: lacks _other"]);
  });
});

for (const [language, dictionary] of Object.entries(DICTIONARIES)) {
  describe(`${language}: the whole dictionary against English`, () => {
    it("has every key, the plural forms of its language, English's placeholders and no empty text", () => {
      expect(compareDictionary(en, dictionary, language)).toEqual(NO_PROBLEMS);
    });
  });

  describe(`${language}: each part written so far against its English twin`, () => {
    const parts = PARTS.filter((part) => readdirSync(DIR).includes(`${language}-${part}.ts`));
    it.each(parts)(`${language}-%s.ts`, async (part) => {
      const english: unknown = await import(`../src/i18n/en-${part}.ts`);
      const translated: unknown = await import(`../src/i18n/${language}-${part}.ts`);
      expect(compareDictionary({ ...(english as object) }, { ...(translated as object) }, language)).toEqual(
        NO_PROBLEMS,
      );
    });
  });
}
