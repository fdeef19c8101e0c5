import { mapAntdSorterToCrudSorting } from "@refinedev/antd";
import { type BaseRecord, type CrudFilter, type CrudSort, type HttpError, useList } from "@refinedev/core";
import type { TableProps } from "antd";
import { useCallback, useEffect, useMemo } from "react";
import { type TableQuery, ZTableQuery } from "./table-query";
import { type UrlWrite, useUrlState } from "./use-url-state";

/**
 * Server-side sorting, filtering and paging for an antd Table, with the state in the URL through
 * `useUrlState` (replacing refine's `syncWithLocation`, whose URL write could navigate back to a
 * page the user had left: see use-url-state.ts). The URL is the one source of truth: Back, Forward,
 * a drill-down link and the menu entry (which clears the query) all just change it.
 */
export function useUrlTable<T extends BaseRecord>({
  resource,
  initialSorters,
  pageSize: defaultPageSize,
}: {
  resource: string;
  initialSorters: CrudSort[];
  pageSize: number;
}) {
  const { state, set, flush } = useUrlState(ZTableQuery, { arrays: "indices" });
  const currentPage = state.currentPage ?? 1;
  const pageSize = state.pageSize ?? defaultPageSize;
  const sorters = useMemo(() => state.sorters ?? initialSorters, [state.sorters, initialSorters]);
  const filters = useMemo(() => state.filters ?? [], [state.filters]);

  // The address shows the whole table state, as refine did (links and tests read it).
  const complete = state.currentPage !== undefined && state.pageSize !== undefined && !!state.sorters;
  useEffect(() => {
    if (!complete) set((q) => ({ ...q, currentPage, pageSize, sorters }));
  }, [complete, currentPage, pageSize, sorters, set]);

  const { result, query } = useList<T, HttpError>({
    resource,
    pagination: { currentPage, pageSize },
    sorters,
    filters,
  });

  /** New filters start again at the first page. */
  const setFilters = useCallback(
    (next: CrudFilter[] | ((previous: CrudFilter[]) => CrudFilter[]), write?: UrlWrite) =>
      set(
        (q: TableQuery) => ({
          ...q,
          currentPage: 1,
          filters: typeof next === "function" ? next(q.filters ?? []) : next,
        }),
        write,
      ),
    [set],
  );

  const onChange: TableProps<T>["onChange"] = (pagination, _filters, sorter) => {
    set((q) => ({
      ...q,
      currentPage: pagination.current ?? 1,
      pageSize: pagination.pageSize ?? pageSize,
      ...(sorter && Object.keys(sorter).length > 0 ? { sorters: mapAntdSorterToCrudSorting(sorter) } : {}),
    }));
  };

  const tableProps: TableProps<T> = {
    dataSource: result.data,
    loading: !query.isFetched,
    onChange,
    pagination: { current: currentPage, pageSize, total: result.total, position: ["bottomRight"] },
    scroll: { x: true },
  };
  return { tableProps, filters, sorters, setFilters, flush };
}
