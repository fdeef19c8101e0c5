import { prefetchProcedure } from "../../providers/procedures";
import { prefetchSession } from "../../providers/session-prefetch";
import { loadWorldShapes } from "./map-shapes";
import { overviewQueries } from "./queries";
import { localToday, parseOverviewView } from "./search";

/**
 * The overview's chart data and map shapes, requested at boot (src/prefetch.ts) while the page's
 * code is still loading: the page's queries then find their answers on the way (same inputs, from
 * overviewQueries) instead of asking only once the page has rendered.
 */
export function prefetchOverview(search: string): void {
  const view = parseOverviewView(new URLSearchParams(search), localToday());
  const queries = overviewQueries(view);
  // With the data: the app's first session check takes this answer instead of asking then.
  prefetchSession();
  prefetchProcedure("overview.kpis", queries.kpis);
  prefetchProcedure("overview.map", queries.map);
  prefetchProcedure("overview.map", queries.agencies);
  prefetchProcedure("outcomes.byYear", queries.outcomes);
  prefetchProcedure("engagement.series", queries.engagement);
  prefetchProcedure("channels.list", undefined);
  void loadWorldShapes().catch(() => {});
}
