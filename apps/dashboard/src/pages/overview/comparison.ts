import type { OverviewFigures, OverviewKpis } from "@tbc/types";
import { type Change, computeChange } from "./change";

/**
 * What a KPI may say against the period before, one rule for the cards and the PDF: no change
 * where either figure is unknown, and no change at all — "no comparable data", never "+18 (new)" or
 * "+57,012 %" — where the previous period had none, or fewer than MIN_COMPARABLE_OPERATIONS
 * operations behind the figure.
 */

export type KpiKey = "agencies" | "operations" | "arrests" | "seizedValueUsd" | "impressions";
export const KPI_KEYS: readonly KpiKey[] = [
  "agencies",
  "operations",
  "arrests",
  "seizedValueUsd",
  "impressions",
];

/** A sum over one or two operations is no basis for a trend. */
export const MIN_COMPARABLE_OPERATIONS = 3;

/** A KPI's number in a period; null: unknown (nothing reported), never shown as 0. */
export function kpiNumber(figures: OverviewFigures | undefined, key: KpiKey): number | null {
  if (!figures) return null;
  const v = figures[key];
  // Sums over operations are unknown when no operation reported them.
  return typeof v === "object" && v !== null ? (v.reported > 0 ? v.sum : null) : v;
}

/** How many operations stand behind a figure (null: the figure is not a sum over operations). */
export function kpiBasis(figures: OverviewFigures, key: KpiKey): number | null {
  const v = key === "operations" ? { reported: figures.operations } : figures[key];
  return typeof v === "object" && v ? v.reported : null;
}

export type Comparison =
  | { kind: "change"; change: Change }
  /** unknown: this period's figure is not known; none: the previous period had none; few: too few operations. */
  | { kind: "unknown" | "none" | "few"; basis?: number };

export function compareKpi(kpis: OverviewKpis, key: KpiKey): Comparison {
  const current = kpiNumber(kpis.current, key);
  const previous = kpiNumber(kpis.previous, key);
  if (current === null) return { kind: "unknown" };
  if (previous === null || previous === 0) return { kind: "none" };
  const basis = kpiBasis(kpis.previous, key);
  if (basis !== null && basis < MIN_COMPARABLE_OPERATIONS) return { kind: "few", basis };
  const change = computeChange(current, previous);
  return change ? { kind: "change", change } : { kind: "unknown" };
}
