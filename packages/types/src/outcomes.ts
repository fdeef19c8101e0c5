import { z } from "zod";
import { ZCountryCode, ZRegion } from "./countries";
import { ZOperationFigure } from "./operations";
import { zText } from "./primitives";

/** The global filters every outcome chart and KPI obeys. */
export const ZOutcomeFilters = z.object({
  yearFrom: z.number().int().min(1990).max(2100).optional(),
  yearTo: z.number().int().min(1990).max(2100).optional(),
  region: ZRegion.optional(),
  countryCode: ZCountryCode.optional(),
  crimeAreas: z.array(zText().max(60)).max(50).optional(),
});
export type OutcomeFilters = z.infer<typeof ZOutcomeFilters>;

/** A sum over operations together with how many of them reported the figure at all. */
export type Covered = { sum: number; reported: number };

export type OutcomeKpis = {
  operations: number;
  raids: Covered;
  arrests: Covered;
  underInvestigation: Covered;
  seizedValueUsd: Covered;
  /** Distinct participating countries (summing per operation would double-count). */
  countries: number;
  /** Operations that list their participating countries. */
  operationsWithCountries: number;
};

export type OutcomesByYear = {
  year: number;
  crimeArea: string;
  operations: number;
  value: number;
  reported: number;
}[];
export type OutcomesByCrimeArea = {
  crimeArea: string;
  operations: number;
  arrests: Covered;
  seizedValueUsd: Covered;
}[];

export const ZTopOperationsInput = ZOutcomeFilters.extend({
  figure: ZOperationFigure,
  limit: z.number().int().min(1).max(50).default(10),
});
export const ZOutcomesByYearInput = ZOutcomeFilters.extend({ figure: ZOperationFigure });
