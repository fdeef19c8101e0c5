import { type Kysely, PostgresAdapter } from "kysely";

// Frozen: never edit after it has landed. Add a new migration instead.

const CHANNELS = [
  ["x", "X (Twitter)"],
  ["facebook", "Facebook"],
  ["instagram", "Instagram"],
  ["youtube", "YouTube"],
  ["website", "Website"],
  ["press", "Press"],
];

export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const id = pg ? ("serial" as const) : ("integer" as const);
  const idCol = (c: any) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement());
  const now = new Date().toISOString();

  await db.schema
    .createTable("channels")
    .addColumn("code", "varchar(30)", (c) => c.primaryKey())
    .addColumn("label", "varchar(60)", (c) => c.notNull())
    .addColumn("created_at", "varchar(40)", (c) => c.notNull())
    .execute();
  await db
    .insertInto("channels")
    .values(CHANNELS.map(([code, label]) => ({ code, label, created_at: now })))
    .execute();

  // One row per day, channel and country; country '' is the channel's total for the day (a
  // breakdown by country never adds up to it, since most channels report only some countries).
  // '' rather than NULL so that the (day, channel, country) key is unique on both databases.
  await db.schema
    .createTable("engagement_daily")
    .addColumn("day", "varchar(10)", (c) => c.notNull())
    .addColumn("channel", "varchar(30)", (c) => c.notNull().references("channels.code"))
    .addColumn("country_code", "varchar(2)", (c) => c.notNull())
    .addColumn("impressions", "bigint")
    .addColumn("reach", "bigint")
    .addColumn("engagements", "bigint")
    .addColumn("shares", "bigint")
    .addColumn("video_views", "bigint")
    .addColumn("new_followers", "bigint")
    .addColumn("hashtag_mentions", "bigint")
    .addColumn("site_visits", "bigint")
    .addColumn("is_sample", "integer", (c) => c.notNull())
    .addColumn("import_id", "integer", (c) => c.references("imports.id").onDelete("set null"))
    .addPrimaryKeyConstraint("engagement_daily_pk", ["day", "channel", "country_code"])
    .execute();
  await db.schema
    .createIndex("engagement_daily_channel_day_idx")
    .on("engagement_daily")
    .columns(["country_code", "channel", "day"])
    .execute();

  await db.schema
    .createTable("posts")
    .addColumn("id", id, idCol)
    .addColumn("channel", "varchar(30)", (c) => c.notNull().references("channels.code"))
    .addColumn("posted_at", "varchar(40)", (c) => c.notNull())
    .addColumn("text", "varchar(2000)", (c) => c.notNull())
    .addColumn("url", "varchar(1000)")
    .addColumn("impressions", "bigint")
    .addColumn("engagements", "bigint")
    .addColumn("shares", "bigint")
    .addColumn("video_views", "bigint")
    .addColumn("operation_id", "integer", (c) => c.references("operations.id").onDelete("set null"))
    .addColumn("is_sample", "integer", (c) => c.notNull())
    .addUniqueConstraint("posts_channel_time_uq", ["channel", "posted_at"])
    .execute();
  await db.schema.createIndex("posts_posted_at_idx").on("posts").column("posted_at").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ["posts", "engagement_daily", "channels"]) await db.schema.dropTable(t).execute();
}
