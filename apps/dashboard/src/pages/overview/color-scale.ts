import type { ChartPalette } from "../../components/chart-theme";

/**
 * The choropleth's classes: at most five, of whole numbers (agencies and operations are counts),
 * from light to dark blue. Countries with none are grey, never the lightest blue.
 */
export const MAP_COLORS = ["#d6e4f5", "#a3c3e8", "#6b9bd4", "#3a6fb3", "#1f4e8c"] as const;
export const NO_VALUE_COLOR = "#e8ebf0";

export type Bin = { from: number; to: number; color: string };

export function mapBins(max: number): Bin[] {
  if (!(max >= 1)) return [];
  const count = Math.min(MAP_COLORS.length, Math.floor(max));
  const step = Math.ceil(max / count);
  const bins: Bin[] = [];
  for (let from = 1; from <= max; from += step)
    bins.push({ from, to: Math.min(max, from + step - 1), color: "" });
  // The darkest colour is always the top class; fewer classes skip the lightest ones.
  const offset = MAP_COLORS.length - bins.length;
  return bins.map((b, i) => ({ ...b, color: MAP_COLORS[offset + i] as string }));
}

export function colorOf(bins: readonly Bin[], value: number | undefined): string {
  if (!value || value < 1) return NO_VALUE_COLOR;
  return (
    (bins.find((b) => value >= b.from && value <= b.to) ?? bins[bins.length - 1])?.color ?? NO_VALUE_COLOR
  );
}

/** "3", "5–8". */
export function binLabel(bin: Bin): string {
  return bin.from === bin.to ? String(bin.from) : `${bin.from}–${bin.to}`;
}

/**
 * A class colour as the screen's palette draws it: bins hold the light colours (the exports' legend),
 * a dark screen shows the same class in the dark scale (few: dim, many: bright).
 */
export function onPalette(color: string, palette: ChartPalette): string {
  if (color === NO_VALUE_COLOR) return palette.mapNoValue;
  const i = (MAP_COLORS as readonly string[]).indexOf(color);
  return i < 0 ? color : (palette.mapClasses[i] ?? color);
}
