/**
 * A chart as one standalone SVG document, for the PNG and SVG exports and the report: a title block,
 * the legend drawn as SVG (recharts draws its legend in HTML, outside the chart's <svg>), the chart
 * itself as a nested <svg>, the active filters as a caption, and the "data as of" and source lines.
 * Pure string work: the DOM part (serialising the chart) is in serialize.ts.
 */

export type LegendItem = { label: string; color: string };

export type ChartMarkup = {
  /** The chart's children, styles inlined (serialize.ts). */
  inner: string;
  width: number;
  height: number;
  /** The chart's own viewBox when it has one (the map); else 0 0 width height. */
  viewBox?: string;
};

export type ComposeInput = {
  chart: ChartMarkup;
  title: string;
  /** False: no title and caption drawn (the report's page has them); still the SVG's <title>. */
  heading?: boolean;
  subtitle?: string;
  legend?: readonly LegendItem[];
  /** The active filters, in words. */
  caption?: string;
  /** "Data as of …", "Source: …" — one line each (wrapped when long). */
  footer?: readonly string[];
  background?: "white" | "transparent";
  /** Right to left (Arabic): the text blocks hang from the right edge, the legend runs leftwards. */
  dir?: "ltr" | "rtl";
  /** Text width in px; the browser passes a canvas measure, tests the estimate. */
  measure?: Measure;
};

export type Measure = (text: string, fontSize: number, bold?: boolean) => number;

export const FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', 'Noto Sans', 'Liberation Sans', Arial, sans-serif";

const PAD = 24;
const MIN_WIDTH = 560;

/** About right for a sans-serif face: used where no canvas is at hand. */
export const estimateWidth: Measure = (text, fontSize, bold = false) =>
  text.length * fontSize * (bold ? 0.6 : 0.55);

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** Greedy word wrap; a single word longer than the line stays whole. */
export function wrapText(text: string, maxWidth: number, fontSize: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

type Text = {
  x: number;
  y: number;
  text: string;
  size: number;
  color: string;
  bold?: boolean;
  /** Right to left: `x` is the text's right edge (its start, as SVG's text-anchor counts in RTL). */
  rtl?: boolean;
};

function textEl({ x, y, text, size, color, bold, rtl }: Text): string {
  return `<text x="${x}" y="${y}" font-family="${FONT_FAMILY}" font-size="${size}"${
    bold ? ' font-weight="600"' : ""
  }${rtl ? ' direction="rtl" text-anchor="start"' : ""} fill="${color}">${escapeXml(text)}</text>`;
}

/** Legend items in rows: a swatch, then the label; a row wraps when the next item would not fit. */
function legendRows(items: readonly LegendItem[], maxWidth: number, measure: Measure) {
  const SWATCH = 12;
  const GAP = 6;
  const SPACING = 18;
  const placed: { item: LegendItem; x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const width = SWATCH + GAP + measure(item.label, 12);
    if (x > 0 && x + width > maxWidth) {
      row++;
      x = 0;
    }
    placed.push({ item, x, row });
    x += width + SPACING;
  }
  return { placed, rows: placed.length ? row + 1 : 0, SWATCH, GAP };
}

export function composeChartSvg(input: ComposeInput): { svg: string; width: number; height: number } {
  const measure = input.measure ?? estimateWidth;
  const { chart } = input;
  const width = Math.ceil(Math.max(chart.width + 2 * PAD, MIN_WIDTH));
  const inner = width - 2 * PAD;
  const rtl = input.dir === "rtl";
  // Where a line of text starts: the left margin, or the right one right to left.
  const x0 = rtl ? width - PAD : PAD;
  const parts: string[] = [];
  let y = PAD;

  const heading = input.heading !== false;
  for (const line of heading ? wrapText(input.title, inner, 18, (t, s) => measure(t, s, true)) : []) {
    y += 20;
    parts.push(textEl({ x: x0, y, text: line, size: 18, color: "#1f1f1f", bold: true, rtl }));
    y += 4;
  }
  if (input.subtitle) {
    for (const line of wrapText(input.subtitle, inner, 13, measure)) {
      y += 16;
      parts.push(textEl({ x: x0, y, text: line, size: 13, color: "#434343", rtl }));
      y += 2;
    }
  }
  if (input.caption && heading) {
    y += 4;
    for (const line of wrapText(input.caption, inner, 12, measure)) {
      y += 15;
      parts.push(textEl({ x: x0, y, text: line, size: 12, color: "#595959", rtl }));
    }
  }
  if (input.legend?.length) {
    y += 10;
    const { placed, rows, SWATCH, GAP } = legendRows(input.legend, inner, measure);
    const items = placed.map(({ item, x, row }) => {
      const top = y + row * 20;
      const swatch = rtl ? width - PAD - x - SWATCH : PAD + x;
      const label = rtl ? swatch - GAP : swatch + SWATCH + GAP;
      return (
        `<g class="export-legend-item"><rect x="${swatch}" y="${top}" width="${SWATCH}" height="${SWATCH}" rx="2" fill="${escapeXml(item.color)}"/>` +
        textEl({ x: label, y: top + 10.5, text: item.label, size: 12, color: "#434343", rtl }) +
        "</g>"
      );
    });
    parts.push(`<g class="export-legend">${items.join("")}</g>`);
    y += rows * 20;
  }
  y += 8;
  const viewBox = chart.viewBox ?? `0 0 ${chart.width} ${chart.height}`;
  parts.push(
    `<svg x="${PAD}" y="${y}" width="${chart.width}" height="${chart.height}" viewBox="${viewBox}" overflow="hidden">${chart.inner}</svg>`,
  );
  y += chart.height + 8;
  for (const note of input.footer ?? []) {
    for (const line of wrapText(note, inner, 11, measure)) {
      y += 14;
      parts.push(textEl({ x: x0, y, text: line, size: 11, color: "#8c8c8c", rtl }));
    }
  }
  const height = Math.ceil(y + PAD);
  const background =
    input.background === "transparent" ? "" : `<rect width="100%" height="100%" fill="#ffffff"/>`;
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title>${escapeXml(input.title)}</title>${background}${parts.join("")}</svg>`;
  return { svg, width, height };
}
