/// <reference types="node" />
/**
 * End to end for the language (issue 14): the switch in the header changes the page's language,
 * <html lang dir>, antd's direction and the country names (i18n-iso-countries' own locale data); the
 * choice survives a reload and, saved in the profile, follows the user to a fresh browser. Against
 * the real server with the demo seed; screenshots in /work/shots/i18n/ when SHOTS_DIR is unset.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { DEMO_PASSWORD } from "@tbc/types";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, type Harness, open, painted, signIn, startHarness } from "./harness";

const require = createRequire(import.meta.url);
const frenchNames = new Set(
  Object.values(
    (
      JSON.parse(readFileSync(require.resolve("i18n-iso-countries/langs/fr.json"), "utf8")) as {
        countries: Record<string, string | string[]>;
      }
    ).countries,
  ).flat(),
);

let harness: Harness;
const SHOTS = process.env.SHOTS_DIR ?? "/work/shots/i18n/";

async function look(page: Page, name: string) {
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => window.scrollTo(0, 0));
  await painted(page);
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true });
}

/** The login form by its fields' ids, whatever language its labels are in. */
async function signInAnyLanguage(page: Page, email: string) {
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(DEMO_PASSWORD);
  await page.locator("form button[type=submit]").click();
  await page.waitForURL((url) => url.pathname === "/");
  await page.getByTestId("current-user").waitFor();
}

const html = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

/** The profile's language, as the server reports it to this browser's session. */
const profileLocale = (page: Page, base: string) =>
  page.request
    .get(`${base}/trpc/auth.me`)
    .then((r) => r.json() as Promise<{ result: { data: { locale: string | null } | null } }>)
    .then((body) => body.result.data?.locale);

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe("the language switch", () => {
  it("switches to French, survives a reload, and follows the user to a fresh browser", async () => {
    const first = await open(harness.browser);
    const { page } = first;
    await signIn(page, harness.base, "viewer@example.org", "/agencies/by-country");
    expect(await html(page)).toEqual({ lang: "en", dir: "ltr" });
    const rows = page.getByTestId("country-table").locator("tbody tr.ant-table-row");
    await rows.first().waitFor();
    const english = ((await rows.first().locator("td").first().textContent()) ?? "").trim();

    const options = await page
      .getByTestId("locale-switch")
      .locator("option")
      .evaluateAll((list) => list.map((o) => `${o.getAttribute("lang")}:${o.textContent}`));
    expect(options).toEqual(["en:English", "fr:Français", "es:Español", "ar:العربية"]);
    await page.getByTestId("locale-switch").selectOption("fr");
    await eventually(() => html(page)).toEqual({ lang: "fr", dir: "ltr" });
    await eventually(() => profileLocale(page, harness.base)).toBe("fr");
    expect(await page.evaluate(() => localStorage.getItem("tbc.locale"))).toBe("fr");
    // Country names come from the package's French data: every named row is a French name.
    await eventually(async () => {
      const names = await rows.evaluateAll((trs) =>
        trs.map((tr) => tr.querySelector("td")?.textContent ?? ""),
      );
      return names.filter((n) => frenchNames.has(n)).length > names.length / 2;
    }).toBe(true);
    const french = ((await rows.first().locator("td").first().textContent()) ?? "").trim();
    expect(french).not.toBe(english);
    await look(page, "by-country-fr");

    await page.reload();
    await page.getByTestId("locale-switch").waitFor();
    expect(await html(page)).toEqual({ lang: "fr", dir: "ltr" });
    expect(await page.getByTestId("locale-switch").inputValue()).toBe("fr");

    // A fresh browser: nothing stored, English by the browser's language until the profile says French.
    const fresh = await open(harness.browser);
    await fresh.page.goto(`${harness.base}/login`);
    await signInAnyLanguage(fresh.page, "viewer@example.org");
    await eventually(() => html(fresh.page)).toEqual({ lang: "fr", dir: "ltr" });
    expect(await fresh.page.getByTestId("locale-switch").inputValue()).toBe("fr");
    expect([...first.errors, ...fresh.errors]).toEqual([]);
    await first.context.close();
    await fresh.context.close();
  });

  it("Arabic lays the page out right to left, antd included", async () => {
    const { context, page, errors } = await open(harness.browser);
    await signIn(page, harness.base, "staff@example.org", "/");
    await page.getByTestId("locale-switch").selectOption("ar");
    await eventually(() => html(page)).toEqual({ lang: "ar", dir: "rtl" });
    // antd's ConfigProvider direction: its components carry the -rtl class.
    await page.locator(".ant-layout-rtl, .ant-menu-rtl").first().waitFor();
    await look(page, "overview-ar");
    await page.goto(`${harness.base}/agencies/by-country`);
    await page.getByTestId("country-table").locator("tbody tr.ant-table-row").first().waitFor();
    await look(page, "by-country-ar");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("before sign-in the login page offers the switch and the browser's choice holds", async () => {
    const { context, page, errors } = await open(harness.browser);
    await page.goto(`${harness.base}/login`);
    await page.getByTestId("locale-switch").selectOption("es");
    await eventually(() => html(page)).toEqual({ lang: "es", dir: "ltr" });
    await page.reload();
    await page.getByTestId("locale-switch").waitFor();
    expect(await html(page)).toEqual({ lang: "es", dir: "ltr" });
    await look(page, "login-es");
    // The manager never chose a language: signing in keeps this browser's.
    await signInAnyLanguage(page, "manager@example.org");
    expect(await html(page)).toEqual({ lang: "es", dir: "ltr" });
    expect(await profileLocale(page, harness.base)).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });
});
