/// <reference types="node" />
/**
 * End to end for server messages as codes: the server refuses a form's value with a code and params
 * (not a sentence), and the dashboard shows that code's text in the user's language — here French,
 * chosen before the page loads (localStorage `tbc.locale`). `pnpm test` builds dist/ first.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatMessage, OPERATIONS_CSV_HEADER } from "@tbc/types";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codes as frCodes } from "../src/i18n/fr-codes";
import { eventually, type Harness, open, shot, shownText, signIn, startHarness } from "./harness";

let harness: Harness;
let dir: string;
let staff: { context: BrowserContext; page: Page; errors: string[] };

beforeAll(async () => {
  harness = await startHarness();
  dir = mkdtempSync(join(tmpdir(), "tbc-e2e-codes-"));
  staff = await open(harness.browser);
  // Signed in in English (the helper waits for the English "Sign out"), then switched to French.
  await signIn(staff.page, harness.base, "staff@example.org", "/account");
  await staff.page.evaluate(() => localStorage.setItem("tbc.locale", "fr"));
});

afterAll(async () => {
  await staff?.context.close();
  await harness?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * What the page should say for a code: the French dictionary's text when the page is in French.
 * Until the French dictionary is wired into the i18n module (the `i18n` helper's work) the page stays
 * English and shows the catalogue's sentence; once it is, <html lang="fr"> and the French text.
 */
async function expected(page: Page, french: string, english: string): Promise<string> {
  const lang = await page.evaluate(() => document.documentElement.lang);
  return lang === "fr" ? french : english;
}

describe("a refused form value, in French", () => {
  it("a common password: the server's code under the field, in the user's language", async () => {
    const { page } = staff;
    await page.goto(`${harness.base}/account`);
    const change = page.getByTestId("change-password");
    await change.locator("#change-password_current").fill("turnbackcrime");
    // Long enough for the browser's own check (12 characters): only the server knows the list.
    await change.locator("#change-password_next").fill("password1234");
    await change.locator("#change-password_repeat").fill("password1234");
    await change.locator("button[type=submit]").click();

    const next = change.locator(".ant-form-item", { has: page.locator("#change-password_next") });
    const text = await expected(
      page,
      frCodes.validation.password_common,
      formatMessage("validation.password_common"),
    );
    await eventually(() => next.locator(".ant-form-item-explain-error").textContent()).toBe(text);
    await shot(page, "codes-01-common-password-fr");
    expect(staff.errors).toEqual([]);
  });

  it("a wrong current password: another code, on its own field", async () => {
    const { page } = staff;
    await page.goto(`${harness.base}/account`);
    const change = page.getByTestId("change-password");
    await change.locator("#change-password_current").fill("not the current one");
    await change.locator("#change-password_next").fill("violet tractor harbour");
    await change.locator("#change-password_repeat").fill("violet tractor harbour");
    await change.locator("button[type=submit]").click();

    const current = change.locator(".ant-form-item", { has: page.locator("#change-password_current") });
    const text = await expected(
      page,
      frCodes.account.wrong_password,
      formatMessage("account.wrong_password"),
    );
    await eventually(() => current.locator(".ant-form-item-explain-error").textContent()).toBe(text);
    expect(staff.errors).toEqual([]);
  });
});

describe("an import's row errors, in French", () => {
  it("each row error's code and params put into words; the numbers as the locale writes them", async () => {
    const { page } = staff;
    await page.goto(`${harness.base}/operations/import`);
    const file = join(dir, "bad-rows.csv");
    const rows = [
      "Operation Codes A,2022,2022-01/2022-02/2022-03,food,,,France,1,1,,,,,",
      "Operation Codes B,2022,2022-01,food,,,Nethrlands,1,1,,,,,",
    ];
    writeFileSync(file, [OPERATIONS_CSV_HEADER.join(","), ...rows, ""].join("\r\n"));
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByTestId("import-preview").click();
    const table = page.getByTestId("import-errors");
    await eventually(() => table.locator("tbody tr.ant-table-row").count()).toBe(2);
    const messages = table.locator("tbody tr.ant-table-row td:last-child");
    const value = '"2022-01/2022-02/2022-03"';
    // shownText folds every space (U+202F before French ":" and "?" too) into " ": so does the expected text.
    const folded = async (french: string, english: string) =>
      (await expected(page, french, english)).replace(/\s+/g, " ");
    expect(await shownText(messages.nth(0))).toBe(
      await folded(
        frCodes.import.row.months.replace("{{value}}", value),
        formatMessage("import.row.months", { value }),
      ),
    );
    const unknown = { name: '"Nethrlands"', suggestions: '"Netherlands" (NL)' };
    expect(await shownText(messages.nth(1))).toBe(
      await folded(
        frCodes.import.row.unknown_country_suggest
          .replace("{{name}}", unknown.name)
          .replace("{{suggestions}}", unknown.suggestions),
        formatMessage("import.row.unknown_country_suggest", unknown),
      ),
    );
    await shot(page, "codes-02-import-errors-fr");
    expect(staff.errors).toEqual([]);
  });
});
