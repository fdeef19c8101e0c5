import { CAMPAIGN_LAUNCH } from "@tbc/types";
import { refreshEngagementRollup } from "../engagement/engagement.rollup";
import { generateSampleEngagement, prng } from "../engagement/sample-generator";
import type { Executor } from "../schema";
import { inTransaction } from "../transaction";

/** Real #TurnBackCrime post texts (campaign_facts.md §4); the page gave no dates, so these are sample posts. */
const REAL_POST_TEXTS = [
  {
    day: "2014-06-05",
    channel: "x",
    text: "More than 600 raids carried out across South America led to the seizure of $27M in fake goods: #TurnBackCrime",
  },
  {
    day: "2014-06-18",
    channel: "x",
    text: "Could that recent pack of cigarettes you bought be funding the illegal arms trade? A few ways to find out:",
  },
  {
    day: "2014-07-03",
    channel: "x",
    text: "Check out @InsideFerrari's pledge to help #TurnBackCrime: #Formula1",
  },
  {
    day: "2014-09-10",
    channel: "facebook",
    text: '"Innocent" purchases of fake goods at a street vendor could help enable organized crime. Learn more: #TurnBackCrime',
  },
];

export type EngagementSeedOptions = { seed?: number; to?: string };

/**
 * Sample engagement from the launch to `to` (default today) and sample posts: the real post texts,
 * and a post on each announced operation. Everything is flagged is_sample = 1.
 */
export async function seedSampleEngagement(
  db: Executor,
  opts: EngagementSeedOptions = {},
): Promise<{ rows: number; posts: number }> {
  const to = opts.to ?? new Date().toISOString().slice(0, 10);
  const seed = opts.seed ?? 20140605;
  return inTransaction(db, async (trx) => {
    const ops = await trx
      .selectFrom("operations")
      .select(["id", "name", "announcedOn", "arrests", "seizedValueUsd"])
      .where("announcedOn", "is not", null)
      .where("announcedOn", "<=", to)
      .orderBy("announcedOn")
      .execute();
    let batch = [];
    let rows = 0;
    for (const row of generateSampleEngagement({
      seed,
      to,
      announcements: ops.map((o) => o.announcedOn as string),
    })) {
      batch.push(row);
      if (batch.length === 500) {
        await trx.insertInto("engagementDaily").values(batch).execute();
        rows += batch.length;
        batch = [];
      }
    }
    if (batch.length) await trx.insertInto("engagementDaily").values(batch).execute();
    rows += batch.length;
    await refreshEngagementRollup(trx, { from: CAMPAIGN_LAUNCH, to });

    const r = prng(seed + 1);
    const metrics = (scale: number) => ({
      impressions: Math.round(scale * (0.5 + r())),
      engagements: Math.round(scale * 0.03 * (0.5 + r())),
      shares: Math.round(scale * 0.008 * (0.5 + r())),
      videoViews: null,
    });
    const posts = [
      ...REAL_POST_TEXTS.filter((p) => p.day <= to).map((p) => ({
        channel: p.channel,
        postedAt: `${p.day}T10:00:00.000Z`,
        text: p.text,
        url: "http://www.turnbackcrime.com/",
        operationId: null,
        ...metrics(40_000),
      })),
      ...ops.map((o, i) => ({
        channel: "x",
        // Several operations were announced on one day: a minute apart keeps (channel, time) unique.
        postedAt: `${o.announcedOn}T12:${String(i % 60).padStart(2, "0")}:00.000Z`,
        text: `${o.name}: ${[
          o.arrests !== null ? `${o.arrests.toLocaleString("en")} arrests` : null,
          o.seizedValueUsd !== null ? `USD ${(o.seizedValueUsd / 1e6).toLocaleString("en")}M seized` : null,
        ]
          .filter(Boolean)
          .join(", ")} #TurnBackCrime`,
        url: null,
        operationId: o.id,
        ...metrics(60_000),
      })),
    ];
    if (posts.length)
      await trx
        .insertInto("posts")
        .values(posts.map((p) => ({ ...p, isSample: 1 })))
        .execute();
    return { rows, posts: posts.length };
  });
}
