/// <reference types="node" />
/**
 * Issue 15, end to end: a filter typed on a page whose filters live in the URL, and the page left at
 * once (a menu entry, the browser's Back or Forward) while the URL write is still pending. The
 * browser must stay where the user went, and the page's own history entry must keep what it showed.
 *
 * Each page runs in a fresh browser context, so the page it leaves to is loaded for the first time
 * (its code is fetched while the list is still on screen: the window where a late write used to
 * send the user back). The page runs on Playwright's clock: where nothing may happen for two
 * seconds, the clock runs them at once (every pending timer fires, a debounced write included), so
 * no test waits for a fixed time.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, type Harness, open, signIn, startHarness } from "./harness";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** A page with URL-synced filters, and how to type in one of its filters. */
type Spec = {
  name: string;
  /** The least role that sees the page. */
  email: string;
  menu: string;
  path: string;
  /** The filter bar's test id: the page is on screen. */
  bar: string;
  /** A page this test has not opened yet, left to through the menu. */
  leaveTo: { menu: string; path: string };
  /** Three values to type, one per leave (menu, Back, Forward). */
  values: [string, string, string];
  /** A typed field applies after a pause (its write is pending); a picked option applies at once. */
  applies: "after a pause" | "at once";
  /** Types the value in the filter: its URL write may still be pending when this returns. */
  type: (page: Page, value: string) => Promise<void>;
  /** The filter's value as the URL has it (undefined: not in the URL). */
  inUrl: (url: URL) => string | undefined;
  /** The filter's value as the filter bar shows it. */
  shown: (page: Page) => Promise<string>;
};

/** A refine list filter's value in the URL: `filters[i][field]=name&filters[i][value]=…`. */
function listFilter(url: URL, field: string, valueKey = "[value]"): string | undefined {
  for (let i = 0; url.searchParams.has(`filters[${i}][operator]`); i++) {
    const own = url.searchParams.get(`filters[${i}][field]`) ?? url.searchParams.get(`filters[${i}][key]`);
    if (own === field) return url.searchParams.get(`filters[${i}]${valueKey}`) ?? undefined;
  }
  return undefined;
}

const typeIn = (placeholder: string) => async (page: Page, value: string) => {
  await page.getByPlaceholder(placeholder).fill(value);
};
const inputValue = (placeholder: string) => (page: Page) => page.getByPlaceholder(placeholder).inputValue();

/** A searchable country select: type the name, Enter picks it. */
const pickCountry = (testId: string) => async (page: Page, name: string) => {
  await page.getByTestId(testId).click();
  await page.keyboard.type(name);
  await page
    .locator(".ant-select-dropdown:visible .ant-select-item-option-active", { hasText: name })
    .waitFor();
  await page.keyboard.press("Enter");
};
const countryShown = (testId: string) => async (page: Page) =>
  (await page.getByTestId(testId).locator(".ant-select-selection-item").textContent()) ?? "";
const COUNTRY_CODES: Record<string, string> = { Canada: "CA", France: "FR", Japan: "JP" };

const SPECS: Spec[] = [
  {
    name: "agencies",
    bar: "agency-filters",
    email: "viewer@example.org",
    menu: "Agencies",
    path: "/agencies",
    leaveTo: { menu: "Outcomes", path: "/outcomes" },
    values: ["Royal", "Police", "Federal"],
    applies: "after a pause",
    type: typeIn("Search by name"),
    inUrl: (url) => listFilter(url, "name"),
    shown: inputValue("Search by name"),
  },
  {
    name: "operations",
    bar: "operation-filters",
    email: "viewer@example.org",
    menu: "Operations",
    path: "/operations",
    leaveTo: { menu: "Engagement", path: "/engagement" },
    values: ["Jupiter", "Pangea", "Opson"],
    applies: "after a pause",
    type: typeIn("Search by name"),
    inUrl: (url) => listFilter(url, "name"),
    shown: inputValue("Search by name"),
  },
  {
    name: "users",
    bar: "user-filters",
    email: "admin@example.org",
    menu: "Users",
    path: "/users",
    leaveTo: { menu: "Audit log", path: "/audit" },
    values: ["manager", "staff", "viewer"],
    applies: "after a pause",
    type: typeIn("Search by email or name"),
    inUrl: (url) => listFilter(url, "search", "[value][0][value]"),
    shown: inputValue("Search by email or name"),
  },
  {
    name: "audit",
    bar: "audit-filters",
    email: "admin@example.org",
    menu: "Audit log",
    path: "/audit",
    leaveTo: { menu: "Users", path: "/users" },
    values: ["admin", "manager", "staff"],
    applies: "after a pause",
    type: typeIn("Email contains…"),
    inUrl: (url) => listFilter(url, "userEmail"),
    shown: inputValue("Email contains…"),
  },
  {
    name: "overview",
    bar: "overview-filters",
    email: "viewer@example.org",
    menu: "Overview",
    path: "/",
    leaveTo: { menu: "Agencies", path: "/agencies" },
    values: ["Canada", "France", "Japan"],
    applies: "at once",
    type: pickCountry("overview-country"),
    inUrl: (url) => {
      const code = url.searchParams.get("country");
      return Object.keys(COUNTRY_CODES).find((name) => COUNTRY_CODES[name] === code);
    },
    shown: countryShown("overview-country"),
  },
  {
    name: "outcomes",
    bar: "outcome-filters",
    email: "viewer@example.org",
    menu: "Outcomes",
    path: "/outcomes",
    leaveTo: { menu: "Operations", path: "/operations" },
    values: ["2012", "2014", "2016"],
    applies: "after a pause",
    type: typeIn("From"),
    inUrl: (url) => url.searchParams.get("yearFrom") ?? undefined,
    shown: inputValue("From"),
  },
  {
    name: "engagement",
    bar: "engagement-filters",
    email: "viewer@example.org",
    menu: "Engagement",
    path: "/engagement",
    leaveTo: { menu: "Outcomes", path: "/outcomes" },
    values: ["Canada", "France", "Japan"],
    applies: "at once",
    type: pickCountry("country-select"),
    inUrl: (url) => {
      const code = url.searchParams.get("country");
      return Object.keys(COUNTRY_CODES).find((name) => COUNTRY_CODES[name] === code);
    },
    shown: countryShown("country-select"),
  },
];

/**
 * Stops the page's timers until staysOn runs them: "type, then leave at once" stays at once however
 * slow the machine is (a debounce that fired between the two would be a different scenario). The
 * clock jumps ahead first, as pauseAt needs a time still to come when it arrives in the page.
 */
async function holdTimers(page: Page) {
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 30_000);
}

/**
 * Where the browser stays while nothing may happen: the "wait two seconds", run at once by
 * the page's clock. A debounced write (400–500 ms) that was not cancelled fires inside runFor and
 * navigates synchronously (React Router's history push), so `location` shows it right after.
 */
async function staysOn(page: Page, path: string) {
  await page.waitForURL((url) => url.pathname === path);
  await page.clock.runFor(2000);
  expect(await page.evaluate(() => window.location.pathname)).toBe(path);
  expect(new URL(page.url()).pathname).toBe(path);
  await page.clock.resume();
}

/** The page is back with `value` in its URL and its filter bar. */
async function showsFilter(page: Page, spec: Spec, value: string) {
  await page.waitForURL((url) => url.pathname === spec.path && spec.inUrl(url) === value);
  await eventually(() => spec.shown(page)).toBe(value);
}

const START = { path: "/agencies/by-country", shown: "country-table" };

describe("a pending filter write never takes the user back (issue 15)", () => {
  for (const spec of SPECS) {
    it(`${spec.name}: leaving through the menu, Back and Forward while a filter is being typed`, async () => {
      const { context, page, errors } = await open(harness.browser);
      await context.clock.install();
      // A page without URL filters first, so that Back from the page under test lands there.
      // Each page on screen before the next click: React Router turns a click on a link to the page
      // it still shows (the next one still loading) into a replace of the new history entry.
      await signIn(page, harness.base, spec.email, START.path);
      await page.getByTestId(START.shown).waitFor();
      await page.getByRole("menuitem", { name: spec.menu }).click();
      await page.waitForURL((url) => url.pathname === spec.path);
      await page.getByTestId(spec.bar).waitFor();
      const [first, second, third] = spec.values;
      const pending = spec.applies === "after a pause";
      const typeThenLeave = async (value: string) => {
        if (pending) await holdTimers(page);
        await spec.type(page, value);
      };

      // 1. Type, leave through the menu at once: the browser stays on the page it went to, and
      //    Back shows the page with the filter the user typed.
      await typeThenLeave(first);
      await page.getByRole("menuitem", { name: spec.leaveTo.menu }).click();
      await staysOn(page, spec.leaveTo.path);
      await page.goBack();
      await showsFilter(page, spec, first);

      // 2. Type, then the browser's Back at once: the browser stays on the page before; Forward
      //    shows the page as it was left in history: unfinished typing was never applied (a pending
      //    write is cancelled), a picked option was.
      await typeThenLeave(second);
      await page.goBack();
      await staysOn(page, START.path);
      await page.goForward();
      await showsFilter(page, spec, pending ? first : second);

      // 3. Type, then the browser's Forward at once: the browser stays on the page after; Back
      //    shows the page as it was left in history.
      await typeThenLeave(third);
      await page.goForward();
      await staysOn(page, spec.leaveTo.path);
      await page.goBack();
      await showsFilter(page, spec, pending ? first : third);

      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
