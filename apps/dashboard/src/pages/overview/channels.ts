import { type BuiltInChannel, DEFAULT_CHANNELS, isBuiltInChannel } from "@tbc/types";
import { type ChartPalette, LIGHT_CHART } from "../../components/chart-theme";

/** One colour per channel, the same in the chart, its legend and the exports. */
const FIXED: Record<BuiltInChannel, string> = {
  x: "#1f4e8c",
  facebook: "#4e79a7",
  instagram: "#b07aa1",
  youtube: "#e15759",
  website: "#59a14f",
  press: "#f28e2b",
};
const SPARE = ["#76b7b2", "#edc948", "#9c755f", "#ff9da7", "#bab0ac"];

/** `colors`: the screen's chart palette (X's navy turns steel blue on dark); exports use the light one. */
export function channelColor(code: string, colors: ChartPalette = LIGHT_CHART): string {
  if (code === "x") return colors.primary;
  if (isBuiltInChannel(code)) return FIXED[code];
  let hash = 0;
  for (const ch of code) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return SPARE[hash % SPARE.length] as string;
}

/** The usual channels first, in their usual order, then any added ones alphabetically. */
export function sortChannels(codes: Iterable<string>): string[] {
  const order = DEFAULT_CHANNELS as readonly string[];
  const rank = (c: string) => (order.includes(c) ? order.indexOf(c) : order.length);
  return [...new Set(codes)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
