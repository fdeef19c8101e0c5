import { sql } from "kysely";
import type { Executor } from "../schema";

/**
 * Counters of failed sign-ins, one per key, each in its own window: the first failure opens a window
 * of `windowMs`, later ones within it add to it, and a failure after it has ended starts again at 1.
 * One upsert per key keeps concurrent failures (several processes) from losing a count.
 */

export type FailureCount = { failures: number; windowEndsAt: string };

/** The live counts of `keys` at `now` (a key whose window has ended counts nothing). */
export async function signInFailures(
  db: Executor,
  keys: string[],
  now: Date = new Date(),
): Promise<Map<string, FailureCount>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    .selectFrom("signInFailures")
    .select(["key", "failures", "windowEndsAt"])
    .where("key", "in", keys)
    .where("windowEndsAt", ">", now.toISOString())
    .execute();
  return new Map(rows.map((r) => [r.key, { failures: Number(r.failures), windowEndsAt: r.windowEndsAt }]));
}

/** Adds one failure to each key; ended windows start again. Also forgets windows that ended. */
export async function recordSignInFailure(
  db: Executor,
  keys: string[],
  windowMs: number,
  now: Date = new Date(),
): Promise<void> {
  const at = now.toISOString();
  const ends = new Date(now.getTime() + windowMs).toISOString();
  await db.transaction().execute(async (trx) => {
    for (const key of keys) {
      await trx
        .insertInto("signInFailures")
        .values({ key, failures: 1, windowEndsAt: ends })
        .onConflict((oc) =>
          oc.column("key").doUpdateSet({
            failures: sql`case when sign_in_failures.window_ends_at <= ${at} then 1 else sign_in_failures.failures + 1 end`,
            windowEndsAt: sql`case when sign_in_failures.window_ends_at <= ${at} then ${ends} else sign_in_failures.window_ends_at end`,
          }),
        )
        .execute();
    }
    await trx.deleteFrom("signInFailures").where("windowEndsAt", "<=", at).execute();
  });
}

/** A successful sign-in forgets the failures counted against that account (and account + address). */
export async function clearSignInFailures(db: Executor, keys: string[]): Promise<void> {
  if (keys.length) await db.deleteFrom("signInFailures").where("key", "in", keys).execute();
}
