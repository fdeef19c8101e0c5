import { ENGAGEMENT_METRICS, type EngagementDailyValues, type PostValues } from "@tbc/types";
import { sql } from "kysely";
import { type RollupScope, refreshEngagementRollup } from "../engagement/engagement.rollup";
import type { Executor } from "../schema";
import type { ImportProgress } from "./csv";
import type { PlannedRow } from "./pipeline";

/**
 * The stored side of the engagement import (engagement-import.ts declares the rules): what is stored
 * under each key, as a string to compare with a file's row, and the upserts.
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
  const found = await db
    .selectFrom("engagementDaily")
    .select(["day", "channel", "countryCode", "isSample", ...METRICS])
    .where("day", ">=", days[0] as string)
    .where("day", "<=", days[days.length - 1] as string)
    .where("channel", "in", [...new Set(rows.map((r) => r.channel))])
    .execute();
  for (const f of found) {
    // A sample row is never "unchanged": importing real figures over it replaces it.
    out.set(dailyKey(f), f.isSample ? "sample" : JSON.stringify(METRICS.map((m) => f[m] ?? null)));
  }
  return out;
}

export async function existingPosts(db: Executor): Promise<Map<string, string>> {
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

export async function upsertDaily(
  trx: Executor,
  rows: PlannedRow<EngagementDailyValues, string>[],
  { importId, onProgress }: { importId: number; onProgress?: ImportProgress },
): Promise<void> {
  // Real figures replace the generated ones for each channel over the days the file covers.
  const spans = new Map<string, { from: string; to: string }>();
  for (const { values: v } of rows) {
    const s = spans.get(v.channel);
    spans.set(v.channel, {
      from: !s || v.day < s.from ? v.day : s.from,
      to: !s || v.day > s.to ? v.day : s.to,
    });
  }
  for (const [channel, span] of spans) {
    await trx
      .deleteFrom("engagementDaily")
      .where("channel", "=", channel)
      .where("isSample", "=", 1)
      .where("day", ">=", span.from)
      .where("day", "<=", span.to)
      .execute();
  }
  for (let i = 0; i < rows.length; i += 500) {
    const batch = rows.slice(i, i + 500).map(({ values }) => ({ ...values, isSample: 0, importId }));
    await trx
      .insertInto("engagementDaily")
      .values(batch)
      .onConflict((oc) =>
        oc.columns(["day", "channel", "countryCode"]).doUpdateSet((eb) => ({
          ...Object.fromEntries(METRICS.map((m) => [m, eb.ref(`excluded.${m}`)])),
          isSample: sql<number>`0`,
          importId: eb.ref("excluded.importId"),
        })),
      )
      .execute();
    onProgress?.("commit", Math.min(i + 500, rows.length), rows.length);
  }
  await refreshEngagementRollup(trx, engagementRollupScope(spans));
}

/** The days and channels an import wrote (and replaced sample rows over), for the monthly rollup. */
export function engagementRollupScope(spans: Map<string, { from: string; to: string }>): RollupScope {
  const all = [...spans.values()];
  return {
    from: all.reduce((m, s) => (s.from < m ? s.from : m), all[0]?.from ?? "9999-12-31"),
    to: all.reduce((m, s) => (s.to > m ? s.to : m), all[0]?.to ?? "0000-01-01"),
    channels: [...spans.keys()],
  };
}

export async function upsertPosts(
  trx: Executor,
  rows: PlannedRow<PostValues, string>[],
  { onProgress }: { onProgress?: ImportProgress },
): Promise<void> {
  let done = 0;
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
    if (++done % 500 === 0) onProgress?.("commit", done, rows.length);
  }
  onProgress?.("commit", rows.length, rows.length);
}
