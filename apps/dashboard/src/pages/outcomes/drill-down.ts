import type { CrudFilter, CrudSort } from "@refinedev/core";
import type { OperationFigure, OutcomeFilters } from "@tbc/types";

// Apart from search.ts (the page's URL schema, in zod): the overview's drill-down uses these, and
// loads no zod before its charts are drawn.

/** The same filters as refine filters of the operations list ("View operations"). */
export function toOperationListFilters(filters: OutcomeFilters): CrudFilter[] {
  const out: CrudFilter[] = [];
  // The day every figure counts an operation on (not its edition year), so that the list holds
  // exactly the operations the chart summed.
  const { yearFrom: y0, yearTo: y1 } = filters;
  const from = filters.from ?? (y0 && `${y0}-01-01`);
  const to = filters.to ?? (y1 && `${y1}-12-31`);
  if (from) out.push({ field: "operationDay", operator: "gte", value: from });
  if (to) out.push({ field: "operationDay", operator: "lte", value: to });
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
