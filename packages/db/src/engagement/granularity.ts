import { type Granularity, MAX_SERIES_POINTS } from "@tbc/types";

const DAY_MS = 86_400_000;

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

/** How many buckets a range makes at a granularity (an upper bound for weeks). */
export function bucketCount(from: string, to: string, g: Granularity): number {
  const days = daysBetween(from, to);
  if (g === "day") return days;
  if (g === "week") return Math.ceil(days / 7) + 1;
  const [fy, fm] = from.split("-").map(Number) as [number, number];
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm) + 1;
}

/**
 * Days up to four months, weeks up to about two and a half years, months beyond; a requested
 * granularity is kept unless it would give a series more than MAX_SERIES_POINTS points.
 */
export function chooseGranularity(from: string, to: string, requested?: Granularity): Granularity {
  const days = daysBetween(from, to);
  const auto: Granularity = days <= 124 ? "day" : days <= 920 ? "week" : "month";
  const order: Granularity[] = ["day", "week", "month"];
  let g = requested ?? auto;
  while (bucketCount(from, to, g) > MAX_SERIES_POINTS && g !== "month")
    g = order[order.indexOf(g) + 1] as Granularity;
  return g;
}
