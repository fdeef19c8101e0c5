import { useTranslate } from "@refinedev/core";
import type { OperationFigure } from "@tbc/types";
import { useCallback, useMemo } from "react";
import { type UrlWrite, useUrlState } from "../../hooks/use-url-state";
import { type OutcomeView, toOutcomeQuery, toOutcomeView, ZOutcomeQuery } from "./search";

/** The page's state, read from and written to the URL (see search.ts). */
export function useOutcomeView() {
  const { state, set, flush } = useUrlState(ZOutcomeQuery);
  const view = useMemo(() => toOutcomeView(state), [state]);
  const update = useCallback(
    (patch: Partial<OutcomeView>, write?: UrlWrite) =>
      set((previous) => toOutcomeQuery({ ...toOutcomeView(previous), ...patch }), write),
    [set],
  );
  /** The filter bar's changes, merged into the filters (a pending typed year included). */
  const updateFilters = useCallback(
    (patch: Partial<OutcomeView["filters"]>, write?: UrlWrite) =>
      set((previous) => {
        const current = toOutcomeView(previous);
        return toOutcomeQuery({ ...current, filters: { ...current.filters, ...patch } });
      }, write),
    [set],
  );
  return { view, update, updateFilters, flush };
}

/** Figure names and select options, shared by the per-year chart and the top table. */
export function useFigureOptions(figures: readonly OperationFigure[]) {
  const t = useTranslate();
  return useMemo(() => figures.map((f) => ({ value: f, label: t(`outcomes.figures.${f}`) })), [figures, t]);
}
