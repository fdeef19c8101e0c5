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
