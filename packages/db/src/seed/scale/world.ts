import type { Executor } from "../../schema";
import { Rng } from "./random";

/**
 * The countries as the generator weighs them: a skewed share of agencies, operations and audience.
 * The first ranks are the countries with the largest online audiences and police forces; the rest
 * follow in a fixed shuffled order, each a little smaller than the one before (Zipf-like).
 */
export type ScaleCountry = { code: string; name: string; region: string; weight: number };

const LARGEST = [
  "US",
  "IN",
  "BR",
  "GB",
  "ID",
  "PH",
  "NG",
  "MX",
  "FR",
  "DE",
  "ZA",
  "PK",
  "BD",
  "EG",
  "TR",
  "IT",
  "ES",
  "KE",
  "AR",
  "CO",
  "TH",
  "VN",
  "JP",
  "KR",
  "CA",
  "AU",
  "PL",
  "MA",
  "PE",
  "NA",
];

export async function loadScaleCountries(db: Executor): Promise<ScaleCountry[]> {
  const rows = await db.selectFrom("countries").select(["code", "name", "region"]).orderBy("code").execute();
  if (rows.length === 0) throw new Error("The countries table is empty: run the migrations first");
  const top = LARGEST.flatMap((code) => rows.filter((c) => c.code === code));
  const rest = rows.filter((c) => !LARGEST.includes(c.code));
  const r = new Rng(249);
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(r.u() * (i + 1));
    [rest[i], rest[j]] = [rest[j] as (typeof rest)[number], rest[i] as (typeof rest)[number]];
  }
  return [...top, ...rest].map((c, rank) => ({ ...c, weight: 1 / (rank + 4) ** 1.05 }));
}
