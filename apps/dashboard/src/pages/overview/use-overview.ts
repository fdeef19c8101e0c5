import { useCallback, useMemo } from "react";
import { type UrlWrite, useUrlState } from "../../hooks/use-url-state";
import { localToday, type OverviewView, toOverviewQuery, toOverviewView, ZOverviewQuery } from "./search";

/** Today in the user's calendar, once per page load (presets resolve against it). */
const TODAY = localToday();

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
