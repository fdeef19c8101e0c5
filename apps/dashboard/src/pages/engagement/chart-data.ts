import {
  type BuiltInChannel,
  DEFAULT_CHANNELS,
  type EngagementSeries,
  type EngagementTotals,
  type Granularity,
  isBuiltInChannel,
} from "@tbc/types";
import { bucketRange, type PartialBucket, partialBucket, todayUtc } from "./buckets";

/**
 * One colour per channel, the same in every chart, legend and tag. The six default channels have
 * fixed colours (Tableau 10, told apart with the common colour-vision deficiencies); channels that
 * managers add get a spare colour chosen by their code, so that it never changes.
 */
const FIXED: Record<BuiltInChannel, string> = {
  x: "#4e79a7",
  facebook: "#f28e2b",
  instagram: "#b07aa1",
  youtube: "#e15759",
  website: "#59a14f",
  press: "#9c755f",
};
const SPARE = ["#76b7b2", "#edc948", "#ff9da7", "#bab0ac", "#86bcb6", "#d37295", "#a0cbe8", "#79706e"];

export function channelColor(code: string): string {
  if (isBuiltInChannel(code)) return FIXED[code];
  let hash = 0;
  for (const ch of code) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return SPARE[hash % SPARE.length] as string;
}

/** Default channels first, in their usual order, then added ones alphabetically. */
export function sortChannels(codes: Iterable<string>): string[] {
  const order = DEFAULT_CHANNELS as readonly string[];
  const rank = (c: string) => (order.includes(c) ? order.indexOf(c) : order.length);
  return [...new Set(codes)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export type TimelineDatum = {
  bucket: string;
  /** Per channel; absent or null where no row of that channel and bucket reported the metric. */
  values: Record<string, number | null>;
  /** Set when the bucket holds only some of its days (the current month so far): drawn dashed. */
  partial?: PartialBucket;
};

/**
 * A series (one point per bucket and channel) → one datum per bucket for a chart with a line, area
 * or bar per channel. Every bucket from the first to the last one with data is there, so that time
 * is evenly spaced and a hole in the data reads as a hole; nothing is added after the last data
 * (a period that runs past the data ends where the data ends, and the page says so).
 */
export function toTimeline(
  series: Pick<EngagementSeries, "points" | "granularity" | "from" | "to"> | undefined,
  today: string = todayUtc(),
): {
  data: TimelineDatum[];
  channels: string[];
  /** Whether any point has a value (a series of nulls draws nothing). */
  reported: boolean;
} {
  const points = series?.points ?? [];
  if (!series || points.length === 0) return { data: [], channels: [], reported: false };
  const byBucket = new Map<string, Record<string, number | null>>();
  let first = points[0]?.bucket as string;
  let last = first;
  for (const p of points) {
    const values = byBucket.get(p.bucket) ?? {};
    values[p.channel] = p.value;
    byBucket.set(p.bucket, values);
    if (p.bucket < first) first = p.bucket;
    if (p.bucket > last) last = p.bucket;
  }
  const data = bucketRange(first, last, series.granularity).map((bucket) => {
    const partial = partialBucket(bucket, series.granularity, series, today);
    return { bucket, values: byBucket.get(bucket) ?? {}, ...(partial ? { partial } : {}) };
  });
  return {
    data,
    // A channel that reported nothing for the metric gets no line and no legend entry.
    channels: sortChannels(points.filter((p) => p.value !== null).map((p) => p.channel)),
    reported: points.some((p) => p.value !== null),
  };
}

export type ShareDatum = { channel: string; impressions: number; share: number };

/** Impressions per channel as slices of the whole, largest first; channels with none are left out. */
export function toChannelShare(byChannel: EngagementTotals["byChannel"] | undefined): ShareDatum[] {
  const rows = (byChannel ?? []).filter((r) => r.impressions > 0);
  const total = rows.reduce((sum, r) => sum + r.impressions, 0);
  return rows
    .map((r) => ({ channel: r.channel, impressions: r.impressions, share: r.impressions / total }))
    .sort((a, b) => b.impressions - a.impressions);
}

/** The first and last bucket a timeline shows, for the chart's data-* attributes and the e2e test. */
export function timelineSpan(data: readonly TimelineDatum[]): { first?: string; last?: string } {
  return { first: data[0]?.bucket, last: data[data.length - 1]?.bucket };
}

/** Ticks per granularity: enough room that labels never overlap ("Mar 2024" vs "Mar 4, 2024"). */
export function tickGap(granularity: Granularity): number {
  return granularity === "month" ? 24 : granularity === "week" ? 36 : 16;
}

/** A ratio as a percentage for a CSV cell: 0.0345 → 3.45 (without the float noise of ×100). */
export function toPercentNumber(ratio: number): number {
  return Number((ratio * 100).toPrecision(12));
}

type Table = { columns: { key: string; label: string }[]; rows: Record<string, string | number | null>[] };

/**
 * The CSV of a timeline chart: exactly what it draws, one row per bucket (gaps included, as on the
 * axis) and one column per channel drawn; not reported is an empty cell, never 0. Channel columns
 * are keyed `channel:<code>` so that no channel code can clash with the bucket column. The last
 * column says whether the bucket is partial ("true": only some of its days, as the chart's dashes).
 */
export function timelineTable(
  data: readonly TimelineDatum[],
  channels: readonly string[],
  labels: { bucket: string; channel: (code: string) => string; percent?: boolean; partial: string },
): Table {
  const key = (c: string) => `channel:${c}`;
  const cell = (v: number | null | undefined) =>
    v === null || v === undefined ? null : labels.percent ? toPercentNumber(v) : v;
  return {
    columns: [
      { key: "bucket", label: labels.bucket },
      ...channels.map((c) => ({ key: key(c), label: labels.channel(c) })),
      { key: "partial", label: labels.partial },
    ],
    rows: data.map((d) => ({
      bucket: d.bucket,
      ...Object.fromEntries(channels.map((c) => [key(c), cell(d.values[c])])),
      partial: d.partial ? "true" : "false",
    })),
  };
}

/** The CSV of the share donut: channel, impressions and share (%) per slice, largest first. */
export function shareTable(
  data: readonly ShareDatum[],
  labels: { channel: string; impressions: string; share: string; channelLabel: (code: string) => string },
): Table {
  return {
    columns: [
      { key: "channel", label: labels.channel },
      { key: "impressions", label: labels.impressions },
      { key: "share", label: labels.share },
    ],
    rows: data.map((d) => ({
      channel: labels.channelLabel(d.channel),
      impressions: d.impressions,
      share: toPercentNumber(d.share),
    })),
  };
}
