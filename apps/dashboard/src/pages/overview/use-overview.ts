import { type BaseRecord, useCustom } from "@refinedev/core";
import dayjs from "dayjs";
import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import { type OverviewView, parseOverviewView, toSearchParams } from "./search";

/** Today in the user's calendar, once per page load (presets resolve against it). */
const TODAY = dayjs().format("YYYY-MM-DD");

/** The page's state, read from and written to the URL (see search.ts). */
export function useOverviewView() {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseOverviewView(params, TODAY), [params]);
  const update = useCallback(
    (next: OverviewView, options: { push?: boolean } = {}) =>
      setParams(toSearchParams(next), { replace: !options.push }),
    [setParams],
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
