/// <reference types="node" />
/**
 * End to end for the exports' issue-14 rules, in the built dashboard against the real server:
 * a chart exported from a dark page is light (SVG parsed, PNG decoded), a report whose text is
 * Arabic embeds the bundled font fetched from the build and prints the words shaped (pdftotext), and
 * the tables' CSV asks the server for the reader's language. Files and pages go to .screenshots/.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, type Harness, open, SHOTS, signIn, startHarness } from "./harness";
import { chartsDrawn, download, exportChart, pngPixels } from "./overview-e2e-helpers";

let harness: Harness;
let dir: string;

beforeAll(async () => {
  harness = await startHarness();
  dir = mkdtempSync(join(tmpdir(), "tbc-e2e-exports-"));
});

afterAll(async () => {
  await harness?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const DARK_TEXT = "rgb(240, 240, 240)";
const DARK_GRID = "rgb(66, 66, 66)";

describe("exports", () => {
  it("a chart exported from a dark page is light: white background, dark text, light grid", async () => {
    const { context, page, errors } = await open(harness.browser);
    await context.addInitScript(() => localStorage.setItem("tbc.theme", "dark"));
    await signIn(page, harness.base, "viewer@example.org");
    await chartsDrawn(page);
    // The chart drawn as a dark theme draws it (light text, dark grid lines), through the CSSOM as
    // a theme's styles would be (the page's CSP lets no test stylesheet in).
    const restyled = await page.evaluate(
      ({ text, grid }) => {
        document.body.style.background = "#141414";
        const card = document.querySelector('[data-testid="overview-outcomes"]');
        const texts = [...(card?.querySelectorAll<SVGElement>(".recharts-text") ?? [])];
        for (const el of texts) el.style.setProperty("fill", text, "important");
        for (const el of card?.querySelectorAll<SVGElement>(".recharts-cartesian-grid line") ?? [])
          el.style.setProperty("stroke", grid, "important");
        return texts.length;
      },
      { text: DARK_TEXT, grid: DARK_GRID },
    );
    expect(restyled).toBeGreaterThan(5);

    const svg = (await exportChart(page, "overview-outcomes", "SVG image")).bytes.toString("utf8");
    writeFileSync(`${SHOTS}exports-dark-page.svg`, svg);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      const root = doc.documentElement;
      const fillOf = (el: Element) =>
        /(?:^|;)fill:([^;]+)/.exec(el.getAttribute("style") ?? "")?.[1]?.trim() ?? el.getAttribute("fill");
      const strokes = [...root.querySelectorAll("line")].map(
        (el) => /(?:^|;)stroke:([^;]+)/.exec(el.getAttribute("style") ?? "")?.[1]?.trim() ?? "",
      );
      return {
        background: root.querySelector(':scope > rect[width="100%"]')?.getAttribute("fill"),
        fills: [...root.querySelectorAll("text")].map(fillOf),
        strokes,
      };
    }, svg);
    expect(parsed.background).toBe("#ffffff");
    expect(parsed.fills.length).toBeGreaterThan(5);
    expect(parsed.fills).not.toContain(DARK_TEXT);
    expect(parsed.strokes.length).toBeGreaterThan(0);
    expect(parsed.strokes).not.toContain(DARK_GRID);

    const png = await exportChart(page, "overview-outcomes", "PNG image (2×, white background)");
    writeFileSync(`${SHOTS}exports-dark-page.png`, png.bytes);
    // Mostly white, not a dark box (a dark background would ink nearly every pixel).
    expect((await pngPixels(page, png.bytes)).inked).toBeLessThan(0.5);
    const corners = await page.evaluate(async (base64) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([data], { type: "image/png" }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext("2d") as OffscreenCanvasRenderingContext2D;
      context.drawImage(bitmap, 0, 0);
      const at = (x: number, y: number) => [...context.getImageData(x, y, 1, 1).data];
      return [at(1, 1), at(bitmap.width - 2, bitmap.height - 2)];
    }, png.bytes.toString("base64"));
    expect(corners).toEqual([
      [255, 255, 255, 255],
      [255, 255, 255, 255],
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("right to left (as <html dir> is for Arabic): the exported chart's text hangs from the right margin", async () => {
    const { context, page, errors } = await open(harness.browser);
    await signIn(page, harness.base, "viewer@example.org");
    await chartsDrawn(page);
    await page.evaluate(() => {
      document.documentElement.dir = "rtl";
    });
    const svg = (await exportChart(page, "overview-outcomes", "SVG image")).bytes.toString("utf8");
    writeFileSync(`${SHOTS}exports-rtl.svg`, svg);
    // Laid out by the browser: where the title and the first legend entry end up.
    const placed = await page.evaluate((text) => {
      const host = document.createElement("div");
      host.innerHTML = text.replace(/^<\?xml[^>]*>\s*/, "");
      document.body.append(host);
      const root = host.querySelector("svg") as SVGSVGElement;
      const title = root.querySelector(":scope > text") as SVGTextElement;
      const swatch = root.querySelector(".export-legend-item rect") as SVGRectElement;
      const label = root.querySelector(".export-legend-item text") as SVGTextElement;
      const box = (el: SVGGraphicsElement) => {
        const b = el.getBBox();
        return { left: b.x, right: b.x + b.width };
      };
      const result = {
        width: root.width.baseVal.value,
        title: box(title),
        swatch: box(swatch),
        label: box(label),
      };
      host.remove();
      return result;
    }, svg);
    expect(Math.abs(placed.title.right - (placed.width - 24))).toBeLessThan(2);
    expect(placed.title.left).toBeGreaterThan(24);
    expect(Math.abs(placed.swatch.right - (placed.width - 24))).toBeLessThan(1);
    // The label reads from its swatch leftwards.
    expect(placed.label.right).toBeLessThanOrEqual(placed.swatch.left);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a report titled in Arabic embeds the bundled font from the build and prints the title shaped", async () => {
    const { context, page, errors } = await open(harness.browser);
    await signIn(page, harness.base, "viewer@example.org");
    await chartsDrawn(page);
    await page.getByTestId("report-button").click();
    const title = "تقرير الحملة السنوي";
    await page.getByTestId("report-title").fill(title);
    await page.getByTestId("report-all").click(); // none
    const box = page.getByRole("checkbox", { name: "Key figures" });
    await box.click();
    await eventually(() => box.isChecked()).toBe(true);
    const font = page.waitForResponse((r) => /IBMPlexSansArabic_400Regular.*\.ttf$/.test(r.url()));
    const { bytes } = await download(page, () => page.getByTestId("report-generate").click());
    expect((await font).status()).toBe(200);
    const pdf = join(dir, "arabic-title.pdf");
    writeFileSync(pdf, bytes);
    expect(execFileSync("pdffonts", [pdf]).toString()).toMatch(/IBMPlexSansArabic +CID TrueType/);
    const raw = execFileSync("pdftotext", [pdf, "-"]).toString("utf8");
    expect(raw).toMatch(/[\ufe70-\ufefc]/); // joined letter forms
    expect(raw.normalize("NFKC").replace(/[\u200e\u200f\u202a-\u202e]/g, "")).toContain(title);
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "2", pdf, `${SHOTS}exports-arabic-title`]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the tables' CSV asks the server for the reader's language", async () => {
    const { context, page, errors } = await open(harness.browser);
    await signIn(page, harness.base, "viewer@example.org", "/agencies");
    const request = page.waitForRequest((r) => r.url().includes("/api/export/agencies.csv"));
    const { file } = await download(page, () => page.getByTestId("export-agencies-csv").click());
    // The page's own language (<html lang>, kept in step with the locale).
    const lang = await page.evaluate(() => document.documentElement.lang);
    expect(lang).toMatch(/^(en|fr|es|ar)$/);
    expect(new URL((await request).url()).searchParams.get("lang")).toBe(lang);
    expect(file.suggestedFilename()).toMatch(/^agencies-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
