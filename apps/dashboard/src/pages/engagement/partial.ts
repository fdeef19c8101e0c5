import type { Granularity } from "@tbc/types";

/**
 * Partial buckets, apart from ./buckets so that the overview's chart can mark them without loading
 * the engagement page's date formatting. Days are "YYYY-MM-DD" read as UTC; buckets as the server
 * makes them (a week is its Monday, a month its first day).
 */

const DAY_MS = 86_400_000;
const ms = (day: string) => Date.parse(`${day}T00:00:00Z`);
const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Today (UTC), "YYYY-MM-DD". */
export function todayUtc(): string {
  return dayOf(Date.now());
}

/** The earlier of two "YYYY-MM-DD" days (they sort as text). */
const earlier = (a: string, b: string): string => (a.localeCompare(b) <= 0 ? a : b);

/** The last day of the bucket that starts on `bucket`. */
function bucketEnd(bucket: string, granularity: Exclude<Granularity, "day">): string {
  if (granularity === "week") return dayOf(ms(bucket) + 6 * DAY_MS);
  const d = new Date(ms(bucket));
  return dayOf(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
}

/** Whether a bucket holds only some of its days (see partialBucket), without counting them. */
export function isPartialBucket(
  bucket: string,
  granularity: Granularity,
  period: { from: string; to: string },
  today: string,
): boolean {
  return (
    granularity !== "day" &&
    (bucket < period.from || bucketEnd(bucket, granularity) > earlier(period.to, today))
  );
}

/** Of a bucket's days, how many the period counts: `days` of `of`. */
export type PartialBucket = { days: number; of: number };

/**
 * Whether a bucket holds only some of its days: the current month or week so far, or a period that
 * starts or ends inside it. Its sum is then not comparable with its neighbours' (the current month
 * would read as a drop to near zero), so charts mark it. Null for a whole bucket.
 */
export function partialBucket(
  bucket: string,
  granularity: Granularity,
  period: { from: string; to: string },
  today: string = todayUtc(),
): PartialBucket | null {
  if (granularity === "day" || !isPartialBucket(bucket, granularity, period, today)) return null;
  const end = bucketEnd(bucket, granularity);
  const last = earlier(period.to, today);
  const first = earlier(bucket, period.from) === bucket ? period.from : bucket;
  const until = earlier(end, last);
  const days = Math.max(0, Math.round((ms(until) - ms(first)) / DAY_MS) + 1);
  return { days, of: Math.round((ms(end) - ms(bucket)) / DAY_MS) + 1 };
}
