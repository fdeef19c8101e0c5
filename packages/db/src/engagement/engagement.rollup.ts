import { ENGAGEMENT_METRICS, type EngagementMetric } from "@tbc/types";
import { type Kysely, type SelectQueryBuilder, sql } from "kysely";
import { dayBucket, lockRollup } from "../dialect";
import type { DB, Executor } from "../schema";

/**
 * engagement_monthly: engagement_daily summed per month × channel × country (migration 0005), and
 * the one place that reads either table as rows to be summed. Every write to engagement_daily calls
 * refreshEngagementRollup in its own transaction, once, over the days and channels it wrote.
 */

const COLUMNS: Record<EngagementMetric, string> = {
  impressions: "impressions",
  reach: "reach",
  engagements: "engagements",
  shares: "shares",
  videoViews: "video_views",
  newFollowers: "new_followers",
  hashtagMentions: "hashtag_mentions",
  siteVisits: "site_visits",
};
const METRIC_SQL = ENGAGEMENT_METRICS.map((m) => COLUMNS[m]);

const monthStart = (day: string) => `${day.slice(0, 7)}-01`;
const DAY_MS = 86_400_000;
const shift = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
/** The last day of the month `day` falls in. */
function monthEnd(day: string): string {
  const [y, m] = day.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

export type RollupScope = {
  from: string;
  to: string;
  channels?: readonly string[];
  /**
   * Every country ('' for the totals) that has, or had before this transaction, daily rows of these
   * channels in these months (rollupCountries): the refresh then reads those rows through the
   * (country, channel, day) index instead of every channel's rows of the days in range.
   */
  countries?: readonly string[];
};

/**
 * The countries whose months of `channels` the rollup holds between `from` and `to` — as it stands,
 * so before the refresh: with the countries a writer adds, every country a refresh must recompute.
 */
export async function rollupCountries(
  trx: Executor,
  scope: { from: string; to: string; channels: readonly string[] },
): Promise<string[]> {
  if (!scope.channels.length) return [];
  const rows = await trx
    .selectFrom("engagementMonthly")
    .select("countryCode")
    .distinct()
    .where("channel", "in", [...scope.channels])
    .where("month", ">=", monthStart(scope.from))
    .where("month", "<=", monthEnd(scope.to))
    .execute();
  return rows.map((r) => r.countryCode);
}

/**
 * Recomputes the months that [from, to] touches (of the given channels, or all) from the daily
 * rows: one DELETE and one INSERT … SELECT … GROUP BY, bounded by the daily key's day range (and by
 * the scope's countries through the (country, channel, day) index, when it lists them). No scope:
 * every month (seeds, backfills). Call it inside the transaction that wrote the daily rows.
 */
export async function refreshEngagementRollup(trx: Executor, scope?: RollupScope): Promise<void> {
  if (scope?.channels && scope.channels.length === 0) return;
  await lockRollup(trx, "engagementMonthly");
  const from = scope ? monthStart(scope.from) : null;
  const to = scope ? monthEnd(scope.to) : null;
  let del = trx.deleteFrom("engagementMonthly");
  if (from && to) del = del.where("month", ">=", from).where("month", "<=", to);
  if (scope?.channels) del = del.where("channel", "in", [...scope.channels]);
  await del.execute();
  const sums = METRIC_SQL.map((m) => `sum(${m})`).join(", ");
  const countries = scope?.channels && scope.countries ? [...new Set(scope.countries)] : null;
  if (countries?.length === 0) return; // no daily rows of these channels, before or now
  const where = [
    ...(countries ? [sql`country_code in (${sql.join(countries)})`] : []),
    ...(from && to ? [sql`day >= ${from} and day <= ${to}`] : []),
    ...(scope?.channels ? [sql`channel in (${sql.join([...scope.channels])})`] : []),
  ];
  await sql`insert into engagement_monthly (month, channel, country_code, ${sql.raw(METRIC_SQL.join(", "))},
      impressions_rated, days, is_sample)
    select substr(day, 1, 7) || '-01', channel, country_code, ${sql.raw(sums)},
      sum(case when engagements is not null then impressions end), count(*), max(is_sample)
    from engagement_daily
    ${where.length ? sql`where ${sql.join(where, sql` and `)}` : sql``}
    group by substr(day, 1, 7) || '-01', channel, country_code`.execute(trx);
}

/**
 * How a period splits: the whole months in it (read from the rollup) and the days at either edge
 * (read from the daily rows through their key's day range).
 */
export function splitPeriod(
  from: string,
  to: string,
): { months: [string, string] | null; days: [string, string][] } {
  const firstWhole = from.endsWith("-01") ? from : shift(monthEnd(from), 1);
  const lastWholeEnd = monthEnd(to) === to ? to : shift(monthStart(to), -1);
  if (firstWhole > lastWholeEnd) return { months: null, days: [[from, to]] };
  const days: [string, string][] = [];
  if (from < firstWhole) days.push([from, shift(firstWhole, -1)]);
  if (lastWholeEnd < to) days.push([shift(lastWholeEnd, 1), to]);
  return { months: [firstWhole, monthStart(lastWholeEnd)], days };
}

export type EngagementScope = {
  from: string;
  to: string;
  /** '' for the channels' totals, else a country's breakdown rows. */
  countryCode: string;
  channels?: readonly string[];
};

/** Source rows `e`: a bucket, the channel, every metric, impressionsRated, days and isSample. */
type SourceDB = DB & {
  e: {
    bucket: string;
    channel: string;
    impressionsRated: number | null;
    days: number;
    isSample: number;
  } & Record<EngagementMetric, number | null>;
};

/**
 * The rows that sum to the period's figures, as a subquery `e`: whole months from engagement_monthly
 * (only when bucketing by month or not at all), the rest from engagement_daily. Summing any column
 * of it gives exactly what summing the daily rows would, NULL included.
 */
export function engagementSource(
  db: Executor,
  s: EngagementScope,
  granularity: "day" | "week" | "month" | null,
): SelectQueryBuilder<SourceDB, "e", object> {
  const split =
    granularity === "day" || granularity === "week"
      ? { months: null, days: [[s.from, s.to] as [string, string]] }
      : splitPeriod(s.from, s.to);
  const channels = s.channels?.length ? [...s.channels] : null;
  const none = sql<string>`''`;
  const parts: unknown[] = [];
  if (split.months) {
    const [first, last] = split.months;
    parts.push(
      db
        .selectFrom("engagementMonthly as m")
        .where("m.countryCode", "=", s.countryCode)
        .where("m.month", ">=", first)
        .where("m.month", "<=", last)
        .$if(channels !== null, (q) => q.where("m.channel", "in", channels as string[]))
        .select([
          (granularity ? sql<string>`m.month` : none).as("bucket"),
          "m.channel",
          ...ENGAGEMENT_METRICS.map((k) => sql.ref<number | null>(`m.${COLUMNS[k]}`).as(k)),
          "m.impressionsRated",
          "m.days",
          "m.isSample",
        ]),
    );
  }
  // One part per edge, each with its own day range and a channel list, so that both databases
  // read the (country_code, channel, day) index by range rather than every day of the country.
  for (const [a, b] of split.days) {
    const bucket = granularity ? dayBucket(db, granularity, sql.ref("d.day")) : none;
    parts.push(
      db
        .selectFrom("engagementDaily as d")
        .where("d.countryCode", "=", s.countryCode)
        .where("d.channel", "in", channels ?? db.selectFrom("channels").select("code"))
        .where("d.day", ">=", a)
        .where("d.day", "<=", b)
        .select([
          bucket.as("bucket"),
          "d.channel",
          ...ENGAGEMENT_METRICS.map((k) => sql.ref<number | null>(`d.${COLUMNS[k]}`).as(k)),
          sql<number | null>`case when d.engagements is not null then d.impressions end`.as(
            "impressionsRated",
          ),
          sql<number>`1`.as("days"),
          "d.isSample",
        ]),
    );
  }
  // Both parts select the same columns under the same names; only their inferred types differ.
  type Part = SelectQueryBuilder<DB, never, object>;
  const [head, ...rest] = parts as unknown as [Part, ...Part[]];
  const union = rest.reduce((q, p) => q.unionAll(p), head);
  return (db as unknown as Kysely<SourceDB>).selectFrom(union.as("e") as never) as never;
}
