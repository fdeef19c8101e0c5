/// <reference types="node" />
/**
 * Helpers of the overview's end-to-end test: reading downloaded files (CSV, PNG, PDF), clicking
 * inside a country's shape, and the JS the overview loads.
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import type { RouterInputs, RouterOutputs } from "@tbc/server";
import type { Download, Locator, Page } from "playwright-core";
import { DIST, eventually } from "./harness";

/** The bytes of a download the action triggers. */
export async function download(
  page: Page,
  action: () => Promise<void>,
): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), action()]);
  const path = await file.path();
  return { file, bytes: readFileSync(path) };
}

/** RFC 4180 CSV (BOM, quotes, CRLF) → rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && body[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.subarray(1, 4).toString("latin1") !== "PNG") throw new Error("Not a PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Decodes a PNG in the browser and samples its pixels: how many colours, how much is not white. */
export async function pngPixels(page: Page, bytes: Buffer) {
  return page.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: "image/png" }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext("2d") as OffscreenCanvasRenderingContext2D;
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const colours = new Set<number>();
    let inked = 0;
    let samples = 0;
    for (let i = 0; i < pixels.length; i += 4 * 7) {
      const [r, g, b, a] = [pixels[i] ?? 0, pixels[i + 1] ?? 0, pixels[i + 2] ?? 0, pixels[i + 3] ?? 0];
      colours.add((r << 24) | (g << 16) | (b << 8) | a);
      if (a > 0 && (r < 240 || g < 240 || b < 240)) inked++;
      samples++;
    }
    return { width: bitmap.width, height: bitmap.height, colours: colours.size, inked: inked / samples };
  }, bytes.toString("base64"));
}

/** A PDF's pages: `/Type /Page` objects (not `/Pages`). */
export function pdfPageCount(bytes: Buffer): number {
  return (bytes.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** Clicks a point inside an SVG shape (its bounding box's centre may be elsewhere: Alaska). */
export async function clickInside(page: Page, shape: Locator): Promise<void> {
  const point = await shape.evaluate((el) => {
    const path = el as SVGPathElement;
    const box = path.getBBox();
    const matrix = path.getScreenCTM();
    const svg = path.ownerSVGElement;
    if (!matrix || !svg) return null;
    // A grid over the box, from the centre outwards: the first point inside the fill.
    const points: [number, number][] = [];
    for (let i = 0; i <= 20; i++)
      for (let j = 0; j <= 20; j++)
        points.push([box.x + (box.width * i) / 20, box.y + (box.height * j) / 20]);
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    points.sort((a, b) => Math.hypot(a[0] - cx, a[1] - cy) - Math.hypot(b[0] - cx, b[1] - cy));
    for (const [x, y] of points) {
      const p = svg.createSVGPoint();
      p.x = x;
      p.y = y;
      if (!path.isPointInFill(p)) continue;
      const screen = p.matrixTransform(matrix);
      if (document.elementFromPoint(screen.x, screen.y) === path) return { x: screen.x, y: screen.y };
    }
    return null;
  });
  if (!point) throw new Error("No visible point inside the shape");
  await page.mouse.click(point.x, point.y);
}

/** The gzip size of dist files, as `vite build` reports it. */
export function gzipSize(pathname: string): number {
  return gzipSync(readFileSync(`${DIST}${pathname.replace(/^\//, "")}`)).length;
}

export const CHARTS = ["overview-map", "overview-regions", "overview-outcomes", "overview-engagement"];

const digits = (text: string | null) => Number((text ?? "").replace(/\D/g, ""));
export const kpi = async (page: Page, key: string) =>
  digits(await page.getByTestId(`kpi-${key}`).locator(".ant-statistic-content-value").textContent());

export async function chartsDrawn(page: Page): Promise<number> {
  for (const id of CHARTS) await page.locator(`[data-testid="${id}"][data-ready="true"]`).waitFor();
  const times = await Promise.all(CHARTS.map((id) => page.getByTestId(id).getAttribute("data-ready-at")));
  return Math.max(...times.map(Number));
}

/** A tRPC query from the page, with its session cookie; input and answer typed from AppRouter. */
export async function api<
  R extends keyof RouterOutputs,
  P extends keyof RouterOutputs[R] & keyof RouterInputs[R],
>(page: Page, router: R, procedure: P & string, input: RouterInputs[R][P]): Promise<RouterOutputs[R][P]> {
  const path = `${router}.${procedure}`;
  return page.evaluate(
    async ({ path, input }) => {
      const res = await fetch(`/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`);
      return (await res.json()).result.data;
    },
    { path, input },
  );
}

export async function exportChart(page: Page, id: string, item: string) {
  const menu = page.locator(".ant-dropdown:not(.ant-dropdown-hidden)");
  await eventually(() => menu.count()).toBe(0); // the last menu has closed
  await page.getByTestId(`${id}-export`).click();
  return download(page, () => menu.getByRole("menuitem", { name: item }).click());
}
