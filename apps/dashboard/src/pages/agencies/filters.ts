import type { CrudFilter } from "@refinedev/core";

/**
 * The filter bar's fields. Named apart from the API fields on purpose: @refinedev/antd's useTable
 * copies URL filters into same-named form fields whatever their operator, which would put the
 * `true` of a "region is null" drill-down into the region select.
 */
export type AgencySearch = {
  nameContains?: string;
  countryEq?: string;
  regionEq?: string;
  kindIn?: string[];
  statusIn?: string[];
};

const blank = (v: unknown) =>
  v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0);

/**
 * The filter bar's fields → refine filters. Every field is always present, with `undefined` when
 * empty, so that refine's merge drops a cleared filter instead of keeping the old one.
 */
export function toAgencyFilters(search: AgencySearch): CrudFilter[] {
  const value = (v: unknown) => (blank(v) ? undefined : v);
  return [
    { field: "name", operator: "contains", value: value(search.nameContains?.trim()) },
    { field: "countryCode", operator: "eq", value: value(search.countryEq) },
    { field: "region", operator: "eq", value: value(search.regionEq) },
    { field: "kind", operator: "in", value: value(search.kindIn) },
    { field: "status", operator: "in", value: value(search.statusIn) },
  ];
}

const BAR_FILTERS = new Set(["name:contains", "countryCode:eq", "region:eq", "kind:in", "status:in"]);

export function isBarFilter(filter: CrudFilter): boolean {
  return "field" in filter && BAR_FILTERS.has(`${filter.field}:${filter.operator}`);
}

/** The other way, for a URL opened directly (a drill-down from the by-country view). */
export function fromAgencyFilters(filters: CrudFilter[]): AgencySearch {
  const find = (field: string, operator: string) =>
    filters.find((f) => "field" in f && f.field === field && f.operator === operator)?.value;
  const list = (v: unknown) => (v === undefined ? undefined : Array.isArray(v) ? v.map(String) : [String(v)]);
  const one = (v: unknown) => (v === undefined || v === null ? undefined : String(v));
  return {
    nameContains: one(find("name", "contains")),
    countryEq: one(find("countryCode", "eq")),
    regionEq: one(find("region", "eq")),
    kindIn: list(find("kind", "in")),
    statusIn: list(find("status", "in")),
  };
}
