import { type BaseRecord, useCustom } from "@refinedev/core";
import dayjs from "dayjs";
import { useCallback, useMemo } from "react";
import { type UrlWrite, useUrlState } from "../../hooks/use-url-state";
import { type OverviewView, toOverviewQuery, toOverviewView, ZOverviewQuery } from "./search";

/** Today in the user's calendar, once per page load (presets resolve against it). */
const TODAY = dayjs().format("YYYY-MM-DD");

/** The page's state, read from and written to the URL (see search.ts). */
export function useOverviewView() {
  const { state, set } = useUrlState(ZOverviewQuery);
  const view = useMemo(() => toOverviewView(state, TODAY), [state]);
  const update = useCallback(
    (next: OverviewView, write?: UrlWrite) => set(toOverviewQuery(next), write),
    [set],
  );
  return { view, update, today: TODAY };
}

/**
 * One query of any procedure (`analytics.map`, `engagement.series`). The previous answer stays on
 * screen while a new filter loads; errors show in the card, not as a toast per chart.
 */
export function useProcedure<T extends BaseRecord>(procedure: string, input?: object) {
  const { query } = useCustom<T>({
    url: "",
    method: "get",
    meta: { procedure },
    ...(input ? { config: { query: input } } : {}),
    queryOptions: { placeholderData: (previous) => previous, staleTime: 30_000 },
    errorNotification: false,
  });
  return {
    data: query.data?.data as T | undefined,
    loading: query.isLoading,
    fetching: query.isFetching,
    error: query.isError,
    updatedAt: query.dataUpdatedAt,
  };
}
