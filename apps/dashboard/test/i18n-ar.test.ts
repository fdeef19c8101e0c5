import { describe, expect, it } from "vitest";
import { ar } from "../src/i18n/ar";
import { en } from "../src/i18n/en";

/**
 * The Arabic dictionary against English: the same keys, the same placeholders, Arabic's six plural
 * forms wherever English has `_one`/`_other`, and Arabic text everywhere but in a few values that
 * are the same in every language.
 */

const ARABIC_FORMS = ["zero", "one", "two", "few", "many", "other"] as const;
const ENGLISH_FORM = /_(one|other)$/;
const ANY_FORM = /_(zero|one|two|few|many|other)$/;

function flatten(node: unknown, prefix = "", into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") into.set(path, value);
    else flatten(value, path, into);
  }
  return into;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const unique = (names: (string | undefined)[]) => [...new Set(names)].sort();

const english = flatten(en);
const arabic = flatten(ar);
const pluralBases = new Set(
  [...english.keys()].filter((k) => ENGLISH_FORM.test(k)).map((k) => k.replace(ENGLISH_FORM, "")),
);
const plainKeys = [...english.keys()].filter((k) => !ENGLISH_FORM.test(k));

/** Values that are not words of any language: the brand, formats, an example address, a dash. */
const NEUTRAL = new Set([
  "app.title",
  "common.none",
  "documentTitle.default",
  "documentTitle.suffix",
  "imports.changes.none",
  "imports.chosen",
  "agencies.placeholders.pledgedOn",
  "agencies.placeholders.website",
  "operations.placeholders.month",
  "operations.placeholders.sourceUrl",
  "operations.filters.generic",
  "agencies.filters.generic",
  "outcomes.top.rank",
  "engagement.csv.percent",
  "history.field",
  "palette.shortcut",
]);

/** Arabic's plural form for a number, filled in as translate() would (the count as given). */
function plural(key: string, count: number): string {
  const form = new Intl.PluralRules("ar").select(count);
  const text = arabic.get(`${key}_${form}`);
  if (text === undefined) throw new Error(`no ${key}_${form}`);
  return text.replaceAll("{{count}}", String(count));
}

describe("Arabic dictionary", () => {
  it("Intl's Arabic plural rules have the six forms the dictionary writes", () => {
    const categories = new Intl.PluralRules("ar").resolvedOptions().pluralCategories;
    expect([...categories].sort()).toEqual([...ARABIC_FORMS].sort());
  });

  it("has every English key, and no key English does not have", () => {
    const missing = plainKeys.filter((k) => !arabic.has(k));
    const missingForms = [...pluralBases].flatMap((base) =>
      ARABIC_FORMS.map((f) => `${base}_${f}`).filter((k) => !arabic.has(k)),
    );
    const extra = [...arabic.keys()].filter(
      (k) => !english.has(k) && !(ANY_FORM.test(k) && pluralBases.has(k.replace(ANY_FORM, ""))),
    );
    expect({ missing, missingForms, extra }).toEqual({ missing: [], missingForms: [], extra: [] });
    // A counted English key used as it is (without its forms) would not be pluralised in Arabic.
    expect([...pluralBases].filter((base) => arabic.has(base))).toEqual([]);
  });

  it("keeps English's placeholders, untranslated", () => {
    const differs = plainKeys
      .filter((k) => arabic.has(k))
      .filter((k) => placeholders(english.get(k) ?? "").join() !== placeholders(arabic.get(k) ?? "").join());
    expect(differs).toEqual([]);
  });

  it("plural forms that show a number keep every placeholder; zero, one and two may spell theirs out", () => {
    const problems: string[] = [];
    for (const base of pluralBases) {
      const expected = unique(
        ["one", "other"].flatMap((f) => placeholders(english.get(`${base}_${f}`) ?? "")),
      );
      for (const form of ARABIC_FORMS) {
        const got = unique(placeholders(arabic.get(`${base}_${form}`) ?? ""));
        const spelledOut = form === "zero" || form === "one" || form === "two";
        const ok = spelledOut ? got.every((p) => expected.includes(p)) : got.join() === expected.join();
        if (!ok)
          problems.push(`${base}_${form}: {{${got.join("}} {{")}}}, English {{${expected.join("}} {{")}}}`);
      }
    }
    expect(problems).toEqual([]);
  });

  // The Arabic block, punctuation included: a pattern with only an Arabic comma is localised too.
  it("every value is Arabic text, apart from language-neutral ones", () => {
    const notArabic = [...arabic.entries()]
      .filter(([k, v]) => !NEUTRAL.has(k) && !/[\u0600-\u06FF]/.test(v))
      .map(([k, v]) => `${k}: ${v}`);
    expect(notArabic).toEqual([]);
    const neutralButEnglishWords = [...NEUTRAL].filter((k) =>
      /\b[a-z]{3,}\b/.test((arabic.get(k) ?? "").replace(/\{\{\w+\}\}/g, "")),
    );
    expect(neutralButEnglishWords).toEqual([
      "agencies.placeholders.website",
      "operations.placeholders.sourceUrl",
    ]);
  });

  it("carries no bidi control characters except the one mark that keeps @ before a handle", () => {
    const controls = [...arabic.entries()]
      .filter(([, v]) => /[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/.test(v))
      .map(([k]) => k);
    expect(controls).toEqual(["agencies.placeholders.socialHandle"]);
  });

  it("counts agree with their number: dual, plural of 3–10, accusative for 11–99, genitive for hundreds", () => {
    const ops = (n: number) => plural("overview.map.operationsCount", n);
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102, 1204].map(ops)).toEqual([
      "لا عمليات",
      "عملية واحدة",
      "عمليتان",
      "3 عمليات",
      "10 عمليات",
      "11 عمليةً",
      "99 عمليةً",
      "100 عملية",
      "102 عملية",
      "1204 عمليات",
    ]);
    const agencies = (n: number) => plural("overview.map.agenciesCount", n);
    expect([2, 5, 42, 300].map(agencies)).toEqual([
      "جهتان داعمتان",
      "5 جهات داعمة",
      "42 جهةً داعمةً",
      "300 جهة داعمة",
    ]);
    const countries = (n: number) => plural("operations.countries.stated", n);
    expect([1, 2, 7, 25, 100].map(countries)).toEqual([
      "بلد واحد وفقًا للمصدر",
      "بلدان اثنان وفقًا للمصدر",
      "7 بلدان وفقًا للمصدر",
      "25 بلدًا وفقًا للمصدر",
      "100 بلد وفقًا للمصدر",
    ]);
    const ended = (n: number) => plural("users.sessions.ended", n);
    expect([0, 2, 4, 12].map(ended)).toEqual([
      "لم تُنهَ أي جلسة",
      "أُنهيت جلستان",
      "أُنهيت 4 جلسات",
      "أُنهيت 12 جلسةً",
    ]);
  });
});
