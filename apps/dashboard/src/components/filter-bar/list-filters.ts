import type { CrudFilter, CrudOperators } from "@refinedev/core";
import { useCallback, useMemo } from "react";
import type { UrlWrite } from "../../hooks/use-url-state";

/**
 * How a list page's filter-bar values map to refine filters (the list API's and the URL's form).
 * Each binding owns the filters it writes; a filter no binding owns (a drill-down's "region is
 * none") stays in the list and shows as a removable tag.
 */
export type Binding = {
  owns: (filter: CrudFilter) => boolean;
  read: (filters: CrudFilter[]) => Record<string, unknown>;
  write: (values: Record<string, unknown>) => CrudFilter[];
};

const blank = (v: unknown) =>
  v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0);
const LISTS = new Set(["in", "nin", "ina", "nina"]);

/** One value ↔ one `{ field, operator, value }` filter; `in` values are always lists. */
export function bind(key: string, field: string, operator: Exclude<CrudOperators, "or" | "and">): Binding {
  const owns = (f: CrudFilter) => "field" in f && f.field === field && f.operator === operator;
  return {
    owns,
    read: (filters) => {
      const value = filters.find(owns)?.value;
      if (blank(value)) return {};
      return { [key]: LISTS.has(operator) && !Array.isArray(value) ? [value] : value };
    },
    write: (values) => (blank(values[key]) ? [] : [{ field, operator, value: values[key] }]),
  };
}

/** Two values ↔ a `between` filter; an open end is "" (the list engine reads it as open). */
export function bindRange(keys: [string, string], field: string): Binding {
  const owns = (f: CrudFilter) => "field" in f && f.field === field && f.operator === "between";
  return {
    owns,
    read: (filters) => {
      const value = filters.find(owns)?.value;
      if (!Array.isArray(value)) return {};
      const [from, to] = value.map((v) => (blank(v) ? undefined : v));
      return { [keys[0]]: from, [keys[1]]: to };
    },
    write: (values) => {
      const [from, to] = keys.map((k) => values[k]);
      return blank(from) && blank(to)
        ? []
        : [{ field, operator: "between", value: [blank(from) ? "" : from, blank(to) ? "" : to] }];
    },
  };
}

const same = (a: CrudFilter, b: CrudFilter) => JSON.stringify(a) === JSON.stringify(b);

/** The bar's values and changes for a list page's filters (see useUrlTable). */
export function useListFilters(
  filters: CrudFilter[],
  bindings: Binding[],
  setFilters: (next: (previous: CrudFilter[]) => CrudFilter[], write?: UrlWrite) => void,
) {
  const values = useMemo(
    () => Object.assign({}, ...bindings.map((b) => b.read(filters))) as Record<string, unknown>,
    [filters, bindings],
  );
  const extra = useMemo(() => filters.filter((f) => !bindings.some((b) => b.owns(f))), [filters, bindings]);
  const onChange = useCallback(
    (patch: Record<string, unknown>, write?: UrlWrite) =>
      setFilters((previous) => {
        const next = { ...Object.assign({}, ...bindings.map((b) => b.read(previous))), ...patch };
        const others = previous.filter((f) => !bindings.some((b) => b.owns(f)));
        return [...bindings.flatMap((b) => b.write(next)), ...others];
      }, write),
    [bindings, setFilters],
  );
  const remove = useCallback(
    (filter: CrudFilter) => setFilters((previous) => previous.filter((f) => !same(f, filter))),
    [setFilters],
  );
  return { values, extra, onChange, remove };
}
