/// <reference types="node" />
/**
 * Issue 14, "rendered pages are translated": for French, Spanish and Arabic, an administrator (who
 * sees every page) opens each page of the menu, a record and a form, and everything a reader or a
 * screen reader gets — the text, aria-labels, titles, placeholders, the document's title — is
 * checked: no text equal to an English dictionary value that the language translates differently
 * (English left behind, hard-coded or missed), no raw key. Offenders are listed by page.
 * Fails while fr.ts/es.ts/ar.ts are the English stand-ins (it says so first); the lead runs it
 * after merging the translations.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ar } from "../src/i18n/ar";
import { en } from "../src/i18n/en";
import { es } from "../src/i18n/es";
import { fr } from "../src/i18n/fr";
import { type Harness, open, RAW_KEY, startHarness } from "./harness";

const PAGES = [
  "/",
  "/agencies/by-country",
  "/agencies",
  "/agencies/show/1",
  "/agencies/create",
  "/outcomes",
  "/operations",
  "/operations/show/1",
  "/operations/create",
  "/operations/import",
  "/engagement",
  "/engagement/import",
  "/aliases",
  "/users",
  "/audit",
  "/account",
];

/**
 * Names that stay as they are in every language and may also be dictionary values' words: the
 * organisation, the campaign, its hashtag, channel and file-format names, the currency code.
 */
const PROPER_NOUNS = new Set([
  "INTERPOL",
  "Turn Back Crime",
  "#TurnBackCrime",
  "USD",
  "Facebook",
  "X",
  "Instagram",
  "YouTube",
  "LinkedIn",
  "TikTok",
  "CSV",
  "PDF",
  "PNG",
  "SVG",
]);

function leaves(node: unknown, prefix = "", into = new Map<string, string>()): Map<string, string> {
  if (typeof node === "string") into.set(prefix, node);
  else if (typeof node === "object" && node !== null)
    for (const [k, v] of Object.entries(node)) leaves(v, prefix ? `${prefix}.${k}` : k, into);
  return into;
}

/**
 * English texts the language translates otherwise, as matchers: exact for plain texts, a pattern
 * for those with placeholders ("reported by {{reported}} of {{total}} operations"). An English text
 * that some key leaves unchanged in the language is not one (it may rightly be on screen).
 */
function untranslatedMatchers(translation: unknown): {
  exact: Set<string>;
  patterns: RegExp[];
  share: number;
} {
  const english = leaves(en);
  const theirs = leaves(translation);
  const kept = new Set([...english].filter(([k, v]) => theirs.get(k) === v).map(([, v]) => v));
  const exact = new Set<string>();
  const patterns: RegExp[] = [];
  for (const [, value] of english) {
    const text = value.trim();
    if (kept.has(value) || PROPER_NOUNS.has(text) || text.length < 2) continue;
    if (!/\{\{/.test(text)) exact.add(text);
    else {
      const pattern = text
        .split(/\{\{[^}]*\}\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
        .join(".+?");
      // A template that is only placeholders and punctuation would match anything.
      if (/[A-Za-z]{3}/.test(text.replace(/\{\{[^}]*\}\}/g, ""))) patterns.push(new RegExp(`^${pattern}$`));
    }
  }
  return { exact, patterns, share: 1 - kept.size / new Set(english.values()).size };
}

/** What the page gives a reader: its lines and cells, and its labels, titles and placeholders. */
const readable = (page: Page) =>
  page.evaluate(() => {
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered (visible) text is what is checked
    const texts = document.body.innerText.split(/[\n\t]/);
    for (const el of document.querySelectorAll("[aria-label], [title], [placeholder]")) {
      // rc-dialog (antd's Modal) writes "Close" on its close button whatever the locale: antd's, not
      // ours to translate (reported to the lead).
      if (el.matches(".ant-modal-close")) continue;
      for (const attr of ["aria-label", "title", "placeholder"]) {
        const value = el.getAttribute(attr);
        if (value) texts.push(value);
      }
    }
    texts.push(document.title);
    return texts.map((t) => t.trim()).filter((t) => t !== "");
  });

async function settle(page: Page) {
  await page.waitForLoadState("networkidle");
  await page.locator(".ant-spin-spinning, .ant-skeleton-active").first().waitFor({ state: "detached" });
  await page.getByTestId("current-user").waitFor();
}

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

for (const [language, translation] of Object.entries({ fr, es, ar })) {
  describe(`${language}: rendered pages are translated`, () => {
    it("shows no English left behind and no raw key on any page of the menu", async () => {
      const { exact, patterns, share } = untranslatedMatchers(translation);
      // The stand-in (fr.ts = English until the translators' file lands) would make this pass empty.
      expect(
        share,
        `${language}.ts translates ${(share * 100).toFixed(0)}% of English's texts`,
      ).toBeGreaterThan(0.5);

      const { context, page, errors } = await open(harness.browser);
      const login = await page.request.post(`${harness.base}/trpc/auth.login`, {
        data: { email: "admin@example.org", password: "turnbackcrime" },
      });
      expect(login.ok()).toBe(true);
      const chosen = await page.request.post(`${harness.base}/trpc/auth.setLocale`, {
        data: { locale: language },
        headers: { origin: harness.base },
      });
      expect(chosen.ok(), await chosen.text()).toBe(true);

      const offenders: string[] = [];
      for (const path of PAGES) {
        await page.goto(`${harness.base}${path}`);
        await settle(page);
        expect(await page.evaluate(() => document.documentElement.lang), path).toBe(language);
        for (const text of new Set(await readable(page))) {
          if (RAW_KEY.test(text)) offenders.push(`${path}: raw key in "${text}"`);
          else if (exact.has(text) || patterns.some((p) => p.test(text)))
            offenders.push(`${path}: English "${text}"`);
        }
      }
      expect(offenders).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  });
}
