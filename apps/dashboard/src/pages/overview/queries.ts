import type { QueryInput } from "../../providers/procedures";
import { type OverviewView, toEngagementFilters, toOutcomeFilters, toOverviewFilters } from "./search";

/** Charts keep their last answer while new filters load, and are fresh enough for 30 s. */
export const CHART = { keepPrevious: true, staleTime: 30_000 };

/**
 * The inputs of the overview's chart queries for a view: the page's hooks and the boot prefetch
 * (./prefetch.ts) build them here, so that a prefetched answer is found under the same key.
 */
export function overviewQueries(view: OverviewView) {
  const filters = toOverviewFilters(view);
  // The map ignores its own country filter: it highlights the chosen country among all the others,
  // so that another one can be chosen with a click.
  const { countryCode: _, ...mapFilters } = filters;
  return {
    kpis: filters satisfies QueryInput<"overview.kpis">,
    map: { filters: mapFilters, layer: view.layer } satisfies QueryInput<"overview.map">,
    agencies: { filters, layer: "agencies" } satisfies QueryInput<"overview.map">,
    outcomes: { ...toOutcomeFilters(view), figure: "arrests" } satisfies QueryInput<"outcomes.byYear">,
    engagement: {
      filters: toEngagementFilters(view),
      metric: "impressions",
    } satisfies QueryInput<"engagement.series">,
  };
}
