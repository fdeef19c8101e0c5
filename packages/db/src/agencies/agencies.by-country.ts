import type { AgenciesByCountry, Region } from "@tbc/types";
import { sql } from "kysely";
import type { Executor } from "../schema";

/** Agency counts per country and per region, computed in SQL. "active" counts approved agencies. */
export async function agenciesByCountry(db: Executor): Promise<AgenciesByCountry> {
  const active = sql<number>`sum(case when ${sql.ref("agencies.status")} = 'active' then 1 else 0 end)`;
  const byCountry = await db
    .selectFrom("agencies")
    .leftJoin("countries", "countries.code", "agencies.countryCode")
    .select((eb) => [
      "agencies.countryCode",
      "countries.name as countryName",
      "countries.region",
      active.as("active"),
      eb.fn.countAll().as("total"),
    ])
    .where("agencies.status", "!=", "withdrawn")
    .groupBy(["agencies.countryCode", "countries.name", "countries.region"])
    .orderBy("active", "desc")
    .orderBy("countries.name")
    .execute();
  const byRegion = await db
    .selectFrom("agencies")
    .leftJoin("countries", "countries.code", "agencies.countryCode")
    .select((eb) => [
      "countries.region",
      active.as("active"),
      eb.fn.countAll().as("total"),
      // Countries with at least one active agency: pending registrations do not make a supporter.
      eb.fn
        .count(eb.case().when("agencies.status", "=", "active").then(eb.ref("agencies.countryCode")).end())
        .distinct()
        .as("countries"),
    ])
    .where("agencies.status", "!=", "withdrawn")
    .groupBy("countries.region")
    .orderBy("countries.region")
    .execute();
  return {
    byCountry: byCountry.map((r) => ({
      countryCode: r.countryCode,
      countryName: r.countryName,
      region: r.region as Region | null,
      active: Number(r.active ?? 0),
      total: Number(r.total),
    })),
    byRegion: byRegion.map((r) => ({
      region: r.region as Region | null,
      active: Number(r.active ?? 0),
      total: Number(r.total),
      countries: Number(r.countries),
    })),
  };
}
