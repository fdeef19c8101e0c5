import { CAMPAIGN_LAUNCH } from "@tbc/types";
import type { Executor } from "../../schema";
import { loadScaleCountries, type ScaleCountry } from "./world";

/** The last day of generated data: fixed, so that the same scale gives the same rows on any day. */
export const SCALE_DATA_END = "2025-12-31";

/** What every phase of the generator reads: the scale, the counts it implies and the reference lists. */
export type ScaleContext = {
  scale: number;
  seed: number;
  from: string;
  to: string;
  counts: { agencies: number; operations: number; seizures: number; engagement: number };
  countries: ScaleCountry[];
  regionOf: Map<string, string>;
  crimeAreas: string[];
  /** Written into a text column of every generated agency and operation (they have no sample flag). */
  sampleNote: string;
};

/** At scale 1: the sizes issue 9 asks for. */
export const SCALE_1 = { agencies: 10_000, operations: 2_000, seizures: 200_000, engagement: 2_000_000 };

export const MIN_SCALE = 0.001;
export const MAX_SCALE = 10;

/** Why a scale is refused, or null: a number from 0.001 to 10. */
export function scaleProblem(scale: unknown): string | null {
  if (typeof scale !== "number" || !Number.isFinite(scale))
    return `The scale must be a number from ${MIN_SCALE} to ${MAX_SCALE} (1 = 10,000 agencies, 2,000,000 engagement rows)`;
  if (scale < MIN_SCALE || scale > MAX_SCALE)
    return `The scale must be from ${MIN_SCALE} to ${MAX_SCALE}, not ${scale}`;
  return null;
}

export async function scaleContext(db: Executor, scale: number): Promise<ScaleContext> {
  const countries = await loadScaleCountries(db);
  const areas = await db.selectFrom("crimeAreas").select("code").orderBy("code").execute();
  const n = (x: number) => Math.max(1, Math.round(x * scale));
  return {
    scale,
    // The seed is the scale itself, so that scale 1 is always the same data set.
    seed: Math.round(scale * 1000) + 20140605,
    from: CAMPAIGN_LAUNCH,
    to: SCALE_DATA_END,
    counts: {
      agencies: n(SCALE_1.agencies),
      operations: n(SCALE_1.operations),
      seizures: n(SCALE_1.seizures),
      engagement: n(SCALE_1.engagement),
    },
    countries,
    regionOf: new Map(countries.map((c) => [c.code, c.region])),
    crimeAreas: areas.map((a) => a.code),
    sampleNote: `Generated sample data (pnpm tbc seed --scale ${scale}), not a real record`,
  };
}
