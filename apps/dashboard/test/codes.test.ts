import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { formatMessage, isMessageCode, issueCode, MESSAGES, messageEntries } from "@tbc/types";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { codes as ar } from "../src/i18n/ar-codes";
import { en } from "../src/i18n/en";
import { codes as es } from "../src/i18n/es-codes";
import { codes as fr } from "../src/i18n/fr-codes";

/**
 * Every message the server can send has its English in the catalogue (@tbc/types messages.ts) and
 * its French, Spanish and Arabic in the dashboard, with every plural form the language has.
 */
const TRANSLATIONS = { fr, es, ar } as const;
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(node: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (typeof value === "string") out.set(`${prefix}${key}`, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]));

/** The catalogue's codes, each with its English templates (one, or one per plural form). */
function codesOfCatalogue(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, text] of messageEntries()) {
    const code = key.replace(PLURAL, "");
    out.set(code, [...(out.get(code) ?? []), text]);
  }
  return out;
}

/** Every source file of the server and the data layer (what can emit a code). */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

const ROOT = join(import.meta.dirname, "../../..");
const SERVER_SOURCES = [
  ...sources(join(ROOT, "apps/server/src")),
  ...sources(join(ROOT, "packages/db/src")),
  ...sources(join(ROOT, "packages/types/src")),
];

describe("message codes: catalogue and translations", () => {
  const catalogue = codesOfCatalogue();

  it("the dashboard's English is the catalogue itself", () => {
    expect(en.codes).toBe(MESSAGES);
  });

  it("every code the server's source names is in the catalogue", () => {
    // A code is dotted lower-case words starting with one of the catalogue's sections; a template
    // literal (`import.row.unknown_${kind}`) stands for each of its completions.
    const sections = Object.keys(MESSAGES).join("|");
    const literal = new RegExp(`["\`]((?:${sections})\\.[a-z_.]*(?:\\$\\{\\w+\\})?[a-z_]*)["\`]`, "g");
    const found = new Set<string>();
    for (const file of SERVER_SOURCES) {
      for (const m of readFileSync(file, "utf8").matchAll(literal)) found.add(m[1] as string);
    }
    expect(found.size).toBeGreaterThan(60);
    for (const code of found) {
      if (!code.includes("${")) {
        // Plain dotted strings that are no codes (file names, package paths) would end in .ts or .js.
        expect(isMessageCode(code), `${code} has no English template`).toBe(true);
        continue;
      }
      const [head, tail] = code.split(/\$\{\w+\}/) as [string, string];
      const matches = [...catalogue.keys()].filter((c) => c.startsWith(head) && c.endsWith(tail));
      expect(matches.length, `${code} matches no code`).toBeGreaterThan(0);
    }
  });

  for (const [locale, dictionary] of Object.entries(TRANSLATIONS)) {
    it(`${locale}: every code translated, with every plural form and only the English's params`, () => {
      const translated = flatten(dictionary);
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      for (const [code, english] of catalogue) {
        const params = new Set(english.flatMap((t) => [...placeholders(t)]));
        const plural = [...messageEntries()].some(([k]) => k !== code && k.replace(PLURAL, "") === code);
        const keys = plural ? categories.map((c) => `${code}_${c}`) : [code];
        for (const key of keys) {
          const text = translated.get(key);
          expect(text, `${locale} lacks ${key}`).toBeTruthy();
          for (const p of placeholders(text ?? ""))
            expect(params.has(p), `${locale} ${key}: {{${p}}}`).toBe(true);
          // A translation that is the English sentence is no translation (names like "CSV" aside).
          if (english.length === 1 && /[a-z]{4} [a-z]{4}/.test(english[0] ?? ""))
            expect(text, `${locale} ${key} is English`).not.toBe(english[0]);
        }
      }
      // Nothing extra: a key the catalogue does not have is a typo.
      for (const key of translated.keys())
        expect(catalogue.has(key.replace(PLURAL, "")), `${locale} has unknown ${key}`).toBe(true);
    });
  }
});

describe("zod issues → codes", () => {
  const issue = (schema: z.ZodType, value: unknown) => {
    const result = schema.safeParse(value);
    if (result.success) throw new Error("expected an issue");
    return issueCode(result.error.issues[0] as Parameters<typeof issueCode>[0]);
  };

  it("by kind, with the limit as a param", () => {
    expect(issue(z.string().max(5), "toolong")).toEqual({
      code: "validation.max_length",
      params: { count: 5 },
    });
    expect(issue(z.string().min(3), "ab")).toEqual({ code: "validation.min_length", params: { count: 3 } });
    expect(issue(z.string().min(1), "")).toEqual({ code: "validation.required", params: {} });
    expect(issue(z.number().max(10), 11)).toEqual({ code: "validation.max_number", params: { maximum: 10 } });
    expect(issue(z.number().int(), 1.5)).toEqual({ code: "validation.whole_number", params: {} });
    expect(issue(z.email(), "x")).toEqual({ code: "validation.email", params: {} });
    expect(issue(z.object({ a: z.string() }), {})).toEqual({ code: "validation.required", params: {} });
    expect(issue(z.enum(["a", "b"]), "c")).toEqual({
      code: "validation.choice",
      params: { options: "a, b" },
    });
  });

  it("our refinements carry their own code", async () => {
    const { zCalendarDay, ZOperationValues, zText } = await import("@tbc/types");
    expect(issue(zCalendarDay(), "2024-02-30")).toEqual({ code: "validation.not_a_date", params: {} });
    expect(issue(zCalendarDay(), "30/02/2024")).toEqual({ code: "validation.date_format", params: {} });
    expect(issue(zText(), "a\u0000b")).toEqual({ code: "validation.unstorable", params: {} });
    const op = ZOperationValues.safeParse({
      name: "Operation Pangea",
      editionYear: 2020,
      crimeArea: "pharma",
      countriesCount: 1,
      countryCodes: ["FR", "ES"],
      ...{ raids: null, arrests: null, underInvestigation: null, seizedValueUsd: null },
    });
    expect(op.success).toBe(false);
    const countries = op.error?.issues.find((i) => i.path[0] === "countriesCount");
    expect(issueCode(countries as Parameters<typeof issueCode>[0])).toEqual({
      code: "validation.countries_count",
      params: { listed: 2, stated: 1 },
    });
  });

  it("formatMessage writes the English with its plural form", () => {
    expect(formatMessage("import.rejected", { count: 1 })).toBe("1 row has errors: nothing was imported");
    expect(formatMessage("import.rejected", { count: 1200 })).toBe(
      "1,200 rows have errors: nothing was imported",
    );
    expect(formatMessage("limit.upload_size", { size: 2.5, unit: "MiB" })).toBe(
      "The file is larger than the 2.5 MiB limit",
    );
  });
});
