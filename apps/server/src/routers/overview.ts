import { overviewKpis, overviewMap } from "@tbc/db";
import { type OverviewFilters, ZMapInput, ZOverviewFilters } from "@tbc/types";
import { aggregate, protectedProcedure, router } from "../trpc";

// A period that runs past today is counted to date: today is part of the answer, so of its cache key.
const kpisAsOf = aggregate((db, input: OverviewFilters & { today: string }) =>
  overviewKpis(db, input, input.today),
);

/** The overview page's aggregates; computed in SQL, kept in the answer cache (`aggregate`). */
export const overviewRouter = router({
  /** The KPIs for the period (to date when it runs past today) and the period before it. */
  kpis: protectedProcedure
    .input(ZOverviewFilters)
    .query(({ ctx, input, path }) =>
      kpisAsOf({ ctx, path, input: { ...input, today: new Date().toISOString().slice(0, 10) } }),
    ),

  /** Values per country for the choropleth (agencies or operations). */
  map: protectedProcedure
    .input(ZMapInput)
    .query(aggregate((db, input) => overviewMap(db, input.filters, input.layer))),
});
