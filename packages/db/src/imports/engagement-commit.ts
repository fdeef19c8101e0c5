import { ENGAGEMENT_METRICS, type EngagementDailyValues, type PostValues } from "@tbc/types";
import { sql } from "kysely";
import { refreshEngagementRollup } from "../engagement/engagement.rollup";
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
        const s = spans.get(v.channel);
        if (!s) spans.set(v.channel, { from: v.day, to: v.day });
        else if (v.day < s.from) s.from = v.day;
        else if (v.day > s.to) s.to = v.day;
      }
      await trx
        .insertInto("engagementDaily")
        .values(rows.map(({ values }) => ({ ...values, isSample: 0, importId })))
        .onConflict((oc) =>
          oc.columns(["day", "channel", "countryCode"]).doUpdateSet((eb) => ({
            ...Object.fromEntries(METRICS.map((m) => [m, eb.ref(`excluded.${m}`)])),
            isSample: sql<number>`0`,
            importId: eb.ref("excluded.importId"),
          })),
        )
        .execute();
    },
    async finish() {
      for (const [channel, span] of spans) {
        await trx
          .deleteFrom("engagementDaily")
          .where("channel", "=", channel)
          .where("isSample", "=", 1)
          .where("day", ">=", span.from)
          .where("day", "<=", span.to)
          .execute();
      }
      // Every batch is written: the monthly rollup is brought up to date here, once, over the days
      // and channels the file touched (same transaction).
      const scope = touched();
      if (scope) await refreshEngagementRollup(trx, scope);
    },
    touched,
  };
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
