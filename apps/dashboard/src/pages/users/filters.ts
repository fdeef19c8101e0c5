import type { CrudFilter } from "@refinedev/core";
import type { Role } from "@tbc/types";

/** The users filter bar (named apart from the API fields, as on the agencies list). */
export type UserSearch = {
  q?: string;
  roleEq?: Role;
  status?: "active" | "disabled";
};

const SEARCH_KEY = "search";

/**
 * The bar's fields → refine filters. Every filter is always present, empty when cleared, so that
 * refine's merge drops it: the text search is an `or` over email and name (refine drops an empty
 * `or`), the status is `disabledAt` null (active) or not null (disabled).
 */
export function toUserFilters(search: UserSearch): CrudFilter[] {
  const q = search.q?.trim() ?? "";
  return [
    {
      key: SEARCH_KEY,
      operator: "or",
      value: q
        ? [
            { field: "email", operator: "contains", value: q },
            { field: "name", operator: "contains", value: q },
          ]
        : [],
    },
    { field: "role", operator: "eq", value: search.roleEq || undefined },
    { field: "disabledAt", operator: "null", value: search.status === "active" ? true : undefined },
    { field: "disabledAt", operator: "nnull", value: search.status === "disabled" ? true : undefined },
  ];
}

/** The other way, for a URL opened directly or the back button. */
export function fromUserFilters(filters: CrudFilter[]): UserSearch {
  const or = filters.find((f) => f.operator === "or" && "key" in f && f.key === SEARCH_KEY);
  const first = Array.isArray(or?.value) ? (or.value[0] as { value?: unknown } | undefined) : undefined;
  const role = filters.find((f) => "field" in f && f.field === "role" && f.operator === "eq")?.value;
  const has = (operator: string) =>
    filters.some((f) => "field" in f && f.field === "disabledAt" && f.operator === operator);
  return {
    q: first?.value === undefined ? undefined : String(first.value),
    roleEq: role ? (String(role) as Role) : undefined,
    status: has("null") ? "active" : has("nnull") ? "disabled" : undefined,
  };
}
