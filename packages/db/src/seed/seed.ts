import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@tbc/types";
import { createAgency } from "../agencies/agencies.repository";
import type { Executor } from "../schema";
import { inTransaction } from "../transaction";
import { countUsers, createUser } from "../users/users.repository";
import { readSeedAgencies } from "./agencies.seed";
import { seedOperations } from "./operations.seed";

export type SeedReport = { agencies: number; operations: number; users: number; skipped: boolean };

/**
 * Demo data for an empty database: the 17 documented supporting agencies (active), the 58 published
 * operations with their grades and caveats, and the four demo accounts. Does nothing when the database already has agencies or users, so it is safe at every start.
 */
export async function seedDemo(db: Executor): Promise<SeedReport> {
  const hasData =
    (await db.selectFrom("agencies").select("id").limit(1).executeTakeFirst()) !== undefined ||
    (await countUsers(db)) > 0;
  if (hasData) return { agencies: 0, operations: 0, users: 0, skipped: true };
  return inTransaction(db, async (trx) => {
    for (const account of DEMO_ACCOUNTS) await createUser(trx, { ...account, password: DEMO_PASSWORD });
    const agencies = readSeedAgencies();
    for (const values of agencies) await createAgency(trx, values, { userId: null }, "active");
    const operations = await seedOperations(trx, null);
    return { agencies: agencies.length, operations, users: DEMO_ACCOUNTS.length, skipped: false };
  });
}
