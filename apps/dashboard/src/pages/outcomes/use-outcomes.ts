import { useTranslate } from "@refinedev/core";
import type { OperationFigure } from "@tbc/types";
import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import { type OutcomeView, parseOutcomeView, toSearchParams } from "./search";

/** The page's state, read from and written to the URL (see search.ts). */
export function useOutcomeView() {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseOutcomeView(params), [params]);
  const update = useCallback(
    (patch: Partial<OutcomeView>, options: { push?: boolean } = {}) =>
      setParams(toSearchParams({ ...view, ...patch }), { replace: !options.push }),
    [view, setParams],
  );
  return { view, update };
}

/** Figure names and select options, shared by the per-year chart and the top table. */
export function useFigureOptions(figures: readonly OperationFigure[]) {
  const t = useTranslate();
  return useMemo(() => figures.map((f) => ({ value: f, label: t(`outcomes.figures.${f}`) })), [figures, t]);
}
