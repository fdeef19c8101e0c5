/**
 * `pnpm --filter @tbc/db exec tsx bench/duplicates.ts`: the agency duplicate warning (one call per
 * pause in typing) against 10,000 agencies whose names share common words ("National", "Police"),
 * on SQLite and, when BENCH_DATABASE_URL or TEST_DATABASE_URL is set, PostgreSQL. Prints the median
 * of repeated calls per typed name: the candidate set is bounded, so it must not grow with the table.
 */

import { findDuplicateAgencies, indexAgencyNames } from "../src/agencies/agencies.duplicates";
import { agencyNameKey, createAgency } from "../src/agencies/agencies.repository";
import type { DialectName } from "../src/database";
import type { Executor } from "../src/schema";
import { createTestDatabase } from "../src/testing";
import { median } from "./median";

const AGENCIES = Number(process.env.BENCH_AGENCIES ?? 10_000);
const RUNS = 25;
const ADJECTIVES = [
  "National",
  "Federal",
  "Royal",
  "Central",
  "State",
  "Regional",
  "Municipal",
  "Provincial",
];
const NOUNS = [
  "Police",
  "Customs",
  "Coast Guard",
  "Investigation Agency",
  "Border Guard",
  "Gendarmerie",
  "Prosecution Service",
];

async function fill(db: Executor, codes: string[]): Promise<void> {
  const now = new Date().toISOString();
  for (let i = 0; i < AGENCIES; i += 1000) {
    const batch = Array.from({ length: Math.min(1000, AGENCIES - i) }, (_, j) => {
      const n = i + j;
      const country = codes[n % codes.length] ?? "FR";
      const name = `${ADJECTIVES[n % ADJECTIVES.length]} ${NOUNS[(n >> 3) % NOUNS.length]} of ${country} ${n}`;
      return {
        name,
        nameKey: agencyNameKey(name),
        countryCode: country,
        kind: "other",
        status: "active",
        createdAt: now,
        updatedAt: now,
      };
    });
    await db.insertInto("agencies").values(batch).execute();
  }
  await indexAgencyNames(db);
  await createAgency(
    db,
    {
      name: "Federal Bureau of Investigation",
      acronym: "FBI",
      countryCode: "US",
      kind: "investigation_agency",
      pledgedOn: null,
      website: null,
      socialHandle: null,
      notes: null,
      sourceUrl: null,
    },
    { userId: null },
  );
}

async function run(dialect: DialectName): Promise<void> {
  const t = await createTestDatabase(dialect);
  try {
    const codes = (await t.db.selectFrom("countries").select("code").execute()).map((c) => c.code);
    await fill(t.db, codes);
    for (const name of [
      "Federal Bureau of Investigations",
      "FBI",
      "National Police",
      "Royal Coast Guard of FR",
    ]) {
      const found = await findDuplicateAgencies(t.db, { name });
      const ms = await median(() => findDuplicateAgencies(t.db, { name }), RUNS);
      console.log(
        `${dialect}\t${AGENCIES} agencies\t${JSON.stringify(name)}\t${ms.toFixed(1)} ms\t${found.length} found`,
      );
    }
  } finally {
    await t.drop();
  }
}

await run("sqlite");
if (process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL) await run("postgres");
