import type { CrudFilter } from "@refinedev/core";
import { type Binding, bind } from "../../components/filter-bar/list-filters";

const SEARCH_KEY = "search";
const isSearch = (f: CrudFilter) => f.operator === "or" && "key" in f && f.key === SEARCH_KEY;
const isStatus = (f: CrudFilter) =>
  "field" in f && f.field === "disabledAt" && (f.operator === "null" || f.operator === "nnull");

/**
 * The users filter bar ↔ refine filters: the text search is an `or` over email and name, the status
 * is `disabledAt` null (active) or not null (disabled).
 */
export const USER_BINDINGS: Binding[] = [
  {
    owns: isSearch,
    read: (filters) => {
      const or = filters.find(isSearch);
      const first = Array.isArray(or?.value) ? (or.value[0] as { value?: unknown } | undefined) : undefined;
      return first?.value === undefined ? {} : { q: String(first.value) };
    },
    write: ({ q }) =>
      typeof q === "string" && q.trim()
        ? [
            {
              key: SEARCH_KEY,
              operator: "or",
              value: [
                { field: "email", operator: "contains", value: q.trim() },
                { field: "name", operator: "contains", value: q.trim() },
              ],
            },
          ]
        : [],
  },
  bind("role", "role", "eq"),
  {
    owns: isStatus,
    read: (filters) => {
      const status = filters.find(isStatus);
      return status ? { status: status.operator === "null" ? "active" : "disabled" } : {};
    },
    write: ({ status }) =>
      status === "active" || status === "disabled"
        ? [{ field: "disabledAt", operator: status === "active" ? "null" : "nnull", value: true }]
        : [],
  },
];
