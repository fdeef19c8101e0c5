/// <reference types="node" />
/**
 * Every page of the menu on a phone (390 × 844), light and left-to-right, then dark and right-to-
 * left: nothing sticks out sideways (tables scroll inside their own box), the menu is a drawer
 * whose first entry is not covered by the button that opened it, the date ranges are whole on
 * screen. A screenshot per page goes to TBC_SCREENSHOT_DIR (default: a temporary directory).
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, type Harness, painted, RAW_KEY, signIn, startHarness } from "./harness";
import {
  type Look,
  MENU_PAGES,
  openLook,
  overflowing,
  PHONE,
  screenshotDir,
  uncoveredAtCentre,
} from "./small-screen-helpers";

/** antd's range pickers, and the overview's stand-in drawn until its picker loads. */
const RANGES = '.ant-picker-range, [data-testid="overview-range"]';

let harness: Harness;
const shots = screenshotDir();

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** The page has drawn: no spinner or skeleton left (cards, tables, the map), no raw key. */
async function settled(page: Page) {
  await page.waitForLoadState("networkidle");
  await eventually(() => page.locator(".ant-spin-spinning, .ant-skeleton-active").count()).toBe(0);
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is checked
  await eventually(() => page.locator("body").innerText()).not.toMatch(RAW_KEY);
  await painted(page);
}

async function expectNoOverflow(page: Page, where: string) {
  const result = await overflowing(page);
  expect({ where, ...result }).toEqual({
    where,
    scrollWidth: result.scrollWidth,
    width: PHONE.width,
    culprits: [],
  });
  expect(result.scrollWidth, where).toBeLessThanOrEqual(PHONE.width + 1);
}

/** Every date range picker on the page lies wholly within the viewport. */
async function expectDateRangesVisible(page: Page, where: string) {
  const boxes = await page.locator(RANGES).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { left: Math.round(r.left), right: Math.round(r.right), width: Math.round(r.width) };
    }),
  );
  for (const box of boxes) {
    expect(box.left, where).toBeGreaterThanOrEqual(0);
    expect(box.right, where).toBeLessThanOrEqual(PHONE.width);
    expect(box.width, where).toBeGreaterThan(0);
  }
  return boxes.length;
}

const LOOKS: { name: string; look: Look }[] = [
  { name: "light-ltr", look: {} },
  { name: "dark-rtl", look: { dark: true, rtl: true } },
];

for (const { name, look } of LOOKS) {
  describe(`on a 390 px phone, ${name}`, () => {
    it("shows every page of the admin's menu without sideways overflow, the date ranges whole", async () => {
      const { context, page, errors } = await openLook(harness.browser, look);
      await signIn(page, harness.base, "admin@example.org");
      for (const entry of MENU_PAGES) {
        const { name: pageName, path } = entry;
        await page.goto(`${harness.base}${path}`);
        // The filter bars load after the page's frame: wait for the range where there is one.
        if ("range" in entry) await page.locator(RANGES).first().waitFor();
        await settled(page);
        await expectNoOverflow(page, path);
        const ranges = await expectDateRangesVisible(page, path);
        if ("range" in entry) expect(ranges, path).toBeGreaterThanOrEqual(1);
        await page.screenshot({ path: `${shots}/${name}-${pageName}.png`, fullPage: true });
      }
      expect(errors).toEqual([]);
      await context.close();
    });

    it("opens the menu as a drawer whose first entry is clickable, not under the menu button", async () => {
      const { context, page, errors } = await openLook(harness.browser, look);
      await signIn(page, harness.base, "admin@example.org", "/account");
      await settled(page);
      // No sider on a phone: the menu is behind the header's button.
      expect(await page.locator(".ant-layout-sider").count()).toBe(0);
      const button = page.getByRole("button", { name: "Open the menu" });
      await button.click();
      const drawer = page.getByTestId("menu-drawer");
      await drawer.waitFor();
      const first = drawer.locator(".ant-menu-item").first();
      await first.waitFor();
      await eventually(() => uncoveredAtCentre(page, '[data-testid="menu-drawer"] .ant-menu-item')).toBe(
        true,
      );
      const drawerBox = await page.locator(".ant-drawer-content-wrapper").boundingBox();
      expect(drawerBox).not.toBeNull();
      // From the start edge: the left in LTR, the right in RTL.
      if (look.rtl) expect(Math.round((drawerBox?.x ?? 0) + (drawerBox?.width ?? 0))).toBe(PHONE.width);
      else expect(Math.round(drawerBox?.x ?? -1)).toBe(0);
      await page.screenshot({ path: `${shots}/${name}-menu-drawer.png` });
      await first.click();
      await page.waitForURL((url) => url.pathname === "/");
      await drawer.waitFor({ state: "hidden" });
      expect(errors).toEqual([]);
      await context.close();
    });
  });
}

describe("on a 390 px phone, as a manager", () => {
  it("shows the overview without sideways overflow, its date range whole", async () => {
    const { context, page, errors } = await openLook(harness.browser, {});
    await signIn(page, harness.base, "manager@example.org");
    await page.locator(RANGES).first().waitFor();
    await settled(page);
    await expectNoOverflow(page, "/ (manager)");
    expect(await expectDateRangesVisible(page, "/ (manager)")).toBe(1);
    await page.screenshot({ path: `${shots}/manager-overview.png`, fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});
