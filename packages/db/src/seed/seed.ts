import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@tbc/types";
import { createAgency } from "../agencies/agencies.repository";
import type { Executor } from "../schema";
import { inTransaction } from "../transaction";
import { countUsers, createUser } from "../users/users.repository";
import { readSeedAgencies } from "./agencies.seed";
import { type EngagementSeedOptions, seedSampleEngagement } from "./engagement.seed";
import { seedOperations } from "./operations.seed";

export type SeedReport = {
  agencies: number;
  operations: number;
  users: number;
  engagementRows: number;
  posts: number;
  skipped: boolean;
};

export type SeedOptions = {
  /**
   * Generate the sample engagement series (about 90,000 rows from the 2014 launch to today). The
   * app and the CLI do; most tests leave it out because they do not look at engagement.
   */
  sampleEngagement?: boolean | EngagementSeedOptions;
};

/**
 * Demo data for an empty database: the 17 documented supporting agencies (active), the 58 published
 * operations with their grades and caveats, the four demo accounts and, when asked, sample
 * engagement. Does nothing when the database already has agencies or users, so it is safe at every
 * start.
 */
export async function seedDemo(db: Executor, options: SeedOptions = {}): Promise<SeedReport> {
  const hasData =
    (await db.selectFrom("agencies").select("id").limit(1).executeTakeFirst()) !== undefined ||
    (await countUsers(db)) > 0;
  if (hasData) return { agencies: 0, operations: 0, users: 0, engagementRows: 0, posts: 0, skipped: true };
  return inTransaction(db, async (trx) => {
    for (const account of DEMO_ACCOUNTS) await createUser(trx, { ...account, password: DEMO_PASSWORD });
    const agencies = readSeedAgencies();
    for (const values of agencies) await createAgency(trx, values, { userId: null }, "active");
    const operations = await seedOperations(trx, null);
    const engagement = options.sampleEngagement
      ? await seedSampleEngagement(trx, options.sampleEngagement === true ? {} : options.sampleEngagement)
      : { rows: 0, posts: 0 };
    return {
      agencies: agencies.length,
      operations,
      users: DEMO_ACCOUNTS.length,
      engagementRows: engagement.rows,
      posts: engagement.posts,
      skipped: false,
    };
  });
}
