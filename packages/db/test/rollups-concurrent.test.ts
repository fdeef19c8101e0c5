import { ENGAGEMENT_CSV_HEADER, ZAgencyValues, ZOperationValues } from "@tbc/types";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAgency } from "../src/agencies/agencies.repository";
import { commitEngagementImport } from "../src/imports/engagement-import";
import { createOperation, deleteOperation } from "../src/operations/operations.repository";
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from "../src/testing";
import { operationMonthsDifferences } from "./rollups.detail";

/**
 * Writes that refresh the same rollup rows at the same moment (issue 10's load test found it: on
 * PostgreSQL, concurrent agency creates in one country answered "This record already exists"). Each
 * must succeed, and the rollups must afterwards equal a recomputation from the detail rows.
 */

const actor = { userId: null };
/** More than the test pool's connections (4), so that transactions really overlap on PostgreSQL. */
const AT_ONCE = 12;

/** Rows of the rollup that a recomputation from the detail rows does not give, and the reverse. */
async function rollupDifferences(t: TestDatabase): Promise<number> {
  const agencies = sql`select status, grain, period, country_code, agencies from agency_counts`;
  const byHand = sql`select status, 'y', substr(supporting_since, 1, 4), coalesce(country_code, ''), count(*)
      from agencies group by 1, 3, 4
    union all
    select status, 'm', substr(supporting_since, 1, 7), coalesce(country_code, ''), count(*)
      from agencies group by 1, 3, 4`;
  const engagement = sql`select month, channel, country_code, impressions, days from engagement_monthly`;
  const engagementByHand = sql`select substr(day, 1, 7) || '-01', channel, country_code, sum(impressions), count(*)
      from engagement_daily group by 1, 2, 3`;
  let n = 0;
  for (const [a, b] of [
    [agencies, byHand],
    [byHand, agencies],
    [engagement, engagementByHand],
    [engagementByHand, engagement],
  ] as const) {
    const { rows } = await sql<{ n: number }>`select count(*) as n from (
      select * from (${a}) a except select * from (${b}) b
    ) d`.execute(t.db);
    n += Number(rows[0]?.n);
  }
  return n;
}

for (const dialect of TEST_DIALECTS) {
  describe(`concurrent writes keep the rollups exact on ${dialect}`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
    });
    afterAll(() => t?.drop());

    it("agencies created in the same country at the same moment", async () => {
      const values = (i: number) =>
        ZAgencyValues.parse({
          name: `Concurrent Police ${i}`,
          countryCode: "FR",
          kind: "national_police",
          pledgedOn: "2015-03-04",
        });
      const results = await Promise.allSettled(
        Array.from({ length: AT_ONCE }, (_, i) => createAgency(t.db, values(i), actor, "active")),
      );
      expect(results.filter((r) => r.status === "rejected")).toEqual([]);
      expect(await rollupDifferences(t)).toBe(0);
      const { rows } = await sql<{ n: number }>`select agencies as n from agency_counts
        where grain = 'y' and period = '2015' and country_code = 'FR' and status = 'active'`.execute(t.db);
      expect(Number(rows[0]?.n)).toBe(AT_ONCE);
    });

    it("engagement imports of the same month at the same moment", async () => {
      const csv = (i: number) =>
        `${ENGAGEMENT_CSV_HEADER.join(",")}\n2015-04-${String(i + 1).padStart(2, "0")},x,FR,${100 + i},,,,,,,\n`;
      const results = await Promise.allSettled(
        Array.from({ length: AT_ONCE }, (_, i) =>
          commitEngagementImport(t.db, csv(i), { fileName: `${i}.csv`, actor }),
        ),
      );
      expect(results.filter((r) => r.status === "rejected")).toEqual([]);
      expect(await rollupDifferences(t)).toBe(0);
      const { rows } = await sql<{ days: number }>`select days from engagement_monthly
        where month = '2015-04-01' and channel = 'x' and country_code = 'FR'`.execute(t.db);
      expect(Number(rows[0]?.days)).toBe(AT_ONCE);
    });

    it("operations written in the same month and crime area at the same moment", async () => {
      const values = (i: number) =>
        ZOperationValues.parse({
          name: `Concurrent Operation ${i}`,
          editionYear: 2015,
          periodStart: "2015-03",
          periodEnd: "2015-03",
          crimeArea: "food",
          countryCodes: ["FR"],
          countriesCount: null,
          raids: null,
          arrests: i,
          underInvestigation: null,
          seizedValueUsd: null,
        });
      const created = await Promise.allSettled(
        Array.from({ length: AT_ONCE }, (_, i) => createOperation(t.db, values(i), actor)),
      );
      expect(created.filter((r) => r.status === "rejected")).toEqual([]);
      const ids = created.flatMap((r) => (r.status === "fulfilled" ? [r.value.id] : []));
      const deleted = await Promise.allSettled(ids.slice(0, 5).map((id) => deleteOperation(t.db, id, actor)));
      expect(deleted.filter((r) => r.status === "rejected")).toEqual([]);
      expect(await operationMonthsDifferences(t.db)).toBe(0);
      const { rows } = await sql<{ n: number }>`select operations as n from operation_months
        where month = '2015-03-01' and crime_area = 'food'`.execute(t.db);
      expect(Number(rows[0]?.n)).toBe(AT_ONCE - 5);
    });
  });
}
