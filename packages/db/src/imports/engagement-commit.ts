import { ENGAGEMENT_METRICS, type EngagementDailyValues, type PostValues } from "@tbc/types";
import { CompiledQuery } from "kysely";
import { dialectOf } from "../dialect";
import { refreshEngagementRollup, rollupCountries } from "../engagement/engagement.rollup";
import type { Executor } from "../schema";
import type { ImportWriter } from "./pipeline";

/**
 * The stored side of the engagement import (engagement-import.ts declares the rules): what is stored
 * under each key, as a string to compare with a file's row, and the writers (one multi-row upsert per
 * batch).
 */

const METRICS = ENGAGEMENT_METRICS;

export const dailyKey = (v: { day: string; channel: string; countryCode: string }) =>
  `${v.day}|${v.channel}|${v.countryCode}`;
/**
 * dailyKey as one safe integer, for the keys a file's import remembers: channel (numbered in the order
 * met) × country ("" or two capitals: 0–676) × day (year, month and day of a checked YYYY-MM-DD:
 * < 2^22), injective below 2^21 channels, past which the string key is used.
 */
export function dailyKeyPacker(): (v: {
  day: string;
  channel: string;
  countryCode: string;
}) => number | undefined {
  const channels = new Map<string, number>();
  return (v) => {
    let channel = channels.get(v.channel);
    if (channel === undefined) {
      channel = channels.size;
      channels.set(v.channel, channel);
    }
    if (channel >= 2 ** 21) return undefined;
    const c = v.countryCode;
    const country = c.length === 2 ? 1 + (c.charCodeAt(0) - 65) * 26 + (c.charCodeAt(1) - 65) : 0;
    const d = v.day;
    const day = (Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1) * 31 + Number(d.slice(8, 10)) - 1;
    return (channel * 1024 + country) * 2 ** 22 + day;
  };
}
export const postKey = (v: { channel: string; postedAt: string }) =>
  `${v.channel}|${new Date(v.postedAt).toISOString()}`;

/** What an upsert would change, as a string to compare (imported rows are never sample rows). */
export function comparable(v: EngagementDailyValues | PostValues): string {
  return JSON.stringify(
    "day" in v
      ? METRICS.map((m) => v[m] ?? null)
      : [v.text, v.url, v.impressions, v.engagements, v.shares, v.videoViews, v.operationId, 0],
  );
}

export async function existingDaily(
  db: Executor,
  rows: EngagementDailyValues[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!rows.length) return out;
  const days = rows.map((r) => r.day).sort();
  // The batch's days, channels and countries bound the look-up (a superset of its keys).
  const found = await db
    .selectFrom("engagementDaily")
    .select(["day", "channel", "countryCode", "isSample", ...METRICS])
    .where("day", ">=", days[0] as string)
    .where("day", "<=", days[days.length - 1] as string)
    .where("channel", "in", [...new Set(rows.map((r) => r.channel))])
    .where("countryCode", "in", [...new Set(rows.map((r) => r.countryCode))])
    .execute();
  for (const f of found) {
    // A sample row is never "unchanged": importing real figures over it replaces it.
    out.set(dailyKey(f), f.isSample ? "sample" : JSON.stringify(METRICS.map((m) => f[m] ?? null)));
  }
  return out;
}

/** The stored posts of the batch's channels over the batch's span of time. */
export async function existingPosts(db: Executor, rows: PostValues[]): Promise<Map<string, string>> {
  if (!rows.length) return new Map();
  const times = rows.map((r) => new Date(r.postedAt).toISOString()).sort();
  const found = await db
    .selectFrom("posts")
    .select([
      "channel",
      "postedAt",
      "text",
      "url",
      "impressions",
      "engagements",
      "shares",
      "videoViews",
      "operationId",
      "isSample",
    ])
    .where("channel", "in", [...new Set(rows.map((r) => r.channel))])
    .where("postedAt", ">=", times[0] as string)
    .where("postedAt", "<=", times[times.length - 1] as string)
    .execute();
  return new Map(
    found.map((p) => [
      postKey(p),
      JSON.stringify([
        p.text,
        p.url,
        p.impressions,
        p.engagements,
        p.shares,
        p.videoViews,
        p.operationId,
        Number(p.isSample),
      ]),
    ]),
  );
}

/** The days and channels a commit wrote: what depends on them is brought up to date after the last batch. */
export type TouchedDays = { from: string; to: string; channels: string[] };

/**
 * Daily rows: each batch one multi-row upsert (key: day + channel + country). After the last batch,
 * real figures replace the generated ones for each channel over the days the file covers.
 */
export function dailyWriter(
  trx: Executor,
  { importId }: { importId: number },
): ImportWriter<EngagementDailyValues, string> & { touched(): TouchedDays | null } {
  const spans = new Map<string, { from: string; to: string }>();
  const countries = new Set<string>();
  const touched = (): TouchedDays | null => {
    const all = [...spans.values()];
    if (!all.length) return null;
    return {
      from: all.map((s) => s.from).sort()[0] as string,
      to: all.map((s) => s.to).sort()[all.length - 1] as string,
      channels: [...spans.keys()].sort(),
    };
  };
  return {
    async write(rows) {
      if (!rows.length) return;
      for (const { values: v } of rows) {
        countries.add(v.countryCode);
        const s = spans.get(v.channel);
        if (!s) spans.set(v.channel, { from: v.day, to: v.day });
        else if (v.day < s.from) s.from = v.day;
        else if (v.day > s.to) s.to = v.day;
      }
      // An unchanged row is left alone (as posts are): it keeps the import that last changed it.
      const changed = rows.filter((r) => r.action !== "unchanged").map((r) => r.values);
      await upsertDaily(trx, changed, importId);
    },
    async finish() {
      const scope = touched();
      if (!scope) return;
      // Every country with rows of these channels and months: the ones the rollup knows of (it is
      // still as it was before this import), and the file's. Sample rows can only be among the
      // former; both statements below then read by (country, channel, day), not every channel's days.
      const before = await rollupCountries(trx, scope);
      for (const [channel, span] of spans) {
        if (!before.length) break;
        await trx
          .deleteFrom("engagementDaily")
          .where("countryCode", "in", before)
          .where("channel", "=", channel)
          .where("isSample", "=", 1)
          .where("day", ">=", span.from)
          .where("day", "<=", span.to)
          .execute();
      }
      // Every batch is written: the monthly rollup is brought up to date here, once, over the days,
      // channels and countries the file touched (same transaction).
      await refreshEngagementRollup(trx, { ...scope, countries: [...before, ...countries] });
    },
    touched,
  };
}

/** engagement_daily's columns as the upsert writes them: the key, the metrics, then the import. */
const DAILY_COLUMNS = [
  ["day", "varchar"],
  ["channel", "varchar"],
  ["country_code", "varchar"],
  ...METRICS.map((m) => [m.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), "bigint"]),
] as const;
const KEY = "day, channel, country_code";
const SET = [
  ...DAILY_COLUMNS.slice(3).map(([c]) => `${c} = excluded.${c}`),
  "is_sample = 0",
  "import_id = excluded.import_id",
].join(", ");
const INTO = `insert into engagement_daily (${DAILY_COLUMNS.map(([c]) => c).join(", ")}, is_sample, import_id)`;
const UPSERT_TAIL = ` on conflict (${KEY}) do update set ${SET}`;
/** SQLite's limit on a statement's parameters (32,766), and the parameters of one row. */
const SQLITE_PARAMS = 32_766;
const ROW_PARAMS = DAILY_COLUMNS.length + 1;
/** PostgreSQL: one array parameter per column, whatever the number of rows. */
const PG_UPSERT =
  `${INTO} select *, 0, $${DAILY_COLUMNS.length + 1}::integer from unnest(` +
  `${DAILY_COLUMNS.map(([, t], i) => `$${i + 1}::${t}[]`).join(", ")})${UPSERT_TAIL}`;
const sqliteUpserts = new Map<number, string>();
function sqliteUpsert(rows: number): string {
  let text = sqliteUpserts.get(rows);
  if (!text) {
    const tuple = `(${DAILY_COLUMNS.map(() => "?").join(", ")}, 0, ?)`;
    text = `${INTO} values ${Array.from({ length: rows }, () => tuple).join(", ")}${UPSERT_TAIL}`;
    sqliteUpserts.set(rows, text);
  }
  return text;
}

/**
 * The batch's daily rows as a few plain statements rather than Kysely's builder, which made an object
 * per value (the profile's largest cost after SQLite itself): SQLite a multi-row VALUES under its
 * parameter limit, PostgreSQL one `insert … select from unnest(…)` with an array per column.
 */
async function upsertDaily(trx: Executor, rows: EngagementDailyValues[], importId: number): Promise<void> {
  if (!rows.length) return;
  const row = (v: EngagementDailyValues) => [
    v.day,
    v.channel,
    v.countryCode,
    ...METRICS.map((m) => v[m] ?? null),
  ];
  if (dialectOf(trx) === "postgres") {
    const columns: unknown[][] = DAILY_COLUMNS.map(() => []);
    for (const v of rows) {
      row(v).forEach((x, c) => {
        columns[c]?.push(x);
      });
    }
    await trx.executeQuery(CompiledQuery.raw(PG_UPSERT, [...columns, importId]));
    return;
  }
  const per = Math.floor(SQLITE_PARAMS / ROW_PARAMS);
  for (let i = 0; i < rows.length; i += per) {
    const part = rows.slice(i, i + per);
    const params: unknown[] = [];
    for (const v of part) params.push(...row(v), importId);
    await trx.executeQuery(CompiledQuery.raw(sqliteUpsert(part.length), params));
  }
}

/** Posts: created or updated one by one (key: channel + time); unchanged ones are left alone. */
export function postsWriter(trx: Executor): ImportWriter<PostValues, string> {
  return {
    async write(rows) {
      for (const { values, action } of rows) {
        const row = { ...values, postedAt: new Date(values.postedAt).toISOString(), isSample: 0 };
        if (action === "create") await trx.insertInto("posts").values(row).execute();
        else if (action === "update") {
          await trx
            .updateTable("posts")
            .set(row)
            .where("channel", "=", row.channel)
            .where("postedAt", "=", row.postedAt)
            .execute();
        }
      }
    },
  };
}
