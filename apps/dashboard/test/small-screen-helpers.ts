/// <reference types="node" />
/**
 * What the small-screen, dark-mode and RTL browser tests share: a phone-sized context, the pages of
 * the menu, and measurements taken in the page (overflow, what covers a point, contrast).
 */
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { PATIENCE_MS } from "./harness";

export const PHONE = { width: 390, height: 844 } as const;

/** Every list page of the menu an admin sees, with a name for its screenshot; `range`: it has a date range. */
export const MENU_PAGES = [
  { name: "overview", path: "/", range: true },
  { name: "agencies-by-country", path: "/agencies/by-country" },
  { name: "agencies", path: "/agencies" },
  { name: "outcomes", path: "/outcomes" },
  { name: "operations", path: "/operations" },
  { name: "operations-import", path: "/operations/import" },
  { name: "engagement", path: "/engagement", range: true },
  { name: "engagement-import", path: "/engagement/import" },
  { name: "aliases", path: "/aliases" },
  { name: "users", path: "/users" },
  { name: "audit", path: "/audit" },
  { name: "account", path: "/account" },
] as const satisfies readonly { name: string; path: string; range?: boolean }[];

/** TBC_SCREENSHOT_DIR (for the README), else a fresh temporary directory. */
export function screenshotDir(): string {
  const dir = process.env.TBC_SCREENSHOT_DIR;
  if (dir) {
    mkdirSync(dir, { recursive: true });
    return dir;
  }
  return mkdtempSync(join(tmpdir(), "tbc-shots-"));
}

export type Look = { dark?: boolean; rtl?: boolean; viewport?: { width: number; height: number } };

/**
 * A context with the system's colour scheme as given; RTL is the document's direction, set as soon
 * as the app has set its own from the locale (the app follows <html dir> live: components/direction.ts).
 */
export async function openLook(
  browser: Browser,
  look: Look,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: look.viewport ?? PHONE,
    reducedMotion: "reduce",
    colorScheme: look.dark ? "dark" : "light",
  });
  if (look.rtl) {
    await context.addInitScript(() => {
      // main.tsx sets <html dir> from the locale once at boot; this puts RTL back right after. The
      // script runs before <html> exists: watch the document for it.
      const force = () => {
        const root = document.documentElement;
        if (root && root.dir !== "rtl") root.dir = "rtl";
      };
      new MutationObserver(force).observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ["dir"],
      });
      force();
    });
  }
  const page = await context.newPage();
  page.setDefaultTimeout(PATIENCE_MS);
  page.setDefaultNavigationTimeout(PATIENCE_MS);
  const errors: string[] = [];
  page.on("pageerror", (err) => errors.push(err.message));
  return { context, page, errors };
}

/**
 * The elements that stick out of the viewport sideways, other than inside a box that scrolls or
 * clips them (a table's scroll container): empty when the document has no horizontal overflow.
 */
export function overflowing(page: Page): Promise<{ scrollWidth: number; width: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const clipped = (el: Element): boolean => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === "auto" || o === "scroll" || o === "hidden" || o === "clip") return true;
      }
      return false;
    };
    const culprits: string[] = [];
    for (const el of document.querySelectorAll("body *")) {
      const r = el.getBoundingClientRect();
      // 2 px: sub-pixel rounding of borders, not content cut off.
      if (r.width === 0 || (r.right <= width + 2 && r.left >= -2) || clipped(el)) continue;
      const id = el.getAttribute("data-testid") ?? el.className.toString().slice(0, 60);
      culprits.push(`${el.tagName.toLowerCase()}.${id} [${Math.round(r.left)}, ${Math.round(r.right)}]`);
      if (culprits.length >= 8) break;
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, culprits };
  });
}

/** Whether the element's centre is the topmost thing there (not under a button or a mask). */
export function uncoveredAtCentre(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!top && (el === top || el.contains(top));
  }, selector);
}

/** WCAG contrast of two CSS colours as the browser resolves them (rgb/rgba, alpha over the second). */
export function contrast(fg: string, bg: string): number {
  const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number) as [number, number, number, number?];
  const [br, bgG, bb] = parse(bg);
  const [fr, fgG, fb, fa = 1] = parse(fg);
  const mix = (f: number, b: number) => f * fa + b * (1 - fa);
  const lum = (r: number, g: number, b: number) => {
    const ch = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
  };
  const a = lum(mix(fr, br), mix(fgG, bgG), mix(fb, bb));
  const b = lum(br, bgG, bb);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
