import type { Region } from "@tbc/types";
import { type Kysely, type SelectQueryBuilder, sql } from "kysely";
import type { DB, Executor } from "../schema";

/**
 * agency_monthly: agencies counted per status, month of supporting_since and country (migration
 * 0005). Every agency write calls refreshAgencyRollup in its transaction for the countries it
 * touched; seeds that bulk-load agencies call it once without a scope.
 */

/**
 * Recomputes the counts of the given countries (null: agencies without one) from the agencies
 * table, or of every country when none are given: one DELETE and one INSERT … SELECT … GROUP BY.
 */
export async function refreshAgencyRollup(
  trx: Executor,
  countries?: readonly (string | null)[],
): Promise<void> {
  const codes = countries ? [...new Set(countries.map((c) => c ?? ""))] : null;
  if (codes?.length === 0) return;
  let del = trx.deleteFrom("agencyMonthly");
  if (codes) del = del.where("countryCode", "in", codes);
  await del.execute();
  const named = codes?.filter((c) => c !== "") ?? [];
  const scope = codes
    ? sql`where ${sql.join(
        [
          ...(named.length ? [sql`country_code in (${sql.join(named)})`] : []),
          ...(codes.includes("") ? [sql`country_code is null`] : []),
        ],
        sql` or `,
      )}`
    : sql``;
  await sql`insert into agency_monthly (status, month, country_code, agencies)
    select status, substr(supporting_since, 1, 7) || '-01', coalesce(country_code, ''), count(*)
    from agencies ${scope}
    group by status, substr(supporting_since, 1, 7) || '-01', coalesce(country_code, '')`.execute(trx);
}

const lastOfMonth = (day: string): boolean => {
  const [y, m] = day.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10) === day;
};

type SourceDB = DB & { u: { n: number; countryCode: string | null } };

/**
 * Active agencies supporting by `asOf`, narrowed by region or country, as rows `u` (n, countryCode)
 * whose n sum to the count: whole months from agency_monthly, the days of asOf's own month from
 * agencies through the (status, supporting_since, country_code) index.
 */
export function activeAgenciesSource(
  db: Executor,
  f: { region?: Region | undefined; countryCode?: string | undefined },
  asOf: string,
): SelectQueryBuilder<SourceDB, "u", object> {
  const month = `${asOf.slice(0, 7)}-01`;
  const whole = db
    .selectFrom("agencyMonthly as r")
    .leftJoin("countries as c", "c.code", "r.countryCode")
    .where("r.status", "=", "active")
    .where("r.month", lastOfMonth(asOf) ? "<=" : "<", month)
    .$if(Boolean(f.region), (q) => q.where("c.region", "=", f.region as Region))
    .$if(Boolean(f.countryCode), (q) => q.where("r.countryCode", "=", f.countryCode as string))
    .select([
      sql<number>`r.agencies`.as("n"),
      sql<string | null>`nullif(r.country_code, '')`.as("countryCode"),
    ]);
  const edge = db
    .selectFrom("agencies as a")
    .leftJoin("countries as c", "c.code", "a.countryCode")
    .where("a.status", "=", "active")
    .where("a.supportingSince", ">=", lastOfMonth(asOf) ? "9999-12-31" : month)
    .where("a.supportingSince", "<=", asOf)
    .$if(Boolean(f.region), (q) => q.where("c.region", "=", f.region as Region))
    .$if(Boolean(f.countryCode), (q) => q.where("a.countryCode", "=", f.countryCode as string))
    .select([sql<number>`1`.as("n"), "a.countryCode"]);
  return (db as unknown as Kysely<SourceDB>).selectFrom(whole.unionAll(edge).as("u") as never) as never;
}
