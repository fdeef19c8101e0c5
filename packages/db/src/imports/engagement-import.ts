import {
  ENGAGEMENT_CSV_HEADER,
  ENGAGEMENT_METRICS,
  type EngagementDailyValues,
  type ImportPreview,
  type ImportResult,
  type ImportRowError,
  POSTS_CSV_HEADER,
  type PostValues,
  ZEngagementDailyValues,
  ZPostValues,
} from "@tbc/types";
import { sql } from "kysely";
import { type Actor, writeAudit } from "../audit/audit.repository";
import type { Executor } from "../schema";
import { inTransaction } from "../transaction";
import {
  cellCountError,
  emptyPreview,
  type ImportProgress,
  ImportRejectedError,
  integerCell,
  parseCsvFile,
} from "./csv";
import { recordImport, recordRejectedImport } from "./imports.repository";

/**
 * Engagement import: daily metrics (ENGAGEMENT_CSV_HEADER) or posts (POSTS_CSV_HEADER), told apart
 * by the header. Same guarantees as the operations import: per-row errors before anything is
 * written, all or nothing, idempotent upserts (daily: day + channel + country; posts: channel +
 * time). Real daily rows replace the sample rows of their channel over the period they cover.
 */

type Kind = "daily" | "posts";
const METRICS = ENGAGEMENT_METRICS;
const COLUMN_OF: Record<string, string> = {
  countryCode: "country",
  videoViews: "video_views",
  newFollowers: "new_followers",
  hashtagMentions: "hashtag_mentions",
  siteVisits: "site_visits",
  postedAt: "posted_at",
  operationId: "operation",
};

function detect(content: string | Buffer): Kind | { fileError: string } {
  const daily = parseCsvFile(content, ENGAGEMENT_CSV_HEADER);
  if (!("fileError" in daily) || !daily.fileError.startsWith("The header")) return "daily";
  const posts = parseCsvFile(content, POSTS_CSV_HEADER);
  if (!("fileError" in posts) || !posts.fileError.startsWith("The header")) return "posts";
  return {
    fileError: `The header must be exactly one of: ${ENGAGEMENT_CSV_HEADER.join(",")} (daily metrics) or ${POSTS_CSV_HEADER.join(",")} (posts)`,
  };
}

type Valid =
  | { kind: "daily"; rows: { line: number; values: EngagementDailyValues }[] }
  | { kind: "posts"; rows: { line: number; values: PostValues }[] };

const dailyKey = (v: EngagementDailyValues) => `${v.day}|${v.channel}|${v.countryCode}`;
const postKey = (v: { channel: string; postedAt: string }) =>
  `${v.channel}|${new Date(v.postedAt).toISOString()}`;

async function validate(db: Executor, content: string | Buffer, onProgress?: ImportProgress) {
  const kind = detect(content);
  if (typeof kind !== "string") return { preview: emptyPreview(kind.fileError), valid: null };
  const parsed = parseCsvFile(content, kind === "daily" ? ENGAGEMENT_CSV_HEADER : POSTS_CSV_HEADER);
  if ("fileError" in parsed) return { preview: emptyPreview(parsed.fileError), valid: null };
  const records = parsed.records as { line: number; cells: Record<string, string>; cellCount?: number }[];
  onProgress?.("parse", records.length, records.length);
  const channels = new Set((await db.selectFrom("channels").select("code").execute()).map((c) => c.code));
  const countries = new Set((await db.selectFrom("countries").select("code").execute()).map((c) => c.code));
  const operations = new Map(
    (await db.selectFrom("operations").select(["id", "name", "editionYear"]).execute()).map((o) => [
      `${o.name}|${o.editionYear}`,
      o.id,
    ]),
  );
  const errors: ImportRowError[] = [];
  const seen = new Map<string, number>();
  const rows: { line: number; values: EngagementDailyValues | PostValues; key: string }[] = [];
  const header = kind === "daily" ? ENGAGEMENT_CSV_HEADER : POSTS_CSV_HEADER;
  records.forEach((record, index) => {
    const { line, cells } = record;
    const countError = cellCountError(record, header);
    const rowErrors: ImportRowError[] = countError ? [countError] : [];
    const input: Record<string, unknown> =
      kind === "daily"
        ? {
            day: cells.day,
            channel: cells.channel,
            countryCode: (cells.country ?? "").toUpperCase(),
            ...Object.fromEntries(METRICS.map((m) => [m, integerCell(cells[COLUMN_OF[m] ?? m] ?? "")])),
          }
        : {
            postedAt: cells.posted_at,
            channel: cells.channel,
            text: cells.text,
            url: cells.url,
            ...Object.fromEntries(
              ["impressions", "engagements", "shares", "videoViews"].map((m) => [
                m,
                integerCell(cells[COLUMN_OF[m] ?? m] ?? ""),
              ]),
            ),
            operationId: cells.operation
              ? (operations.get(`${cells.operation}|${cells.operation_year}`) ?? -1)
              : null,
          };
    if (input.operationId === -1) {
      rowErrors.push({
        line,
        column: "operation",
        message: `No operation "${cells.operation}" in ${cells.operation_year || "(no year)"}`,
      });
      input.operationId = null;
    }
    const result = (kind === "daily" ? ZEngagementDailyValues : ZPostValues).safeParse(input);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = String(issue.path[0]);
        rowErrors.push({ line, column: COLUMN_OF[field] ?? field, message: issue.message });
      }
    }
    // Checked whatever else is wrong with the row, so that one preview shows all of its problems.
    const channel = String(input.channel ?? "");
    if (channel && !channels.has(channel))
      rowErrors.push({ line, column: "channel", message: `Unknown channel "${channel}"` });
    const country = String(input.countryCode ?? "");
    if (/^[A-Z]{2}$/.test(country) && !countries.has(country)) {
      rowErrors.push({ line, column: "country", message: `Unknown country code "${country}"` });
    }
    if (result.success) {
      const v = result.data;
      const key = "day" in v ? dailyKey(v) : postKey(v);
      const first = seen.get(key);
      if (first !== undefined)
        rowErrors.push({
          line,
          column: kind === "daily" ? "day" : "posted_at",
          message: `Same key as row ${first}`,
        });
      else seen.set(key, line);
      if (!rowErrors.length) rows.push({ line, values: v, key });
    }
    errors.push(...rowErrors);
    if (index % 1000 === 999) onProgress?.("validate", index + 1, records.length);
  });
  onProgress?.("validate", records.length, records.length);
  const existing =
    kind === "daily"
      ? await existingDaily(
          db,
          rows.map((r) => r.values as EngagementDailyValues),
        )
      : await existingPosts(db);
  const previewRows = rows.map((r) => {
    const e = existing.get(r.key);
    const action = !e ? "create" : e === JSON.stringify(comparable(r.values)) ? "unchanged" : "update";
    // `name` is what the preview shows for the row: its key, readably.
    const v = r.values;
    const name =
      "day" in v
        ? `${v.day} · ${v.channel} · ${v.countryCode || "all countries"}`
        : `${v.postedAt} · ${v.channel}`;
    return { line: r.line, name, key: r.key, editionYear: 0, action } as const;
  });
  const preview: ImportPreview = {
    fileError: null,
    rows: previewRows.map(({ key: _key, ...row }) => row),
    errors,
    counts: {
      total: records.length,
      create: previewRows.filter((r) => r.action === "create").length,
      update: previewRows.filter((r) => r.action === "update").length,
      unchanged: previewRows.filter((r) => r.action === "unchanged").length,
      rejected: new Set(errors.map((e) => e.line)).size,
    },
  };
  const valid = { kind, rows: rows.map(({ line, values }) => ({ line, values })) } as Valid;
  return { preview, valid, actions: new Map(previewRows.map((r) => [r.key, r.action])) };
}

/** What an upsert would change, as a string to compare (imported rows are never sample rows). */
function comparable(v: EngagementDailyValues | PostValues): unknown {
  return "day" in v
    ? METRICS.map((m) => v[m] ?? null)
    : [v.text, v.url, v.impressions, v.engagements, v.shares, v.videoViews, v.operationId, 0];
}

async function existingDaily(db: Executor, rows: EngagementDailyValues[]): Promise<Map<string, string>> {
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
    out.set(
      `${f.day}|${f.channel}|${f.countryCode}`,
      f.isSample ? "sample" : JSON.stringify(METRICS.map((m) => f[m] ?? null)),
    );
  }
  return out;
}

async function existingPosts(db: Executor): Promise<Map<string, string>> {
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

export async function previewEngagementImport(
  db: Executor,
  content: string | Buffer,
  onProgress?: ImportProgress,
) {
  return (await validate(db, content, onProgress)).preview;
}

export async function commitEngagementImport(
  db: Executor,
  content: string | Buffer,
  opts: { fileName: string; actor: Actor; onProgress?: ImportProgress },
): Promise<ImportResult> {
  const { preview, valid, actions } = await validate(db, content, opts.onProgress);
  if (!valid || preview.fileError || preview.errors.length) {
    await recordRejectedImport(db, "engagement", opts, preview);
    throw new ImportRejectedError(preview);
  }
  return inTransaction(db, async (trx) => {
    const importId = await recordImport(trx, {
      kind: valid.kind === "daily" ? "engagement" : "posts",
      fileName: opts.fileName,
      userId: opts.actor.userId,
      rowsTotal: preview.counts.total,
      rowsCreated: preview.counts.create,
      rowsUpdated: preview.counts.update,
      rowsUnchanged: preview.counts.unchanged,
      rowsRejected: 0,
      status: "committed",
      message: null,
    });
    if (valid.kind === "daily") await upsertDaily(trx, valid.rows, importId, opts.onProgress);
    else await upsertPosts(trx, valid.rows, actions, opts.onProgress);
    const counts = {
      total: preview.counts.total,
      created: preview.counts.create,
      updated: preview.counts.update,
      unchanged: preview.counts.unchanged,
      rejected: 0,
    };
    await writeAudit(trx, {
      ...opts.actor,
      action: "import",
      entity: "import",
      entityId: importId,
      after: { kind: valid.kind === "daily" ? "engagement" : "posts", fileName: opts.fileName, ...counts },
    });
    return { importId, counts };
  });
}

async function upsertDaily(
  trx: Executor,
  rows: { values: EngagementDailyValues }[],
  importId: number,
  onProgress?: ImportProgress,
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
}

async function upsertPosts(
  trx: Executor,
  rows: { values: PostValues }[],
  actions: Map<string, string>,
  onProgress?: ImportProgress,
): Promise<void> {
  let done = 0;
  for (const { values } of rows) {
    const key = postKey(values);
    const row = { ...values, postedAt: new Date(values.postedAt).toISOString(), isSample: 0 };
    if (actions.get(key) === "create") await trx.insertInto("posts").values(row).execute();
    else if (actions.get(key) === "update") {
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
