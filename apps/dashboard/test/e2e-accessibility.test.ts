/// <reference types="node" />
/**
 * Accessibility end to end: axe-core on every page of the menu, the login page, a create and an edit
 * form, the report modal and an import preview, in three display modes (light, dark, right-to-left
 * Arabic). Fails on any serious or critical violation; prints the page × mode table (and writes it as
 * JSON to TBC_AXE_REPORT when set). Steps wait for elements, not for their text, so that the Arabic
 * dictionary does not change what is waited for.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_PASSWORD } from "@tbc/types";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blocking, check, MODES, type Mode, openIn, type Row, report } from "./axe";
import { type Harness, startHarness } from "./harness";
import { GOOD_CSV } from "./operations-csv";
import { api } from "./overview-e2e-helpers";

let harness: Harness;
let dir: string;
const rows: Row[] = [];

beforeAll(async () => {
  harness = await startHarness({ seed: { sampleEngagement: { seed: 1, to: "2024-12-31" } } });
  dir = mkdtempSync(join(tmpdir(), "tbc-e2e-a11y-"));
});

afterAll(async () => {
  // Straight to stdout: vitest keeps a passing test's console quiet, and this table is the point.
  if (rows.length) process.stdout.write(`\n[axe] violations (nodes) by impact\n${report(rows)}\n`);
  await harness?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Signs in through the API and opens `path`; the header's user name says the app took the session. */
async function signIn(page: Page, path: string) {
  const response = await page.request.post(`${harness.base}/trpc/auth.login`, {
    data: { email: "admin@example.org", password: DEMO_PASSWORD },
  });
  expect(response.ok()).toBe(true);
  await page.goto(`${harness.base}${path}`);
  await page.getByTestId("current-user").waitFor();
}

const MENU = [
  "/",
  "/agencies/by-country",
  "/agencies",
  "/outcomes",
  "/operations",
  "/engagement",
  "/aliases",
  "/users",
  "/audit",
  "/account",
  "/agencies/create",
];

// One test per page: each is bounded on its own, so a slow machine stretches the run, not one test.
describe.each(MODES)("accessibility (%s)", (mode: Mode) => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ context, page } = await openIn(harness.browser, mode));
    await signIn(page, "/");
  });

  afterAll(async () => {
    await context?.close();
  });

  async function expectNoBlocking(on: Page, name: string) {
    const found = blocking(await check(on, name, mode, rows));
    expect(found, found.join("\n")).toEqual([]);
  }

  it("has no serious or critical axe violation on the login page", async () => {
    // Signed out: a context of its own.
    const signedOut = await openIn(harness.browser, mode);
    await signedOut.page.goto(`${harness.base}/login`);
    await signedOut.page.locator("form input").first().waitFor();
    await expectNoBlocking(signedOut.page, "/login");
    await signedOut.context.close();
  });

  it.each(MENU)("has no serious or critical axe violation on %s", async (path) => {
    await page.goto(`${harness.base}${path}`);
    await page.getByTestId("current-user").waitFor();
    await expectNoBlocking(page, path);
  });

  it("has no serious or critical axe violation on an operation's edit form", async () => {
    const { data } = await api(page, "operations", "list", { pagination: { currentPage: 1, pageSize: 1 } });
    const id = data[0]?.id;
    expect(id).toBeDefined();
    await page.goto(`${harness.base}/operations/edit/${id}`);
    await page.locator("form input").first().waitFor();
    await expectNoBlocking(page, "/operations/edit/:id");
  });

  it("has no serious or critical axe violation in the report modal", async () => {
    await page.goto(`${harness.base}/`);
    await page.getByTestId("report-button").click();
    await page.getByTestId("report-title").waitFor();
    await expectNoBlocking(page, "report modal");
  });

  it("has no serious or critical axe violation in an import preview", async () => {
    await page.goto(`${harness.base}/operations/import`);
    const file = join(dir, `two-operations-${mode}.csv`);
    writeFileSync(file, GOOD_CSV);
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByTestId("import-preview").click();
    await page.getByTestId("import-rows").waitFor();
    await expectNoBlocking(page, "import preview");
  });
});
