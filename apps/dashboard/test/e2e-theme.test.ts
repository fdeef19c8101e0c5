/// <reference types="node" />
/**
 * Dark mode and right-to-left, in the built dashboard in chromium. Dark: a system asking for dark
 * gets a dark layout, the header's switch set to Light overrides it and survives a reload, and a
 * chart's axis text stays readable on its card (WCAG AA, 4.5:1). RTL: the sider stands on the
 * right, a table's first column is the rightmost, a time chart's first year is on the right.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, type Harness, signIn, startHarness } from "./harness";
import { contrast, openLook, screenshotDir } from "./small-screen-helpers";

const DESKTOP = { width: 1440, height: 900 };
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** The layout's background as rgb components. */
const layoutBackground = (page: Page) =>
  page
    .locator(".ant-layout")
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);

const isDark = (rgb: string) => {
  const [r = 255, g = 255, b = 255] = (rgb.match(/\d+/g) ?? []).map(Number);
  return r + g + b < 3 * 64;
};

async function chooseTheme(page: Page, label: "Light" | "Dark" | "As the system") {
  await page.getByTestId("theme-switch").selectOption({ label });
}

describe("dark mode", () => {
  it("follows a dark system; the switch set to Light overrides it and persists after a reload", async () => {
    const { context, page, errors } = await openLook(harness.browser, { dark: true, viewport: DESKTOP });
    await signIn(page, harness.base, "viewer@example.org", "/account");
    await eventually(async () => isDark(await layoutBackground(page))).toBe(true);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    // The switch names the current choice for screen readers.
    await expect
      .poll(() => page.getByTestId("theme-switch").getAttribute("aria-label"))
      .toBe("Theme: As the system");

    await chooseTheme(page, "Light");
    await eventually(async () => isDark(await layoutBackground(page))).toBe(false);
    expect(await page.evaluate(() => localStorage.getItem("tbc.theme"))).toBe("light");
    await page.reload();
    await page.getByTestId("theme-switch").waitFor();
    await eventually(async () => isDark(await layoutBackground(page))).toBe(false);
    expect(await page.getByTestId("theme-switch").getAttribute("aria-label")).toBe("Theme: Light");

    // Back to following the system, which is still dark.
    await chooseTheme(page, "As the system");
    await eventually(async () => isDark(await layoutBackground(page))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("follows the system live, and Dark holds on a light system", async () => {
    const { context, page, errors } = await openLook(harness.browser, { viewport: DESKTOP });
    await signIn(page, harness.base, "viewer@example.org", "/account");
    await eventually(async () => isDark(await layoutBackground(page))).toBe(false);
    await page.emulateMedia({ colorScheme: "dark" });
    await eventually(async () => isDark(await layoutBackground(page))).toBe(true);
    await page.emulateMedia({ colorScheme: "light" });
    await eventually(async () => isDark(await layoutBackground(page))).toBe(false);
    await chooseTheme(page, "Dark");
    await eventually(async () => isDark(await layoutBackground(page))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("draws a chart's axis text at 4.5:1 or more against its card", async () => {
    const { context, page, errors } = await openLook(harness.browser, { dark: true, viewport: DESKTOP });
    await signIn(page, harness.base, "viewer@example.org");
    const card = page.getByTestId("overview-outcomes");
    // Below the fold at this size: scrolled to, as a reader would.
    await card.scrollIntoViewIfNeeded();
    await card.locator(".recharts-cartesian-axis-tick-value").first().waitFor();
    const colours = await card.evaluate((el) => ({
      card: getComputedStyle(el).backgroundColor,
      ticks: [...el.querySelectorAll(".recharts-cartesian-axis-tick-value")].map(
        (t) => getComputedStyle(t).fill,
      ),
      legend: [...el.querySelectorAll(".tbc-legend-item-text")].map((t) => getComputedStyle(t).color),
    }));
    expect(isDark(colours.card)).toBe(true);
    expect(colours.ticks.length).toBeGreaterThan(0);
    for (const tick of colours.ticks) expect(contrast(tick, colours.card)).toBeGreaterThanOrEqual(4.5);
    for (const text of colours.legend) expect(contrast(text, colours.card)).toBeGreaterThanOrEqual(4.5);
    await page.screenshot({ path: `${screenshotDir()}/dark-overview-desktop.png`, fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("right to left", () => {
  it("puts the sider on the right and a table's first column rightmost", async () => {
    const { context, page, errors } = await openLook(harness.browser, { rtl: true, viewport: DESKTOP });
    await signIn(page, harness.base, "viewer@example.org", "/agencies");
    const sider = await page.locator(".ant-layout-sider").boundingBox();
    expect(sider).not.toBeNull();
    expect(Math.round((sider?.x ?? 0) + (sider?.width ?? 0))).toBe(DESKTOP.width);
    const table = page.getByTestId("agencies-table");
    await table.locator("tbody tr.ant-table-row").first().waitFor();
    const heads = await table.locator("thead th").evaluateAll((ths) =>
      ths.map((th) => {
        const r = th.getBoundingClientRect();
        return { left: r.left, right: r.right, width: r.width };
      }),
    );
    const shown = heads.filter((h) => h.width > 0);
    expect(shown.length).toBeGreaterThan(1);
    const first = shown[0];
    for (const other of shown.slice(1)) expect(first?.right ?? 0).toBeGreaterThan(other.right);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("runs a time chart's years from right to left (on a phone)", async () => {
    const { context, page, errors } = await openLook(harness.browser, { rtl: true });
    await signIn(page, harness.base, "viewer@example.org");
    await page.getByTestId("overview-outcomes").scrollIntoViewIfNeeded();
    const axis = page.getByTestId("overview-outcomes").locator(".recharts-xAxis-tick-labels");
    await axis.locator(".recharts-cartesian-axis-tick-value").first().waitFor();
    const ticks = await axis
      .locator(".recharts-cartesian-axis-tick-value")
      .evaluateAll((els) =>
        els.map((el) => ({ text: el.textContent ?? "", x: el.getBoundingClientRect().x })),
      );
    const years = ticks
      .map((t) => ({ year: Number(/\d{4}/.exec(t.text)?.[0]), x: t.x }))
      .filter((t) => Number.isFinite(t.year))
      .sort((a, b) => a.year - b.year);
    expect(years.length).toBeGreaterThan(1);
    const xs = years.map((y) => y.x);
    // Earliest year rightmost, each later year further left.
    expect(xs).toEqual([...xs].sort((a, b) => b - a));
    // The value axis stands on the right, beside the first year.
    const yAxis = await page
      .getByTestId("overview-outcomes")
      .locator(".recharts-yAxis-tick-labels")
      .boundingBox();
    const xAxis = await axis.boundingBox();
    expect((yAxis?.x ?? 0) + (yAxis?.width ?? 0) / 2).toBeGreaterThan(
      (xAxis?.x ?? 0) + (xAxis?.width ?? 0) / 2,
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
