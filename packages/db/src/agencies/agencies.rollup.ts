import type { Region } from "@tbc/types";
import { type Kysely, type SelectQueryBuilder, sql } from "kysely";
import { lockRollup } from "../dialect";
import type { DB, Executor } from "../schema";

/**
 * agency_counts: agencies counted per status, country and year or month of supporting_since
 * (migration 0005; '' when the pledge date is unknown, migration 0011). Every agency write calls refreshAgencyRollup in its transaction for the
 * countries it touched; seeds that bulk-load agencies call it once without a scope.
 */

// An unknown pledge date is period '': before every year, so in every total and never new (0011).
const period = (length: number) => sql`coalesce(substr(supporting_since, 1, ${sql.lit(length)}), '')`;

const GRAINS = [
  ["y", 4],
  ["m", 7],
] as const;

/**
 * Recomputes the counts of the given countries (null: agencies without one) from the agencies
 * table, or of every country when none are given: one DELETE, and one INSERT … SELECT … GROUP BY
 * per grain, through the index on agencies.country_code.
 */
export async function refreshAgencyRollup(
  trx: Executor,
  countries?: readonly (string | null)[],
): Promise<void> {
  const codes = countries ? [...new Set(countries.map((c) => c ?? ""))] : null;
  if (codes?.length === 0) return;
  await lockRollup(trx, "agencyCounts");
  let del = trx.deleteFrom("agencyCounts");
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
  for (const [grain, length] of GRAINS) {
    await sql`insert into agency_counts (status, grain, period, country_code, agencies)
      select status, ${sql.lit(grain)}, ${period(length)}, coalesce(country_code, ''), count(*)
      from agencies ${scope}
      group by status, ${period(length)}, coalesce(country_code, '')`.execute(trx);
  }
}

const lastOfMonth = (day: string): boolean => {
  const [y, m] = day.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10) === day;
};

type SourceDB = DB & { u: { n: number; countryCode: string | null } };
type Filters = { region?: Region | undefined; countryCode?: string | undefined };

function counts(db: Executor, f: Filters, grain: "y" | "m", from: string, op: "<" | "<=", to: string) {
  return db
    .selectFrom("agencyCounts as r")
    .leftJoin("countries as c", "c.code", "r.countryCode")
    .where("r.status", "=", "active")
    .where("r.grain", "=", grain)
    .where("r.period", ">=", from)
    .where("r.period", op, to)
    .$if(Boolean(f.region), (q) => q.where("c.region", "=", f.region as Region))
    .$if(Boolean(f.countryCode), (q) => q.where("r.countryCode", "=", f.countryCode as string))
    .select([
      sql<number>`r.agencies`.as("n"),
      sql<string | null>`nullif(r.country_code, '')`.as("countryCode"),
    ]);
}

/**
 * Active agencies supporting by `asOf`, narrowed by region or country, as rows `u` (n, countryCode)
 * whose n sum to the count: whole years before asOf's year and whole months of it from
 * agency_counts, then the days of asOf's own month from agencies through the (status,
 * supporting_since, country_code) index.
 */
export function activeAgenciesSource(
  db: Executor,
  f: Filters,
  asOf: string,
): SelectQueryBuilder<SourceDB, "u", object> {
  const year = asOf.slice(0, 4);
  const month = asOf.slice(0, 7);
  const wholeMonth = lastOfMonth(asOf);
  let union = counts(db, f, "y", "", "<", year).unionAll(
    counts(db, f, "m", year, wholeMonth ? "<=" : "<", month),
  );
  if (!wholeMonth) {
    union = union.unionAll(
      db
        .selectFrom("agencies as a")
        .leftJoin("countries as c", "c.code", "a.countryCode")
        .where("a.status", "=", "active")
        .where("a.supportingSince", ">=", `${month}-01`)
        .where("a.supportingSince", "<=", asOf)
        .$if(Boolean(f.region), (q) => q.where("c.region", "=", f.region as Region))
        .$if(Boolean(f.countryCode), (q) => q.where("a.countryCode", "=", f.countryCode as string))
        .select([sql<number>`1`.as("n"), "a.countryCode"]),
    );
  }
  return (db as unknown as Kysely<SourceDB>).selectFrom(union.as("u") as never) as never;
}

/** Active agencies whose pledge date is unknown, narrowed by region or country, as rows `u` (n). */
export function undatedAgenciesSource(db: Executor, f: Filters): SelectQueryBuilder<SourceDB, "u", object> {
  const rows = counts(db, f, "y", "", "<=", "");
  return (db as unknown as Kysely<SourceDB>).selectFrom(rows.as("u") as never) as never;
}
