import {
  OPERATION_FIGURES,
  type OperationFigure,
  type OutcomeFilters,
  ZCountryCode,
  ZRegion,
} from "@tbc/types";
import { z } from "zod";
import { parseQuery, serializeQuery } from "../../hooks/url-state";

export { rankedDrillDown, toOperationListFilters } from "./drill-down";

/**
 * The Outcomes page keeps its whole state in the URL's search params, so that a view can be shared
 * or bookmarked: `?yearFrom=2010&yearTo=2015&region=Africa&country=NG&crimeArea=drugs&crimeArea=food
 * &figure=raids&top=seizedValueUsd`. Anything invalid in a hand-edited URL is dropped, not an error.
 */
export type OutcomeView = {
  filters: OutcomeFilters;
  /** The figure of the per-year chart. */
  figure: OperationFigure;
  /** The figure the top-operations table ranks by. */
  top: OperationFigure;
};

export const DEFAULT_FIGURE: OperationFigure = "arrests";
export const DEFAULT_TOP: OperationFigure = "arrests";

const ZYear = z.coerce.number().int().min(1990).max(2100);
const ZFigure = z.enum(OPERATION_FIGURES);

/** The URL's query, as useUrlState reads it: each invalid value is dropped on its own. */
export const ZOutcomeQuery = z.object({
  yearFrom: ZYear.optional(),
  yearTo: ZYear.optional(),
  region: ZRegion.optional(),
  country: ZCountryCode.optional(),
  crimeArea: z
    .array(z.string().min(1).max(60))
    .max(50)
    .transform((list) => [...new Set(list)])
    .optional(),
  figure: ZFigure.default(DEFAULT_FIGURE),
  top: ZFigure.default(DEFAULT_TOP),
});
export type OutcomeQuery = z.infer<typeof ZOutcomeQuery>;

export function toOutcomeView(query: OutcomeQuery): OutcomeView {
  const filters: OutcomeFilters = {};
  if (query.yearFrom !== undefined) filters.yearFrom = query.yearFrom;
  if (query.yearTo !== undefined) filters.yearTo = query.yearTo;
  if (query.region) filters.region = query.region;
  if (query.country) filters.countryCode = query.country;
  if (query.crimeArea?.length) filters.crimeAreas = query.crimeArea;
  return { filters, figure: query.figure, top: query.top };
}

export function toOutcomeQuery(view: OutcomeView): OutcomeQuery {
  const { yearFrom, yearTo, region, countryCode, crimeAreas } = view.filters;
  return {
    yearFrom,
    yearTo,
    region,
    country: countryCode,
    crimeArea: crimeAreas,
    figure: view.figure,
    top: view.top,
  };
}

export function parseOutcomeView(params: URLSearchParams): OutcomeView {
  return toOutcomeView(parseQuery(ZOutcomeQuery, params.toString()));
}

/** The other way; defaults are left out so that the plain page has a plain URL. */
export function toSearchParams(view: OutcomeView): URLSearchParams {
  return new URLSearchParams(serializeQuery(ZOutcomeQuery, toOutcomeQuery(view)));
}

/** The API input: filters without empty parts (the server takes every field as optional). */
export function toApiFilters(filters: OutcomeFilters): OutcomeFilters {
  const out: OutcomeFilters = { ...filters };
  if (!out.crimeAreas?.length) delete out.crimeAreas;
  return out;
}
