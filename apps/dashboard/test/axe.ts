/// <reference types="node" />
/**
 * axe-core in the e2e tests: run it on a page, keep what it found per page and display mode, and
 * print (and, with TBC_AXE_REPORT, write as JSON) a table of violations by impact.
 */
import { writeFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { open, painted } from "./harness";

export type Mode = "light" | "dark" | "rtl";
export const MODES: readonly Mode[] = ["light", "dark", "rtl"];
const IMPACTS = ["critical", "serious", "moderate", "minor"] as const;
type Impact = (typeof IMPACTS)[number];

export type Finding = { rule: string; impact: Impact; help: string; targets: string[] };
export type Row = { page: string; mode: Mode; counts: Record<Impact, number>; findings: Finding[] };

/**
 * A browser context in a display mode. Dark: the stored preference and the system's colour scheme
 * (whichever the theme follows). RTL: Arabic as the stored locale; the document's direction is also
 * set here so that the check covers right-to-left layout even where the dictionary is not there yet.
 */
export async function openIn(browser: Browser, mode: Mode): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page } = await open(browser);
  if (mode === "dark") await page.emulateMedia({ colorScheme: "dark" });
  await context.addInitScript((m: Mode) => {
    if (m === "dark") localStorage.setItem("tbc.theme", "dark");
    if (m === "rtl") {
      localStorage.setItem("tbc.locale", "ar");
      document.documentElement.dir = "rtl";
      document.documentElement.lang = "ar";
    }
  }, mode);
  return { context, page };
}

/**
 * Waits until the page has settled: no request in flight, no skeleton (a card or list loading), and a
 * frame drawn after that.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  await page.locator(".ant-skeleton").first().waitFor({ state: "detached" });
  await painted(page);
}

/** Runs axe on the page as it is (every rule axe enables by default) and records the result. */
export async function check(page: Page, name: string, mode: Mode, rows: Row[]): Promise<Row> {
  await settled(page);
  const result = await new AxeBuilder({ page }).analyze();
  const counts = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  const findings: Finding[] = [];
  for (const v of result.violations) {
    const impact = (v.impact ?? "minor") as Impact;
    counts[impact] += v.nodes.length;
    findings.push({
      rule: v.id,
      impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(" ")),
    });
  }
  const row = { page: name, mode, counts, findings };
  // Progress as it goes: a page that never settles is then named by the last line.
  process.stdout.write(`[axe] ${name} ${mode}: ${JSON.stringify(counts)}\n`);
  rows.push(row);
  return row;
}

/** The violations a test fails on, one line each: rule, impact, what it means, where. */
export function blocking(row: Row): string[] {
  return row.findings
    .filter((f) => f.impact === "critical" || f.impact === "serious")
    .map((f) => `${row.page} [${row.mode}] ${f.rule} (${f.impact}): ${f.help} → ${f.targets.join(" | ")}`);
}

/** page × mode → violations (nodes) by impact, as a console table; JSON to TBC_AXE_REPORT if set. */
export function report(rows: readonly Row[]): string {
  const header = ["page", "mode", ...IMPACTS];
  const lines = rows.map((r) => [r.page, r.mode, ...IMPACTS.map((i) => String(r.counts[i]))]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? "").length)));
  const format = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ");
  const table = [format(header), ...lines.map(format)].join("\n");
  const file = process.env.TBC_AXE_REPORT;
  if (file) writeFileSync(file, `${JSON.stringify(rows, null, 2)}\n`);
  return table;
}
