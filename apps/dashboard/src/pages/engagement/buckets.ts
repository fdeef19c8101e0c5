import type { AnnouncementMarker, Granularity } from "@tbc/types";

/**
 * Time buckets as the server makes them (packages/db dayBucket): a day is itself, a week is its
 * Monday (ISO weeks, as Postgres date_trunc('week') and SQLite's 'weekday 1' give), a month is its
 * first day. All dates are "YYYY-MM-DD" strings read as UTC, so no time zone moves a bucket.
 */

export { type PartialBucket, partialBucket, todayUtc } from "./partial";

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function utc(day: string): number {
  const m = ISO_DAY.exec(day);
  if (!m) throw new Error(`Not a YYYY-MM-DD date: ${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

export function toDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return toDay(utc(day) + days * DAY_MS);
}

/** "2024-03-15" + 12 months → "2025-03-15"; the 31st of a short month becomes its last day. */
export function addMonths(day: string, months: number): string {
  const d = new Date(utc(day));
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), last));
  return toDay(target.getTime());
}

/** The bucket a day falls in at a granularity. */
export function bucketOf(day: string, granularity: Granularity): string {
  if (granularity === "day") return toDay(utc(day));
  if (granularity === "month") return `${day.slice(0, 7)}-01`;
  const t = utc(day);
  const sinceMonday = (new Date(t).getUTCDay() + 6) % 7;
  return toDay(t - sinceMonday * DAY_MS);
}

/** The bucket after `bucket`. */
export function nextBucket(bucket: string, granularity: Granularity): string {
  if (granularity === "day") return addDays(bucket, 1);
  if (granularity === "week") return addDays(bucket, 7);
  return addMonths(bucket, 1);
}

/** Every bucket from `first` to `last` inclusive, so that a gap in the data shows as a gap. */
export function bucketRange(first: string, last: string, granularity: Granularity): string[] {
  const out: string[] = [];
  const end = bucketOf(last, granularity);
  // A guard against a runaway loop on bad input: the server never sends more than 1,500 buckets.
  for (let b = bucketOf(first, granularity); b <= end && out.length < 5000; b = nextBucket(b, granularity)) {
    out.push(b);
  }
  return out;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
    formats.set(key, format);
  }
  return format;
}

/**
 * A bucket as an axis tick ("tick": short) or in a tooltip ("full"), e.g. for 2024-03-04:
 * day "Mar 4" / "Mar 4, 2024"; week "Mar 4, 2024" (its Monday) / the same; month "Mar 2024" /
 * "March 2024". The tooltip adds "Week of" through the dictionary, not here.
 */
export function formatBucket(
  bucket: string,
  granularity: Granularity,
  locale: string,
  style: "tick" | "full" = "tick",
): string {
  const date = new Date(utc(bucket));
  if (granularity === "month") {
    return dateFormat(locale, { month: style === "tick" ? "short" : "long", year: "numeric" }).format(date);
  }
  if (granularity === "day" && style === "tick") {
    return dateFormat(locale, { month: "short", day: "numeric" }).format(date);
  }
  return dateFormat(locale, { month: "short", day: "numeric", year: "numeric" }).format(date);
}

/** A plain day for texts ("Mar 1, 2024"). */
export function formatDay(day: string, locale: string): string {
  return formatBucket(day, "day", locale, "full");
}

export type Marker = AnnouncementMarker;
export type MarkerGroup = { bucket: string; markers: Marker[] };

/**
 * Operation announcements → one group per bucket that the chart shows (several operations may be
 * announced in the same week or month). Announcements in buckets outside `buckets` are left out:
 * a reference line on a category axis needs a category to stand on.
 */
export function groupMarkers(
  markers: readonly Marker[],
  granularity: Granularity,
  buckets: readonly string[],
): MarkerGroup[] {
  const shown = new Set(buckets);
  const groups = new Map<string, Marker[]>();
  for (const marker of markers) {
    const bucket = bucketOf(marker.announcedOn, granularity);
    if (!shown.has(bucket)) continue;
    groups.set(bucket, [...(groups.get(bucket) ?? []), marker]);
  }
  return [...groups]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([bucket, list]) => ({
      bucket,
      markers: list.sort((a, b) => a.announcedOn.localeCompare(b.announcedOn) || a.id - b.id),
    }));
}
