/// <reference types="node" />
/**
 * End to end: agencies. Staff register an agency (validation, duplicate warning, list, by-country
 * count, drill-downs); a viewer cannot. Through the shared harness (harness.ts): the built dashboard
 * served by the real server over a fresh SQLite database with the demo seed, in Debian's chromium.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, type Harness, open, shot, signIn, startHarness } from "./harness";

const NEW_AGENCY = "Ontario Provincial Police E2E";

let harness: Harness;
let base: string;

beforeAll(async () => {
  harness = await startHarness();
  base = harness.base;
});

afterAll(async () => {
  await harness?.close();
});

/** Pick an option in an antd Select (searchable or not) by its visible label. */
async function choose(page: Page, label: string, search: string, option: string) {
  const input = page.getByTestId("agency-form").getByLabel(label, { exact: true });
  await input.click();
  if (search) await input.fill(search);
  await page
    .locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: new RegExp(`^${option}$`) })
    .click();
}

/** Total agencies per country on the by-country view, read across the table's pages. */
async function countryTotals(page: Page): Promise<Map<string, number>> {
  const table = page.getByTestId("country-table");
  await table.locator("tbody tr.ant-table-row").first().waitFor();
  const totals = new Map<string, number>();
  for (;;) {
    for (const row of await table.locator("tbody tr.ant-table-row").all()) {
      const cells = await row.locator("td").allInnerTexts();
      totals.set(cells[0] ?? "", Number(cells[3]));
    }
    const next = table.locator(".ant-pagination-next");
    if ((await next.count()) === 0 || (await next.getAttribute("aria-disabled")) === "true") break;
    await next.click();
  }
  return totals;
}

async function kpi(page: Page, key: string): Promise<number> {
  const text = await page.getByTestId(`kpi-${key}`).locator(".ant-statistic-content-value").textContent();
  return Number((text ?? "").replace(/\D/g, ""));
}

describe("dashboard end to end", () => {
  it("staff registers an agency: validation, duplicate warning, list, by-country count", async () => {
    const { context, page, errors } = await open(harness.browser);

    await page.goto(`${base}/`);
    await page.waitForURL("**/login");
    await eventually(() => page.getByTestId("demo-accounts").isVisible()).toBe(true);
    await shot(page, "01-login");

    // The demo list fills the form; signing in lands on the overview, then the by-country view.
    await page.getByRole("button", { name: /staff@example\.org/ }).click();
    expect(await page.getByLabel("Email").inputValue()).toBe("staff@example.org");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await page.getByRole("menuitem", { name: "By country" }).click();
    await page.waitForURL("**/agencies/by-country");
    await eventually(() => page.getByTestId("current-role").textContent()).toBe("Staff");
    const before = await countryTotals(page);
    const registeredBefore = await kpi(page, "registered");
    expect(before.get("Canada")).toBe(1);

    await page.getByRole("menuitem", { name: "Agencies" }).click();
    await page.waitForURL("**/agencies?**");
    await page.getByTestId("agencies-table").locator("tbody tr.ant-table-row").first().waitFor();
    await shot(page, "02-agencies-list");

    await page.getByRole("button", { name: "Create" }).click();
    await page.waitForURL("**/agencies/create");
    const form = page.getByTestId("agency-form");
    await form.waitFor();

    // Client-side validation with the shared zod schema: too short a name, a non-http address.
    await form.getByLabel("Name", { exact: true }).fill("A");
    await form.getByLabel("Website", { exact: true }).fill("ftp://example.org");
    await page.getByRole("button", { name: "Save" }).click();
    await eventually(() =>
      page.getByText("Enter the agency's name (at least 2 characters)").isVisible(),
    ).toBe(true);
    await eventually(() => page.getByText("Use a full http(s):// address").isVisible()).toBe(true);
    await eventually(() => page.getByText("Choose a kind").last().isVisible()).toBe(true);
    await shot(page, "03-create-validation");

    // The same name in the same country, spelled differently: a warning with a link, not a block.
    await form.getByLabel("Name", { exact: true }).fill("royal canadian mounted POLICE");
    await choose(page, "Country", "Cana", "Canada");
    await eventually(() => page.getByTestId("duplicate-warning").textContent()).toContain(
      "Royal Canadian Mounted Police (Canada, Active): the same name.",
    );
    await shot(page, "04-create-duplicate-warning");

    await form.getByLabel("Name", { exact: true }).fill(NEW_AGENCY);
    await eventually(() => page.getByTestId("duplicate-warning").count()).toBe(0);
    await form.getByLabel("Website", { exact: true }).fill("https://www.opp.ca/");
    await choose(page, "Kind", "", "National police");
    await form.getByLabel("Pledged on", { exact: true }).fill("2024-05-01");
    await form.getByLabel("Pledged on", { exact: true }).press("Enter");
    await page.getByRole("button", { name: "Save" }).click();

    // Back on the list: the new agency is there, pending.
    await page.waitForURL(/\/agencies(\?|$)/);
    await page.getByPlaceholder("Search by name").fill("Ontario");
    const row = page.getByTestId("agencies-table").locator("tbody tr.ant-table-row", { hasText: NEW_AGENCY });
    await eventually(() => row.count()).toBe(1);
    await eventually(() => row.textContent()).toContain("Pending");
    await eventually(() => row.textContent()).toContain("Canada");

    await row.getByRole("link", { name: NEW_AGENCY, exact: true }).click();
    await page.waitForURL("**/agencies/show/*");
    await eventually(() => page.getByTestId("agency-details").textContent()).toContain("https://www.opp.ca/");
    await eventually(() => page.getByTestId("agency-audit").textContent()).toContain("staff@example.org");
    expect(await page.getByTestId("approve-button").count()).toBe(0); // staff may not approve
    await shot(page, "05-agency-show");

    // By country: Canada's count went up by one, and so did the registered total.
    await page.getByRole("menuitem", { name: "By country" }).click();
    await page.waitForURL("**/agencies/by-country");
    const after = await countryTotals(page);
    expect(after.get("Canada")).toBe((before.get("Canada") ?? 0) + 1);
    expect(await kpi(page, "registered")).toBe(registeredBefore + 1);
    await page.getByTestId("country-table").locator(".ant-pagination-item-1").click();
    await eventually(() => page.locator(".recharts-bar-rectangle").count()).toBeGreaterThan(0);
    await shot(page, "06-by-country");

    // Drill-down: a country row opens the list filtered on it, and the filter bar shows it.
    await page.getByTestId("country-table").locator("tbody tr", { hasText: "Canada" }).click();
    await page.waitForURL(/filters\[0\]\[field\]=countryCode/);
    await eventually(() => page.getByTestId("agencies-table").locator("tbody tr.ant-table-row").count()).toBe(
      2,
    );
    await eventually(() =>
      page.getByTestId("agency-filters").locator(".ant-select-selection-item").first().textContent(),
    ).toBe("Canada");

    // Drill-down from a bar, with a region whose name has an "&": the URL must survive a reload.
    await page.getByRole("menuitem", { name: "By country" }).click();
    await page.waitForURL("**/agencies/by-country");
    const ticks = page
      .getByTestId("region-chart")
      .locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value");
    await eventually(() => ticks.count()).toBeGreaterThan(0);
    const regions = await ticks.allTextContents();
    const bars = page
      .getByTestId("region-chart")
      .locator(".recharts-bar")
      .first()
      .locator(".recharts-bar-rectangle");
    await bars.nth(regions.indexOf("Asia & South Pacific")).click();
    await page.waitForURL(/filters\[0\]\[field\]=region/);
    const listRows = page.getByTestId("agencies-table").locator("tbody tr.ant-table-row");
    await eventually(() => listRows.count()).toBeGreaterThan(0);
    const drilled = await listRows.count();
    await page.reload();
    await eventually(() => listRows.count()).toBe(drilled);
    await eventually(() =>
      page.getByTestId("agency-filters").locator(".ant-select-selection-item").first().textContent(),
    ).toBe("Asia & South Pacific");

    expect(errors).toEqual([]);
    await context.close();
  });

  it("viewer sees no Create button, a list total, a create page that says no; the API refuses with 403", async () => {
    const { context, page, errors } = await open(harness.browser);
    await signIn(page, base, "viewer@example.org", "/agencies");
    await page.getByTestId("agencies-table").locator("tbody tr.ant-table-row").first().waitFor();
    // Row buttons wait for the same permission answers: once "show" is there, the others are decided.
    await eventually(() => page.locator(".refine-show-button").count()).toBeGreaterThan(0);
    await page.waitForLoadState("networkidle");
    expect(await page.getByRole("button", { name: "Create" }).count()).toBe(0);
    expect(await page.locator(".refine-edit-button").count()).toBe(0);
    // The list says how many there are: "1–20 of 17" on the seeded demo.
    expect(await page.locator(".ant-pagination-total-text").textContent()).toMatch(/^1–\d+ of \d+$/);

    // Opened directly, the create page says so before any input: no form to fill in and fail on Save.
    await page.goto(`${base}/agencies/create`);
    await page.getByTestId("access-denied").waitFor();
    expect(await page.getByTestId("access-denied").textContent()).toContain("You cannot register agencies");
    expect(await page.getByTestId("agency-form").count()).toBe(0);

    const response = await page.evaluate(async () => {
      const res = await fetch("/trpc/agencies.create", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ values: { name: "Viewer Was Here", kind: "other" } }),
      });
      return { status: res.status, body: await res.json() };
    });
    expect(response.status).toBe(403);
    expect(response.body.error.data.code).toBe("FORBIDDEN");

    expect(errors).toEqual([]);
    await context.close();
  });
});
