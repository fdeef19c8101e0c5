/**
 * Exports are always light (issue 14): a file is printed, pasted into slides and mailed, where the
 * screen's dark theme would be a black box. The chart's own colours (series, map scale) stay; what
 * the theme changes — axis and legend text, grid and axis lines — is written in light-theme colours
 * straight into the element's inline style, so the file never depends on a stylesheet.
 */

/** The light palette of exported charts (the dashboard's light theme's neutrals). */
export const LIGHT_EXPORT = {
  background: "#ffffff",
  ink: "#434343",
  grid: "#e8e8e8",
  axis: "#bfbfbf",
};

const TEXT_OF_AXES =
  ".recharts-cartesian-axis, .recharts-polar-angle-axis, .recharts-polar-radius-axis, .recharts-reference-line, .recharts-label, [data-export-text]";
const GRID = ".recharts-cartesian-grid, .recharts-polar-grid";
const AXIS_LINES =
  ".recharts-cartesian-axis-line, .recharts-cartesian-axis-tick-line, .recharts-polar-angle-axis-line, .recharts-polar-radius-axis-line";

/** Relative luminance of `rgb(…)`/`#rrggbb`, or null for anything else (none, url(…)). */
export function luminance(color: string): number | null {
  let rgb: number[] | undefined;
  const fn = /^rgba?\(([^)]+)\)/.exec(color.trim());
  if (fn?.[1])
    rgb = fn[1]
      .split(/[\s,/]+/)
      .slice(0, 3)
      .map(Number);
  const hex = /^#([0-9a-f]{6})$/i.exec(color.trim());
  if (hex?.[1]) rgb = [0, 2, 4].map((i) => Number.parseInt(hex[1]?.slice(i, i + 2) ?? "0", 16));
  if (!rgb || rgb.length < 3 || rgb.some(Number.isNaN)) return null;
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The element's exported style, given its computed one: theme-dependent parts recoloured light.
 * Text the page draws light (a dark theme's labels) becomes dark ink; marks keep their colours.
 */
export function forceLight(el: Element, style: Map<string, string>): Map<string, string> {
  const tag = el.tagName.toLowerCase();
  if (tag === "text" || tag === "tspan") {
    const fill = style.get("fill") ?? "";
    const light = (luminance(fill) ?? 0) > 0.5;
    if (el.closest(TEXT_OF_AXES) || (light && el.closest(".recharts-text, .recharts-label-list")))
      style.set("fill", LIGHT_EXPORT.ink);
    return style;
  }
  if (el.closest(AXIS_LINES)) style.set("stroke", LIGHT_EXPORT.axis);
  else if (el.closest(GRID) && style.get("stroke") && style.get("stroke") !== "none")
    style.set("stroke", LIGHT_EXPORT.grid);
  return style;
}
