/**
 * Demo seeding as `pnpm tbc seed` and the server's start in demo mode (src/main.ts) both do it: the
 * demo data, the demo accounts and the generated sample engagement (flagged as sample in the
 * database, and reported as such by every engagement answer).
 */
import type { SeedOptions, SeedReport } from "@tbc/db";

export const DEMO_SEED: SeedOptions = { sampleEngagement: true };

const count = (n: number) => n.toLocaleString("en-US");

/**
 * "Seeded 17 agencies, 58 operations and 4 demo accounts, and 99,985 sample engagement rows and
 * 62 sample posts (labelled as sample data)" — without the sample part when there is none.
 */
export function seedSummary(report: SeedReport): string {
  const base = `Seeded ${report.agencies} agencies, ${report.operations} operations and ${report.users} demo accounts`;
  if (!report.engagementRows && !report.posts) return base;
  return (
    `${base}, and ${count(report.engagementRows)} sample engagement rows and ${count(report.posts)} ` +
    "sample posts (labelled as sample data)"
  );
}
