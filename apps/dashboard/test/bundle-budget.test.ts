/// <reference types="node" />
/**
 * The dashboard's size budget (issue 9): the app shell (everything loaded before any route's own
 * code) ≤ 300 kB gzip (302 since live updates, see budget.ts), and the overview (shell + its route + what it loads for its first drawing)
 * ≤ 450 kB gzip (not met yet: budget.ts holds today's size as a ratchet). Read from the build's manifest, so deterministic; `pnpm test` builds dist/ first.
 * Also: every JS and CSS file over 1 kB has its brotli and gzip copy for the server to send (preCompressed).
 */
import { existsSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  buildSizes,
  kB,
  OVERVIEW_BUDGET,
  OVERVIEW_TARGET,
  readManifest,
  SHELL_BUDGET,
  SHELL_TARGET,
} from "./budget";
import { DIST } from "./harness";

describe("bundle budget", () => {
  const sizes = buildSizes(DIST);
  console.log(
    `[bundle] shell ${kB(sizes.shell)} kB gzip (${sizes.shellFiles.length} files; target ${kB(SHELL_TARGET)} kB), ` +
      `overview ${kB(sizes.overview)} kB gzip (${sizes.overviewFiles.length} files; target ${kB(OVERVIEW_TARGET)} kB)`,
  );

  it(`keeps the app shell within ${kB(SHELL_BUDGET)} kB gzip`, () => {
    expect(sizes.shell).toBeGreaterThan(0);
    expect(sizes.shell, `shell: ${sizes.shellFiles.join(", ")}`).toBeLessThanOrEqual(SHELL_BUDGET);
  });

  it(`keeps the overview's JavaScript within ${kB(OVERVIEW_BUDGET)} kB gzip`, () => {
    expect(sizes.overview).toBeGreaterThan(sizes.shell);
    expect(sizes.overview, `overview: ${sizes.overviewFiles.join(", ")}`).toBeLessThanOrEqual(
      OVERVIEW_BUDGET,
    );
  });

  it("keeps the chart, map, date-picker and export code out of the shell", () => {
    const manifest = readManifest(DIST);
    const shell = new Set(sizes.shellFiles);
    const lazy = Object.values(manifest).filter((c) =>
      /node_modules\/(recharts|d3-geo|topojson-client|jspdf|html2canvas|rc-picker)\//.test(c.src ?? ""),
    );
    for (const chunk of lazy) expect(shell.has(chunk.file), chunk.src).toBe(false);
    for (const file of sizes.shellFiles)
      expect(file).not.toMatch(/recharts|pdf|html2canvas|date-picker|map-shapes/);
  });

  it("ships a brotli and a gzip copy of every script and style sheet", () => {
    const manifest = readManifest(DIST);
    const files = Object.values(manifest).flatMap((c) => [c.file, ...(c.css ?? [])]);
    expect(files.length).toBeGreaterThan(10);
    // Files under 1 kB are sent as they are (vite.config.ts: threshold): compressing gains nothing.
    const worth = files.filter((f) => /\.(js|css)$/.test(f) && statSync(`${DIST}${f}`).size >= 1024);
    expect(worth.length).toBeGreaterThan(10);
    for (const file of worth) {
      expect(existsSync(`${DIST}${file}.br`), `${file}.br`).toBe(true);
      expect(existsSync(`${DIST}${file}.gz`), `${file}.gz`).toBe(true);
    }
  });
});
