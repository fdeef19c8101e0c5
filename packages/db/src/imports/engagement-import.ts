import {
  coded,
  ENGAGEMENT_CSV_HEADER,
  ENGAGEMENT_METRICS,
  type EngagementDailyValues,
  fieldwise,
  type ImportChange,
  POSTS_CSV_HEADER,
  type PostValues,
  ZEngagementDailyValues,
  ZPostValues,
} from "@tbc/types";
import type { Executor } from "../schema";
import { integerCell, quoted } from "./csv";
import {
  comparable,
  dailyKey,
  dailyKeyPacker,
  dailyWriter,
  existingDaily,
  existingPosts,
  postKey,
  postsWriter,
} from "./engagement-commit";
import { loadNameLookups, type NameLookups } from "./name-lookups";
import { type FieldSource, type ImportRules, importer, type RowContext } from "./pipeline";
import { importPipeline } from "./pipeline-run";

/**
 * Engagement import: daily metrics (ENGAGEMENT_CSV_HEADER) or posts (POSTS_CSV_HEADER), told apart
 * by the header. Same guarantees as the operations import: per-row errors before anything is
 * written, all or nothing, idempotent upserts (daily: day + channel + country; posts: channel +
 * time). Real daily rows replace the sample rows of their channel over the period they cover.
 */

type Lookups = { names: NameLookups; operations: Map<string, number> };

async function loadLookups(db: Executor): Promise<Lookups> {
  const operations = await db.selectFrom("operations").select(["id", "name", "editionYear"]).execute();
  return {
    names: await loadNameLookups(db),
    operations: new Map(operations.map((o) => [`${o.name}|${o.editionYear}`, o.id])),
  };
}

/** A channel's code, label or saved alias → its code (one that does not resolve is checked below). */
const channelOf = (cell: string, row: RowContext<Lookups>) => row.lookups.names.channel.resolve(cell) ?? cell;

/** A country as a code ("fr") or a name ("France"); empty is "all countries". */
function countryOf(cell: string, row: RowContext<Lookups>): string {
  if (!cell || /^[A-Za-z]{2}$/.test(cell)) return cell.toUpperCase();
  const code = row.lookups.names.country.resolve(cell);
  if (code) return code;
  row.unknownName("country", "country", cell, row.lookups.names.country);
  return "";
}

const COLUMN_OF: Record<string, string> = {
  videoViews: "video_views",
  newFollowers: "new_followers",
  hashtagMentions: "hashtag_mentions",
  siteVisits: "site_visits",
};

/** Metric fields, each from its column as a whole number (empty: not published). */
const metrics = (fields: readonly string[]): Record<string, FieldSource<Lookups>> =>
  Object.fromEntries(fields.map((m) => [m, { column: COLUMN_OF[m] ?? m, read: integerCell }]));

/** Checked whatever else is wrong with the row, so that one preview shows all of its problems. */
function checkCodes(
  input: Record<string, unknown>,
  { lookups, report, unknownName }: RowContext<Lookups>,
): void {
  const channel = String(input.channel ?? "");
  const channels = lookups.names.channel;
  if (channel && channels.resolve(channel) === null) unknownName("channel", "channel", channel, channels);
  const country = String(input.countryCode ?? "");
  if (/^[A-Z]{2}$/.test(country) && lookups.names.country.resolve(country) === null) {
    report("country", coded("import.row.unknown_country_code", { code: quoted(country) }));
  }
}

/** `operation` + `operation_year` → the operation's id; a pair that names none is reported. */
function operationIdOf(cell: string, { cells, lookups, report }: RowContext<Lookups>): number | null {
  if (!cell) return null;
  const id = lookups.operations.get(`${cell}|${cells.operation_year}`);
  if (id === undefined) {
    report(
      "operation",
      coded("import.row.unknown_operation", {
        name: quoted(cell),
        year: cells.operation_year ? quoted(cells.operation_year) : "—",
      }),
    );
    return null;
  }
  return id;
}

/** A stored row is unchanged when it holds exactly what the file says (see comparable). */
const differs = (stored: string, v: EngagementDailyValues | PostValues) => stored !== comparable(v);

const DAILY_COLUMNS = ENGAGEMENT_METRICS.map((m) => COLUMN_OF[m] ?? m);
const POST_COLUMNS = ["text", "url", "impressions", "engagements", "shares", "video_views", "operation"];

/**
 * What an update changes, column by column, from the stored and the file's comparable arrays (a
 * sample row that real figures replace says so: sample → published).
 */
function changes(columns: string[]) {
  return (stored: string, v: EngagementDailyValues | PostValues): ImportChange[] => {
    const shown = (x: unknown) => (x === null || x === undefined ? null : String(x));
    let before: unknown[];
    try {
      before = JSON.parse(stored) as unknown[];
    } catch {
      before = [];
    }
    if (!Array.isArray(before) || stored === "sample")
      return [{ column: "data", from: "sample", to: "published" }];
    const after = JSON.parse(comparable(v)) as unknown[];
    const out = columns.flatMap((column, i) =>
      shown(before[i]) === shown(after[i]) ? [] : [{ column, from: shown(before[i]), to: shown(after[i]) }],
    );
    // The last cell of a post is its sample flag: a sample post replaced by a published one.
    if (before.length > columns.length && before.at(-1) !== after.at(-1))
      out.push({ column: "data", from: "sample", to: "published" });
    return out;
  };
}

export const ENGAGEMENT_DAILY_IMPORT: ImportRules<EngagementDailyValues, string, Lookups> = {
  kind: "engagement",
  header: ENGAGEMENT_CSV_HEADER,
  fields: {
    day: { column: "day" },
    channel: { column: "channel", read: channelOf },
    countryCode: { column: "country", read: countryOf },
    ...metrics(ENGAGEMENT_METRICS),
  },
  // Days, channels, countries and empty cells repeat: each distinct value is checked once per field.
  schema: fieldwise(ZEngagementDailyValues),
  load: loadLookups,
  check: (input, _value, row) => checkCodes(input, row),
  key: dailyKey,
  packKey: dailyKeyPacker,
  duplicate: { column: "day", code: "import.row.duplicate_key" },
  existing: existingDaily,
  differs,
  changes: changes(DAILY_COLUMNS),
  // `name` is what the preview shows for the row: its key, readably.
  describe: (v) => ({
    name: `${v.day} · ${v.channel} · ${v.countryCode || "all countries"}`,
    editionYear: 0,
  }),
  writer: dailyWriter,
};

export const POSTS_IMPORT: ImportRules<PostValues, string, Lookups> = {
  kind: "posts",
  header: POSTS_CSV_HEADER,
  fields: {
    postedAt: { column: "posted_at" },
    channel: { column: "channel", read: channelOf },
    text: { column: "text" },
    url: { column: "url" },
    ...metrics(["impressions", "engagements", "shares", "videoViews"]),
    operationId: { column: "operation", read: operationIdOf },
  },
  schema: fieldwise(ZPostValues),
  load: loadLookups,
  check: (input, _value, row) => checkCodes(input, row),
  key: postKey,
  duplicate: { column: "posted_at", code: "import.row.duplicate_key" },
  existing: existingPosts,
  differs,
  changes: changes(POST_COLUMNS),
  describe: (v) => ({ name: `${v.postedAt} · ${v.channel}`, editionYear: 0 }),
  writer: postsWriter,
};

const engagementImport = importPipeline([importer(ENGAGEMENT_DAILY_IMPORT), importer(POSTS_IMPORT)], {
  rejectedAs: "engagement",
  headers: `${ENGAGEMENT_CSV_HEADER.join(",")} (daily metrics) or ${POSTS_CSV_HEADER.join(",")} (posts)`,
});

export const previewEngagementImport = engagementImport.preview;
export const commitEngagementImport = engagementImport.commit;
