import type { CrudFilter } from "@refinedev/core";

/**
 * The operations filter bar's fields. Named apart from the API fields on purpose (as for agencies):
 * @refinedev/antd's useTable copies URL filters into same-named form fields whatever their operator.
 */
export type OperationSearch = {
  nameContains?: string;
  crimeAreaIn?: string[];
  yearFrom?: number | null;
  yearTo?: number | null;
  regionEq?: string;
  countryEq?: string;
  reliabilityIn?: string[];
};

const blank = (v: unknown) =>
  v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0);
const value = (v: unknown) => (blank(v) ? undefined : v);

/**
 * An edition-year range as a `between` filter; an open end is "" (the list engine reads a blank
 * bound as open, and "" survives the URL where `undefined` would vanish from the array).
 */
export function yearRangeFilter(from: unknown, to: unknown): CrudFilter {
  const bound = (v: unknown) => (blank(v) ? "" : Number(v));
  const range = blank(from) && blank(to) ? undefined : [bound(from), bound(to)];
  return { field: "editionYear", operator: "between", value: range };
}

/**
 * The bar's fields → refine filters. Every field is always present, with `undefined` when empty,
 * so that refine's merge drops a cleared filter instead of keeping the old one.
 */
export function toOperationFilters(search: OperationSearch): CrudFilter[] {
  return [
    { field: "name", operator: "contains", value: value(search.nameContains?.trim()) },
    { field: "crimeArea", operator: "in", value: value(search.crimeAreaIn) },
    yearRangeFilter(search.yearFrom, search.yearTo),
    { field: "countryRegion", operator: "eq", value: value(search.regionEq) },
    { field: "countryCode", operator: "eq", value: value(search.countryEq) },
    { field: "reliability", operator: "in", value: value(search.reliabilityIn) },
  ];
}

const BAR_FILTERS = new Set([
  "name:contains",
  "crimeArea:in",
  "editionYear:between",
  "countryRegion:eq",
  "countryCode:eq",
  "reliability:in",
]);

export function isBarFilter(filter: CrudFilter): boolean {
  return "field" in filter && BAR_FILTERS.has(`${filter.field}:${filter.operator}`);
}

/** The other way, for a URL opened directly (a drill-down from Outcomes, a shared link). */
export function fromOperationFilters(filters: CrudFilter[]): OperationSearch {
  const find = (field: string, operator: string) =>
    filters.find((f) => "field" in f && f.field === field && f.operator === operator)?.value;
  const list = (v: unknown) =>
    blank(v) ? undefined : Array.isArray(v) ? v.map(String).filter(Boolean) : [String(v)];
  const one = (v: unknown) => (blank(v) ? undefined : String(v));
  const year = (v: unknown) => (blank(v) || !Number.isFinite(Number(v)) ? null : Number(v));
  const range = find("editionYear", "between");
  const [from, to] = Array.isArray(range) ? range : [];
  return {
    nameContains: one(find("name", "contains")),
    crimeAreaIn: list(find("crimeArea", "in")),
    yearFrom: year(from),
    yearTo: year(to),
    regionEq: one(find("countryRegion", "eq")),
    countryEq: one(find("countryCode", "eq")),
    reliabilityIn: list(find("reliability", "in")),
  };
}
