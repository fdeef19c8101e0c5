/**
 * The chart exports, loaded on the first Export click (ChartCard imports this module dynamically):
 * PNG at 2×, SVG, and CSV of exactly the data the chart shows.
 */
import { type CsvColumn, toCsv } from "@tbc/types";
import { exportFileName, saveBlob } from "./download";
import { svgToCanvas, svgToPng } from "./rasterize";
import { canvasMeasure, findChartSvg, serializeChartSvg } from "./serialize";
import { composeChartSvg, type LegendItem } from "./svg-compose";

export type ChartImageRequest = {
  /** The card's body: the chart's <svg> is found inside it. */
  root: HTMLElement;
  title: string;
  subtitle?: string;
  legend?: readonly LegendItem[];
  caption?: string;
  footer?: readonly string[];
  background?: "white" | "transparent";
  heading?: boolean;
  dir?: "ltr" | "rtl";
};

export function composeFromElement(request: ChartImageRequest) {
  const svg = findChartSvg(request.root);
  if (!svg) throw new Error("This chart has nothing to draw yet");
  const { root: _root, ...text } = request;
  return composeChartSvg({ ...text, chart: serializeChartSvg(svg), measure: canvasMeasure() });
}

export async function downloadPng(request: ChartImageRequest): Promise<void> {
  const { svg, width, height } = composeFromElement(request);
  saveBlob(await svgToPng(svg, width, height, 2), exportFileName(request.title, "png"));
}

export function downloadSvg(request: ChartImageRequest): void {
  const { svg } = composeFromElement(request);
  saveBlob(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }), exportFileName(request.title, "svg"));
}

export function downloadCsv(
  title: string,
  columns: readonly CsvColumn[],
  rows: readonly Record<string, unknown>[],
) {
  saveBlob(
    new Blob([toCsv(columns, rows)], { type: "text/csv;charset=utf-8" }),
    exportFileName(title, "csv"),
  );
}

/** For the report: the composed chart as a PNG data URL (white, 2×) with its size in CSS pixels. */
export async function pngDataUrl(request: ChartImageRequest) {
  const { svg, width, height } = composeFromElement({ ...request, background: "white", heading: false });
  const canvas = await svgToCanvas(svg, width, height, 2);
  return { dataUrl: canvas.toDataURL("image/png"), width, height };
}
