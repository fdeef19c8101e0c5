/// <reference types="node" />
/**
 * Keyboard and screen-reader paths end to end: controls that were icons alone have names, a chart's
 * table view filters the page as a click on its bar does, and the command palette (Ctrl+K) jumps to
 * pages (as access control allows) and to records found by name.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, type Harness, open, shot, signIn, startHarness } from "./harness";
import { api } from "./overview-e2e-helpers";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

const pathOf = (page: Page) => new URL(page.url()).pathname;
const searchOf = (page: Page) => new URL(page.url()).search;

async function openPalette(page: Page) {
  const search = page.getByRole("combobox", { name: "Search pages, agencies and operations" });
  // The shortcut toggles: pressed while a chosen result's palette is still closing (a loaded machine
  // can take that long), it would close it instead, and the search box found would then go away.
  await search.waitFor({ state: "hidden" });
  await page.keyboard.press("Control+K");
  await search.waitFor();
  return search;
}

describe("keyboard and names", () => {
  it("icon buttons, the chart toggles and the palette button have names", async () => {
    const { context, page, errors } = await open(harness.browser);
    await signIn(page, harness.base, "admin@example.org", "/agencies");
    const { data } = await api(page, "agencies", "list", {
      pagination: { currentPage: 1, pageSize: 10 },
      sorters: [{ field: "name", order: "asc" }],
    });
    const first = data[0];
    if (!first) throw new Error("The demo seed has agencies");
    await page.getByRole("button", { name: `View ${first.name}`, exact: true }).waitFor();
    await page.getByRole("button", { name: `Edit ${first.name}`, exact: true }).waitFor();
    // The icon inside says nothing of its own ("eye").
    expect(await page.getByRole("button", { name: "eye", exact: true }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Search / jump to… Ctrl K" }).count()).toBe(1);

    await page.goto(`${harness.base}/outcomes`);
    const toggle = page.getByTestId("by-crime-area-chart").getByRole("button", { name: "View as table" });
    await toggle.waitFor();
    expect(await toggle.getAttribute("aria-pressed")).toBe("false");
    await page.getByTestId("by-crime-area-chart").getByRole("button", { name: "Export" }).waitFor();
    const figure = page.getByRole("img", { name: "Seized value by crime area" });
    const described = await figure.getAttribute("aria-describedby");
    const summary = await page.locator(`[id="${described}"]`).textContent();
    expect(summary).toMatch(
      /^Seized value by crime area: Drugs to Cybercrime; highest Drugs with \D*3,722,000,000\D*; total \D*6,259,300,000/,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it("Enter on a row of a chart's table view filters as a click on its bar does", async () => {
    const { context, page, errors } = await open(harness.browser);
    await signIn(page, harness.base, "viewer@example.org", "/outcomes");
    const card = page.getByTestId("by-crime-area-chart");
    const drawn = page.locator('[data-testid="by-crime-area-chart"][data-ready="true"]');
    await drawn.waitFor();
    await card.locator(".recharts-bar-rectangle path").first().click();
    await eventually(() => searchOf(page)).toContain("crimeArea");
    const byClick = searchOf(page);

    await page.goto(`${harness.base}/outcomes`);
    await drawn.waitFor();
    const toggle = card.getByRole("button", { name: "View as table" });
    await toggle.click();
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    const table = card.getByRole("table");
    await table.waitFor();
    expect(await table.locator("caption").textContent()).toBe(
      "Seized value by crime area: the chart's figures",
    );
    expect(await table.locator('th[scope="col"]').count()).toBeGreaterThan(1);
    await shot(page, "a11y-outcomes-table-view");
    // From the toggle, Tab until the first row's button has the focus (no pointer from here on).
    const focusedTestId = () => page.evaluate(() => document.activeElement?.getAttribute("data-testid"));
    for (let i = 0; i < 12 && (await focusedTestId()) !== "by-crime-area-chart-table-row"; i++)
      await page.keyboard.press("Tab");
    expect(await focusedTestId()).toBe("by-crime-area-chart-table-row");
    await page.keyboard.press("Enter");
    await eventually(() => searchOf(page)).toBe(byClick);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("Ctrl+K jumps to a page, to an agency by name, and offers a manager no Users", async () => {
    const { context, page, errors } = await open(harness.browser);
    await signIn(page, harness.base, "admin@example.org", "/");
    let search = await openPalette(page);
    await search.fill("Operations");
    await page
      .getByTestId("palette-result")
      .filter({ hasText: /^Operations$/ })
      .waitFor();
    await shot(page, "a11y-palette");
    await search.press("Enter");
    await eventually(() => pathOf(page)).toBe("/operations");

    const { data } = await api(page, "agencies", "list", { pagination: { currentPage: 1, pageSize: 1 } });
    const agency = data[0];
    if (!agency) throw new Error("The demo seed has agencies");
    search = await openPalette(page);
    await search.fill(agency.name);
    await page.getByTestId("palette-result").filter({ hasText: agency.name }).first().waitFor();
    await search.press("Enter");
    await eventually(() => pathOf(page)).toBe(`/agencies/show/${agency.id}`);
    expect(errors).toEqual([]);
    await context.close();

    const manager = await open(harness.browser);
    await signIn(manager.page, harness.base, "manager@example.org", "/");
    const box = await openPalette(manager.page);
    await box.fill("Name mappings");
    await manager.page.getByTestId("palette-result").filter({ hasText: "Name mappings" }).waitFor();
    await box.fill("Users");
    await manager.page.getByText("Nothing found").waitFor();
    await manager.context.close();
  });
});
