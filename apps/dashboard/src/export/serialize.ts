import { lightEquivalent } from "../components/chart-theme";
import { forceLight } from "./light";
import type { ChartMarkup, Measure } from "./svg-compose";
import { FONT_FAMILY } from "./svg-compose";

/** The chart's own <svg>: ours (the map) is marked; recharts' is the surface directly in its wrapper
 * (its legend icons are small `.recharts-surface` svgs too, inside the HTML legend). */
export const CHART_SVG_SELECTOR = "svg[data-chart-svg], .recharts-wrapper > svg.recharts-surface";

/** What an exported file needs from the CSS: everything else is in the SVG attributes already. */
const STYLE_PROPS = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-opacity",
  "stroke-linejoin",
  "stroke-linecap",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "text-anchor",
  "dominant-baseline",
  "visibility",
  "display",
];

const COLOR_PROPS = new Set(["fill", "stroke", "color", "stop-color"]);

export function findChartSvg(root: ParentNode): SVGSVGElement | null {
  return root.querySelector<SVGSVGElement>(CHART_SVG_SELECTOR);
}

/**
 * The chart as standalone markup: a deep clone with the computed styles written inline (a file has
 * no stylesheet) in the light theme's colours whatever the screen's (light.ts), hover-only parts
 * (tooltip cursor, focus rings) left out.
 */
export function serializeChartSvg(svg: SVGSVGElement): ChartMarkup {
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width) || Number(svg.getAttribute("width")) || 600;
  const height = Math.round(box.height) || Number(svg.getAttribute("height")) || 400;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...svg.querySelectorAll("*")];
  const target = [clone, ...clone.querySelectorAll("*")];
  const hoverOnly = new Set(svg.querySelectorAll(".recharts-tooltip-cursor, [data-export-ignore]"));
  source.forEach((el, i) => {
    const copy = target[i];
    if (!copy) return;
    if (hoverOnly.has(el)) {
      copy.remove();
      return;
    }
    const computed = getComputedStyle(el);
    // A dark screen's series and map colours go back to their light twins (chart-theme.ts).
    const props = new Map(
      STYLE_PROPS.map((p) => [p, computed.getPropertyValue(p)] as const)
        .filter(([, v]) => v !== "")
        .map(([p, v]) => [p, COLOR_PROPS.has(p) ? lightEquivalent(v) : v] as const),
    );
    const style = [...forceLight(el, props)].map(([p, v]) => `${p}:${v}`).join(";");
    copy.setAttribute("style", style);
    copy.removeAttribute("tabindex");
    copy.removeAttribute("class");
  });
  const serializer = new XMLSerializer();
  const inner = [...clone.childNodes].map((n) => serializer.serializeToString(n)).join("");
  const legend = legendBand(svg, box);
  if (legend) {
    // recharts keeps room in its <svg> for its HTML legend; the file draws its own legend instead.
    const cropped = height - legend.height;
    return { inner, width, height: cropped, viewBox: `0 ${legend.top} ${width} ${cropped}` };
  }
  const viewBox = svg.getAttribute("viewBox") ?? undefined;
  return { inner, width, height, ...(viewBox ? { viewBox } : {}) };
}

const OVERHANG = 12;

/** The band of the chart that recharts' HTML legend covers, when it sits at the top or the bottom. */
function legendBand(svg: SVGSVGElement, box: DOMRect): { top: number; height: number } | null {
  const wrapper = svg.parentElement?.querySelector(":scope > .recharts-legend-wrapper");
  if (!wrapper || box.height === 0) return null;
  const legend = wrapper.getBoundingClientRect();
  if (legend.height <= 0) return null;
  const atTop = legend.top + legend.height / 2 < box.top + box.height / 2;
  // Less a band for the axis labels that stick out of the plot (the top tick's text).
  const height = Math.round(atTop ? legend.bottom - box.top : box.bottom - legend.top) - OVERHANG;
  if (height <= 0 || height >= box.height / 2) return null;
  return { top: atTop ? height : 0, height };
}

/** Text widths as the browser draws them, for wrapping the title, caption and legend. */
export function canvasMeasure(): Measure {
  const context = document.createElement("canvas").getContext("2d");
  if (!context) return (text, size) => text.length * size * 0.55;
  return (text, size, bold = false) => {
    context.font = `${bold ? 600 : 400} ${size}px ${FONT_FAMILY}`;
    return context.measureText(text).width;
  };
}
