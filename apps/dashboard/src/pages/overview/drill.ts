import type { CrudFilter } from "@refinedev/core";
import { countryFilters, regionFilters } from "../agencies-by-country/drill-down";
import { toOperationListFilters } from "../outcomes/drill-down";
import { type OverviewView, toOutcomeFilters } from "./search";

/**
 * Drill-downs from the overview's cards to the lists behind them, with the same filters, through the
 * existing URL helpers (refine's URL-synced filters, which the list pages read on mount).
 */

/** The agencies the overview counts: active ones, in the region and country filtered on. */
export function agencyDrillFilters(view: OverviewView, region = view.region): CrudFilter[] {
  return [
    ...(region ? regionFilters(region) : []),
    ...(view.countryCode ? countryFilters(view.countryCode) : []),
    { field: "status", operator: "in", value: ["active"] },
  ];
}

/** The Engagement page (its charts and top posts) for the same days, channels and country. */
export function engagementDrillUrl(view: OverviewView): string {
  const params = new URLSearchParams({ from: view.from, to: view.to });
  for (const channel of view.channels ?? []) params.append("channel", channel);
  if (view.countryCode) params.set("country", view.countryCode);
  return `/engagement?${params}`;
}

/** The operations of the period's edition years, crime areas, region and country. */
export function operationDrillFilters(view: OverviewView): CrudFilter[] {
  return toOperationListFilters(toOutcomeFilters(view));
}
