import type { AgenciesByCountry, Region } from "@tbc/types";
import { sql } from "kysely";
import type { Executor } from "../schema";

/**
 * Agency counts per country and per region, computed in SQL from the yearly rows of agency_counts
 * (country '' = none), which together count every agency once. "active" counts approved agencies.
 */
export async function agenciesByCountry(db: Executor): Promise<AgenciesByCountry> {
  const active = sql<number>`sum(case when r.status = 'active' then r.agencies else 0 end)`;
  const byCountry = await db
    .selectFrom("agencyCounts as r")
    .leftJoin("countries", "countries.code", "r.countryCode")
    .select((eb) => [
      sql<string | null>`nullif(r.country_code, '')`.as("countryCode"),
      "countries.name as countryName",
      "countries.region",
      active.as("active"),
      eb.fn.sum("r.agencies").as("total"),
    ])
    .where("r.grain", "=", "y")
    .where("r.status", "!=", "withdrawn")
    .groupBy(["r.countryCode", "countries.name", "countries.region"])
    .orderBy("active", "desc")
    .orderBy("countries.name")
    .execute();
  const byRegion = await db
    .selectFrom("agencyCounts as r")
    .leftJoin("countries", "countries.code", "r.countryCode")
    .select((eb) => [
      "countries.region",
      active.as("active"),
      eb.fn.sum("r.agencies").as("total"),
      // Countries with at least one active agency: pending registrations do not make a supporter.
      eb.fn
        .count(sql`case when r.status = 'active' then nullif(r.country_code, '') end`)
        .distinct()
        .as("countries"),
    ])
    .where("r.grain", "=", "y")
    .where("r.status", "!=", "withdrawn")
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
