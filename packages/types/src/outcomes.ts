import { z } from "zod";
import { ZCountryCode, ZRegion } from "./countries";
import { ZOperationFigure } from "./operations";
import { zCalendarDay, zText } from "./primitives";

/**
 * The global filters every outcome chart and KPI obeys. An operation counts on its operation day
 * (announced, else end of its period, else mid-year of its edition): the years and the days
 * (`from`/`to`, the overview's period) both narrow that day.
 */
const FILTERS = {
  yearFrom: z.number().int().min(1990).max(2100).optional(),
  yearTo: z.number().int().min(1990).max(2100).optional(),
  from: zCalendarDay().optional(),
  to: zCalendarDay().optional(),
  region: ZRegion.optional(),
  countryCode: ZCountryCode.optional(),
  crimeAreas: z.array(zText().max(60)).max(50).optional(),
};
const ordered = (f: { from?: string | undefined; to?: string | undefined }) =>
  !(f.from && f.to && f.from > f.to);
const ORDER = { path: ["to"], message: "The period ends before it starts" };
export const ZOutcomeFilters = z.object(FILTERS).refine(ordered, ORDER);
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

export const ZTopOperationsInput = z
  .object({ ...FILTERS, figure: ZOperationFigure, limit: z.number().int().min(1).max(50).default(10) })
  .refine(ordered, ORDER);
export const ZOutcomesByYearInput = z.object({ ...FILTERS, figure: ZOperationFigure }).refine(ordered, ORDER);
