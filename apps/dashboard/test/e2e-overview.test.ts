/// <reference types="node" />
/**
 * End to end for the overview (`/`): landing after sign-in, cross-filtering from the map, the chart
 * exports (PNG decoded, SVG parsed, CSV against the API), the tables' server CSV (formula-safe),
 * and the PDF report pack — against the real server and the demo seed with sample engagement.
 * Prints the overview's JS (gzip) and the time to all charts drawn. `pnpm test` builds dist/ first.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  eventually,
  type Harness,
  open,
  PATIENCE_MS,
  SHOTS,
  shot,
  signIn,
  signInThroughLoginPage,
  startHarness,
} from "./harness";
import {
  api,
  CHARTS,
  chartsDrawn,
  clickInside,
  download,
  exportChart,
  gzipSize,
  kpi,
  parseCsv,
  pdfPageCount,
  pngPixels,
  pngSize,
} from "./overview-e2e-helpers";

let harness: Harness;
let dir: string;
const FORMULA_NAME = '=HYPERLINK("http://example.org","click")';

beforeAll(async () => {
  harness = await startHarness({ seed: { sampleEngagement: { seed: 1, to: "2024-12-31" } } });
  dir = mkdtempSync(join(tmpdir(), "tbc-e2e-overview-"));
  // Staff registers an agency whose name a spreadsheet would run as a formula.
  const { context, page } = await open(harness.browser);
  await signIn(page, harness.base, "staff@example.org", "/agencies/by-country");
  const status = await page.evaluate(async (name) => {
    const res = await fetch("/trpc/agencies.create", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ values: { name, kind: "other", countryCode: "FR" } }),
    });
    return res.status;
  }, FORMULA_NAME);
  expect(status).toBe(200);
  await context.close();
});

afterAll(async () => {
  await harness?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("overview end to end", () => {
  it("viewer lands on the overview; a country click filters the page, the tag and Back undo it", async () => {
    const { context, page, errors } = await open(harness.browser);
    await signInThroughLoginPage(page, harness.base, "viewer@example.org");
    await chartsDrawn(page);
    await eventually(() => kpi(page, "agencies")).toBe(17);
    expect(await page.getByTestId("kpi-impressions").getByText("Sample data").count()).toBe(1);
    await eventually(() => page.getByTestId("kpi-agencies-change").textContent()).toMatch(/^[▲▼=] /);
    await shot(page, "overview");

    // Cold load in a fresh context (empty cache): JS fetched and the time to every chart drawn.
    const cold = await harness.browser.newContext({
      viewport: { width: 1440, height: 900 },
      reducedMotion: "reduce",
      storageState: await context.storageState(),
    });
    cold.setDefaultTimeout(PATIENCE_MS);
    cold.setDefaultNavigationTimeout(PATIENCE_MS);
    const coldPage = await cold.newPage();
    const scripts: string[] = [];
    coldPage.on("response", (r) => {
      const { pathname } = new URL(r.url());
      if (pathname.endsWith(".js")) scripts.push(pathname);
    });
    await coldPage.goto(`${harness.base}/`);
    const drawnAt = await chartsDrawn(coldPage);
    const gzip = scripts.reduce((n, s) => n + gzipSize(s), 0);
    console.log(
      `[overview] all ${CHARTS.length} charts drawn ${drawnAt} ms after navigation; ` +
        `${scripts.length} JS files, ${(gzip / 1024).toFixed(1)} kB gzip (map data included)`,
    );
    expect(scripts.some((s) => /\/pdf-|jspdf|html2canvas/.test(s))).toBe(false); // the PDF code waits
    // antd styled the shell and the page, filter bar included, from the build's prebuilt sheet
    // (antd-styles/): none generated here. One that is names a component to add to render.tsx.
    await coldPage.getByTestId("overview-filters-loading").waitFor({ state: "detached" });
    await coldPage.getByTestId("overview-filters").waitFor();
    expect(
      await coldPage.evaluate(() =>
        [...document.querySelectorAll("style[data-css-hash]")].map(
          (s) => s.textContent?.match(/\.ant-[\w-]+/)?.[0] ?? s.getAttribute("data-css-hash"),
        ),
      ),
    ).toEqual([]);
    await cold.close();

    // A click on the United States on the map: the whole page is filtered, in the URL.
    const us = page.locator('[data-testid="overview-map"] path[data-country="US"]');
    await us.scrollIntoViewIfNeeded();
    await clickInside(page, us);
    await page.waitForURL(/[?&]country=US\b/);
    await eventually(() => kpi(page, "agencies")).toBe(3);
    await eventually(() => page.getByTestId("filter-tag-country").textContent()).toBe(
      "United States of America",
    );
    await eventually(() => us.getAttribute("aria-pressed")).toBe("true");
    await shot(page, "overview-filtered");

    // Keyboard: Enter on a focused country selects it too.
    await page.locator('path[data-country="CA"]').focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/[?&]country=CA\b/);
    await eventually(() => kpi(page, "agencies")).toBe(1);
    await page.goBack();
    await page.waitForURL(/[?&]country=US\b/);
    await eventually(() => kpi(page, "agencies")).toBe(3);

    // Sint Maarten has no shape at the map's scale: its agency shows as a point, which selects too.
    const sx = page.locator('[data-testid="overview-map"] circle[data-country="SX"]');
    expect(await sx.getAttribute("aria-label")).toMatch(/^Sint Maarten\b.*: 1 supporting agenc/);
    await sx.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/[?&]country=SX\b/);
    await eventually(() => kpi(page, "agencies")).toBe(1);
    await page.goBack();
    await page.waitForURL(/[?&]country=US\b/);

    // Removing the tag: back to every country.
    await page.getByTestId("filter-tag-country").locator(".ant-tag-close-icon").click();
    await page.waitForURL((url) => !url.searchParams.has("country"));
    await eventually(() => kpi(page, "agencies")).toBe(17);

    // A region bar and a legend entry filter too.
    await page.getByTestId("overview-regions").locator(".recharts-bar-rectangle").first().click();
    await page.waitForURL(/[?&]region=/);
    await page.goBack();
    // The legend's entries are buttons (reachable from the keyboard): Enter on the first one.
    await page.getByTestId("overview-outcomes").locator(".tbc-legend-button").first().press("Enter");
    await page.waitForURL(/[?&]crimeArea=/);
    await eventually(() => page.getByTestId("overview-filter-tags").locator(".ant-tag").count()).toBe(1);

    // Drill-downs: the lists behind the cards, already filtered.
    const area = new URL(page.url()).searchParams.get("crimeArea");
    await page.getByTestId("overview-outcomes-drill").click();
    await page.waitForURL(/\/operations\?.*crimeArea/);
    const areas = page.getByTestId("operations-table").locator("[data-crime-area]");
    await eventually(() => areas.count()).toBeGreaterThan(0);
    expect(
      new Set(await areas.evaluateAll((els) => els.map((e) => e.getAttribute("data-crime-area")))),
    ).toEqual(new Set([area]));
    await page.goBack();
    await page.getByTestId("overview-engagement-drill").click();
    await page.waitForURL(/\/engagement\?from=2014-06-05&to=/);

    expect(errors).toEqual([]);
    await context.close();
  });

  it("every chart exports a real PNG, an SVG with its legend, and the CSV of exactly its data", async () => {
    const { context, page, errors } = await open(harness.browser);
    await signIn(page, harness.base, "viewer@example.org");
    await chartsDrawn(page);

    // PNG at 2×: the composed image (chart + 24 px margins) twice over, and not blank.
    const chartWidth = await page
      .getByTestId("overview-outcomes")
      .locator(".recharts-wrapper > svg")
      .evaluate((svg) => svg.getBoundingClientRect().width);
    const png = await exportChart(page, "overview-outcomes", "PNG image (2×, white background)");
    expect(png.file.suggestedFilename()).toMatch(/^outcomes-over-time-\d{4}-\d{2}-\d{2}\.png$/);
    writeFileSync(`${SHOTS}overview-export.png`, png.bytes);
    const size = pngSize(png.bytes);
    expect(size.width).toBe(2 * Math.ceil(Math.max(Math.round(chartWidth) + 48, 560)));
    const pixels = await pngPixels(page, png.bytes);
    expect(pixels).toMatchObject(size);
    expect(pixels.colours).toBeGreaterThan(20);
    expect(pixels.inked).toBeGreaterThan(0.05);
    const map = await exportChart(page, "overview-map", "PNG image (2×, transparent background)");
    writeFileSync(`${SHOTS}overview-export-map.png`, map.bytes);
    expect((await pngPixels(page, map.bytes)).colours).toBeGreaterThan(5);

    // SVG: parses, and carries the legend the page shows in HTML, and the caption.
    const svg = (await exportChart(page, "overview-outcomes", "SVG image")).bytes.toString("utf8");
    const legend = await page
      .getByTestId("overview-outcomes")
      .locator(".tbc-legend-item-text")
      .allTextContents();
    expect(legend.length).toBeGreaterThan(2);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        root: doc.documentElement.namespaceURI,
        legend: [...doc.querySelectorAll(".export-legend text")].map((t) => t.textContent),
        text: doc.documentElement.textContent,
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe("http://www.w3.org/2000/svg");
    expect(parsed.legend).toEqual(legend);
    expect(parsed.text).toContain("Filters: Period:");
    expect(parsed.text).toContain("Source: INTERPOL press releases");

    // CSV of the map: exactly overview.map's rows, under readable headers.
    const csv = parseCsv(
      (await exportChart(page, "overview-map", "CSV of the chart's data")).bytes.toString("utf8"),
    );
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    });
    const rows = await api(page, "overview", "map", {
      filters: { from: "2014-06-05", to: today },
      layer: "agencies",
    });
    expect(csv[0]).toEqual(["Country code", "Country", "Region", "Supporting agencies"]);
    expect(csv.slice(1)).toEqual(rows.map((r) => [r.code, r.name, r.region, String(r.value)]));

    // The engagement card's first month (the period starts on 5 June) holds only some of its days:
    // said so in a CSV column (and drawn apart from the lines, as hollow points).
    const engagement = parseCsv(
      (await exportChart(page, "overview-engagement", "CSV of the chart's data")).bytes.toString("utf8"),
    );
    expect(engagement[0]?.at(-1)).toBe("Partial");
    expect(
      engagement
        .slice(1)
        .filter((r) => r.at(-1) === "true")
        .map((r) => r[0]),
    ).toEqual(["2014-06-01"]);
    // Its hollow points: one per channel with a value that month, all at that month (one x).
    const partialRow = engagement.slice(1).find((r) => r.at(-1) === "true") ?? [];
    const reported = partialRow.slice(1, -1).filter((v) => v !== "").length;
    const hollow = page.getByTestId("overview-engagement").locator("circle.tbc-partial-point");
    expect(reported).toBeGreaterThan(0);
    expect(await hollow.count()).toBe(reported);
    expect(new Set(await hollow.evaluateAll((cs) => cs.map((c) => c.getAttribute("cx")))).size).toBe(1);
    // Ten years of months: the time axis marks years, in order, every one within the series.
    const years = (
      await page
        .getByTestId("overview-engagement")
        .locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value")
        .allTextContents()
    ).map(Number);
    const first = Number(engagement[1]?.[0]?.slice(0, 4));
    const last = Number(engagement.at(-1)?.[0]?.slice(0, 4));
    expect(years.length).toBeGreaterThan(2);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    for (const year of years) expect(year > first && year <= last).toBe(true);

    // The retrofitted cards: Outcomes (CSV = its bars) and Agencies by country (legend in the SVG).
    await page.goto(`${harness.base}/outcomes`);
    const bars = page.getByTestId("by-crime-area-chart").locator(".recharts-bar-rectangle");
    await eventually(() => bars.count()).toBeGreaterThan(0);
    const seized = parseCsv(
      (await exportChart(page, "by-crime-area-chart", "CSV of the chart's data")).bytes.toString(),
    );
    expect(seized[0]).toEqual(["Crime area", "Seized value (USD)", "Operations reporting it", "Operations"]);
    expect(seized.length - 1).toBe(await bars.count());
    await page.goto(`${harness.base}/agencies/by-country`);
    await page.locator('[data-testid="region-chart"][data-ready="true"]').waitFor();
    const regions = (await exportChart(page, "region-chart", "SVG image")).bytes.toString();
    expect(regions).toMatch(/>Active<\/text>[\s\S]*>Pending<\/text>/);

    expect(errors).toEqual([]);
    await context.close();
  });

  it("tables export their full filtered result as formula-safe CSV", async () => {
    const { context, page, errors } = await open(harness.browser);
    await signIn(page, harness.base, "viewer@example.org", "/agencies");
    await page.getByTestId("agencies-table").locator("tbody tr.ant-table-row").first().waitFor();
    const all = parseCsv(
      (await download(page, () => page.getByTestId("export-agencies-csv").click())).bytes.toString("utf8"),
    );
    const total = await api(page, "agencies", "list", {
      pagination: { currentPage: 1, pageSize: 1 },
    });
    expect(all[0]).toEqual(["Name", "Acronym", "Country", "Region", "Kind", "Status", "Pledged on"]);
    expect(all.length - 1).toBe(total.total); // every page, not the 20 rows on screen
    expect(total.total).toBe(18);

    // Filtered on the formula-like name: one row, neutralised with a leading '.
    const filter = `filters[0][field]=name&filters[0][operator]=contains&filters[0][value]=${encodeURIComponent("HYPERLINK")}`;
    await page.goto(`${harness.base}/agencies?${filter}`);
    await eventually(() => page.getByTestId("agencies-table").locator("tbody tr.ant-table-row").count()).toBe(
      1,
    );
    const one = parseCsv(
      (await download(page, () => page.getByTestId("export-agencies-csv").click())).bytes.toString("utf8"),
    );
    expect(one).toHaveLength(2);
    expect(one[1]?.[0]).toBe(`'${FORMULA_NAME}`);

    // The operations list too, with its filters.
    await page.goto(`${harness.base}/operations`);
    await page.getByTestId("operations-table").locator("tbody tr.ant-table-row").first().waitFor();
    const ops = parseCsv(
      (await download(page, () => page.getByTestId("export-operations-csv").click())).bytes.toString("utf8"),
    );
    expect(ops.length - 1).toBe(58);
    expect(ops[0]?.[0]).toBe("Operation");

    // Staff: the import history (the seed's import is in it).
    const staff = await open(harness.browser);
    await signIn(staff.page, harness.base, "staff@example.org", "/operations/import");
    await staff.page.getByTestId("import-history").locator("tbody tr.ant-table-row").first().waitFor();
    const history = parseCsv(
      (await download(staff.page, () => staff.page.getByTestId("export-imports-csv").click())).bytes.toString(
        "utf8",
      ),
    );
    expect(history[0]).toEqual([
      "When",
      "By",
      "File",
      "Created",
      "Updated",
      "Unchanged",
      "Rejected",
      "Status",
    ]);
    expect(history.some((row) => row[2] === "operations.csv (seed)")).toBe(true);
    expect(staff.errors).toEqual([]);
    await staff.context.close();

    expect(errors).toEqual([]);
    await context.close();
  });

  it("the report pack: one PDF, a cover, a page per chart, paginated tables, page numbers", async () => {
    const { context, page, errors } = await open(harness.browser);
    await signIn(page, harness.base, "viewer@example.org", "/?region=Americas");
    await chartsDrawn(page);

    await page.getByTestId("report-button").click();
    await page.getByTestId("report-title").fill("Leadership pack: Americas");
    const { bytes } = await download(page, () => page.getByTestId("report-generate").click());
    const pdf = join(dir, "report.pdf");
    writeFileSync(pdf, bytes);
    const text = bytes.toString("latin1");
    expect(text.startsWith("%PDF-")).toBe(true);
    // Cover + key figures + 4 charts + top operations of the Americas (one page).
    expect(pdfPageCount(bytes)).toBe(7);
    expect(text).toContain("Page 7 of 7");
    expect(text).toContain("Leadership pack: Americas");
    expect(text).toContain("Region: Americas");
    expect(text).toContain("INTERPOL press releases and other published sources");
    expect(text).toContain("generated sample data");
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "3", pdf, `${SHOTS}overview-report`]);
    // The key figures say what the cards say: coverage, unknown pledge dates, filters that do not
    // apply, and why a change is missing — in the cards' own words.
    const words = execFileSync("pdftotext", [pdf, "-"]).toString("utf8").replace(/\s+/g, " ");
    for (const id of ["kpi-arrests-note", "kpi-seizedValueUsd-note", "kpi-agencies-note-1"]) {
      const note = (await page.getByTestId(id).textContent()) ?? "";
      expect(note).toMatch(/reported by \d+ of \d+ operations|supporting since an unknown date/);
      expect(words).toContain(note);
    }
    // The impressions KPI is global: the PDF says the region filter does not apply (the card's
    // engagement chart says so in its subtitle).
    expect(words).toContain("Not filtered by Region");
    expect(words).toContain("count on the day results were announced");
    for (const key of ["arrests", "impressions"]) {
      expect(words).toContain((await page.getByTestId(`kpi-${key}-change`).textContent()) ?? "");
    }

    // Only the top operations of all time: a table continued over pages.
    await page.goto(`${harness.base}/?period=all`);
    await chartsDrawn(page);
    await page.getByTestId("report-button").click();
    const boxes = page.locator(".ant-modal input[type=checkbox]");
    await page.getByTestId("report-all").click(); // none
    await eventually(() => boxes.evaluateAll((els) => els.some((e) => (e as HTMLInputElement).checked))).toBe(
      false,
    );
    const topBox = page.getByRole("checkbox", { name: "Top operations by arrests" });
    await topBox.click();
    await eventually(() => topBox.isChecked()).toBe(true);
    const top = (await download(page, () => page.getByTestId("report-generate").click())).bytes;
    expect(pdfPageCount(top)).toBeGreaterThanOrEqual(3);
    expect(top.toString("latin1")).toContain("Top operations by arrests \\(continued\\)");
    writeFileSync(join(dir, "top.pdf"), top);
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "60",
      "-f",
      "2",
      "-l",
      "3",
      join(dir, "top.pdf"),
      `${SHOTS}overview-report-top`,
    ]);

    expect(errors).toEqual([]);
    await context.close();
  });
});
