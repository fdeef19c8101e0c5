import { createContext, createElement, type ReactNode, useContext, useEffect } from "react";

/**
 * The colours charts and the map draw with, for a light and a dark screen. Axis text and legends
 * reach WCAG AA against their card (≥ 4.5:1: #666 on white 5.7:1, #bfbfbf on #141414 10:1), marks
 * ≥ 3:1 (the navy series becomes steel blue on dark: 2.2:1 → 6.4:1).
 *
 * Exports (PNG/SVG/PDF) are always light: export code passes every colour it writes into a file
 * through `lightEquivalent`, which maps a dark colour back to its light counterpart.
 */
export type ChartPalette = {
  /** Axis tick text. */
  tick: string;
  /** Axis titles, legend text, the labels of a chart. */
  label: string;
  axis: string;
  grid: string;
  tooltipBg: string;
  tooltipBorder: string;
  tooltipText: string;
  cursor: string;
  /** The main single series (active agencies, operations). */
  primary: string;
  /** Beside `primary`: pending agencies. */
  pending: string;
  /** Text inside a chart in a lighter tone (a donut's caption), and its strong figure. */
  muted: string;
  strong: string;
  /** Event markers on the engagement time chart, and the reference line. */
  marker: string;
  reference: string;
  /** A line's dot fill: the card's background. */
  dotFill: string;
  mapSea: string;
  mapBorder: string;
  mapSelected: string;
  mapPointStroke: string;
  mapNoValue: string;
  /** The choropleth's classes, from the fewest to the most. */
  mapClasses: readonly [string, string, string, string, string];
  kpiUp: string;
  kpiDown: string;
  kpiFlat: string;
};

export const LIGHT_CHART: ChartPalette = {
  tick: "#666666",
  label: "#434343",
  axis: "#8c8c8c",
  grid: "#cccccc",
  tooltipBg: "#ffffff",
  tooltipBorder: "#d9d9d9",
  tooltipText: "#1f1f1f",
  cursor: "rgba(31, 78, 140, 0.08)",
  primary: "#1f4e8c",
  pending: "#9bbbe3",
  muted: "#8c8c8c",
  strong: "#1f1f1f",
  marker: "#595959",
  reference: "#bfbfbf",
  dotFill: "#ffffff",
  mapSea: "#f7f9fc",
  mapBorder: "#ffffff",
  mapSelected: "#0b2a5b",
  mapPointStroke: "#434343",
  mapNoValue: "#e8ebf0",
  mapClasses: ["#d6e4f5", "#a3c3e8", "#6b9bd4", "#3a6fb3", "#1f4e8c"],
  kpiUp: "#237804",
  kpiDown: "#a8071a",
  kpiFlat: "#595959",
};

export const DARK_CHART: ChartPalette = {
  tick: "#bfbfbf",
  label: "#d9d9d9",
  axis: "#8d8d8d",
  grid: "#363636",
  tooltipBg: "#1f1f1f",
  tooltipBorder: "#424242",
  tooltipText: "#e6e6e6",
  cursor: "rgba(127, 176, 236, 0.12)",
  primary: "#6b9bd4",
  pending: "#4a6a95",
  muted: "#a6a6a6",
  strong: "#f0f0f0",
  marker: "#a5a5a5",
  reference: "#5c5c5c",
  dotFill: "#141414",
  mapSea: "#0f1722",
  mapBorder: "#141415",
  mapSelected: "#ffffff",
  mapPointStroke: "#d8d8d8",
  mapNoValue: "#2b2f36",
  mapClasses: ["#1c2f4a", "#25467a", "#3a6fb4", "#6b9bd5", "#a3c3e9"],
  kpiUp: "#73d13d",
  kpiDown: "#ff7875",
  kpiFlat: "#a6a6a7",
};

const ChartThemeContext = createContext<ChartPalette>(LIGHT_CHART);

/** The palette of the charts below: dark on a dark screen, light elsewhere. */
export function useChartTheme(): ChartPalette {
  return useContext(ChartThemeContext);
}

/** The CSS variables theme.css styles recharts' own parts with (ticks, grid, default tooltip). */
export function chartCssVariables(p: ChartPalette): Record<string, string> {
  return {
    "--tbc-chart-tick": p.tick,
    "--tbc-chart-label": p.label,
    "--tbc-chart-axis": p.axis,
    "--tbc-chart-grid": p.grid,
    "--tbc-chart-tooltip-bg": p.tooltipBg,
    "--tbc-chart-tooltip-border": p.tooltipBorder,
    "--tbc-chart-tooltip-text": p.tooltipText,
    "--tbc-chart-cursor": p.cursor,
    "--tbc-chart-marker": p.marker,
  };
}

/**
 * `dark` for the screen; export code that renders a chart of its own for a file wraps it in
 * `<ChartThemeProvider dark={false}>`. The variables go on <html> so that portals follow.
 */
export function ChartThemeProvider({ dark, children }: { dark: boolean; children: ReactNode }) {
  const value = dark ? DARK_CHART : LIGHT_CHART;
  useEffect(() => {
    const style = document.documentElement.style;
    for (const [name, v] of Object.entries(chartCssVariables(value))) style.setProperty(name, v);
  }, [value]);
  return createElement(ChartThemeContext.Provider, { value }, children);
}

/** "#1F4E8C", "rgb(31, 78, 140)", "rgba(31,78,140,0.08)" → "31,78,140,1" / "31,78,140,0.08". */
function colorKey(color: string): string | null {
  const c = color.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(c)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((d) => d + d).join("") : hex;
    const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16));
    return `${r},${g},${b},1`;
  }
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)(?:[\s,/]+([\d.]+))?\s*\)$/.exec(c);
  if (!rgb) return null;
  return `${rgb[1]},${rgb[2]},${rgb[3]},${Number(rgb[4] ?? 1)}`;
}

function pairs(): Map<string, string> {
  const map = new Map<string, string>();
  for (const key of Object.keys(DARK_CHART) as (keyof ChartPalette)[]) {
    const dark = DARK_CHART[key];
    const light = LIGHT_CHART[key];
    if (typeof dark === "string" && typeof light === "string") {
      const k = colorKey(dark);
      if (k) map.set(k, light);
    } else if (Array.isArray(dark) && Array.isArray(light)) {
      dark.forEach((d, i) => {
        const k = colorKey(d);
        if (k && light[i]) map.set(k, light[i]);
      });
    }
  }
  return map;
}

let darkToLight: Map<string, string> | null = null;

/**
 * The light counterpart of a colour the dark palette draws with (any CSS hex/rgb notation); other
 * colours (the categorical series, the same in both themes) come back unchanged.
 */
export function lightEquivalent(color: string): string {
  darkToLight ??= pairs();
  const key = colorKey(color);
  return (key && darkToLight.get(key)) ?? color;
}
