import type { CrudFilter, CrudSort } from "@refinedev/core";
import { OPERATION_FIGURES, type OperationFigure, type OutcomeFilters, ZOutcomeFilters } from "@tbc/types";
import { bindRange } from "../../components/filter-bar/list-filters";

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

const shape = ZOutcomeFilters.shape;

function figureOf(value: string | null, fallback: OperationFigure): OperationFigure {
  return (OPERATION_FIGURES as readonly string[]).includes(value ?? "")
    ? (value as OperationFigure)
    : fallback;
}

function parsed<T>(schema: { safeParse(v: unknown): { success: boolean; data?: T } }, value: unknown) {
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

export function parseOutcomeView(params: URLSearchParams): OutcomeView {
  const year = (key: string) => {
    const raw = params.get(key);
    return raw && /^\d{4}$/.test(raw) ? parsed<number | undefined>(shape.yearFrom, Number(raw)) : undefined;
  };
  const areas = parsed<string[] | undefined>(shape.crimeAreas, [...new Set(params.getAll("crimeArea"))]);
  const filters: OutcomeFilters = {};
  const yearFrom = year("yearFrom");
  const yearTo = year("yearTo");
  const region = parsed<OutcomeFilters["region"]>(shape.region, params.get("region") ?? undefined);
  const countryCode = parsed<string | undefined>(shape.countryCode, params.get("country") ?? undefined);
  if (yearFrom !== undefined) filters.yearFrom = yearFrom;
  if (yearTo !== undefined) filters.yearTo = yearTo;
  if (region) filters.region = region;
  if (countryCode) filters.countryCode = countryCode;
  if (areas?.length) filters.crimeAreas = areas;
  return {
    filters,
    figure: figureOf(params.get("figure"), DEFAULT_FIGURE),
    top: figureOf(params.get("top"), DEFAULT_TOP),
  };
}

/** The other way; defaults are left out so that the plain page has a plain URL. */
export function toSearchParams(view: OutcomeView): URLSearchParams {
  const params = new URLSearchParams();
  const { yearFrom, yearTo, region, countryCode, crimeAreas } = view.filters;
  if (yearFrom !== undefined) params.set("yearFrom", String(yearFrom));
  if (yearTo !== undefined) params.set("yearTo", String(yearTo));
  if (region) params.set("region", region);
  if (countryCode) params.set("country", countryCode);
  for (const area of crimeAreas ?? []) params.append("crimeArea", area);
  if (view.figure !== DEFAULT_FIGURE) params.set("figure", view.figure);
  if (view.top !== DEFAULT_TOP) params.set("top", view.top);
  return params;
}

/** The same filters as refine filters of the operations list ("View operations"). */
export function toOperationListFilters(filters: OutcomeFilters): CrudFilter[] {
  const out: CrudFilter[] = [];
  // The same `between` filter the operations list's year fields write.
  out.push(...bindRange(["yearFrom", "yearTo"], "editionYear").write(filters));
  if (filters.crimeAreas?.length) out.push({ field: "crimeArea", operator: "in", value: filters.crimeAreas });
  if (filters.region) out.push({ field: "countryRegion", operator: "eq", value: filters.region });
  if (filters.countryCode) out.push({ field: "countryCode", operator: "eq", value: filters.countryCode });
  return out;
}

/** "View operations" from a ranking: those that published the figure, highest first. */
export function rankedDrillDown(
  filters: OutcomeFilters,
  figure: OperationFigure,
): { filters: CrudFilter[]; sorters: CrudSort[] } {
  return {
    filters: [...toOperationListFilters(filters), { field: figure, operator: "nnull", value: true }],
    sorters: [{ field: figure, order: "desc" }],
  };
}

/** The API input: filters without empty parts (the server takes every field as optional). */
export function toApiFilters(filters: OutcomeFilters): OutcomeFilters {
  const out: OutcomeFilters = { ...filters };
  if (!out.crimeAreas?.length) delete out.crimeAreas;
  return out;
}
