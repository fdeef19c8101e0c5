import { overviewKpis, overviewMap } from "@tbc/db";
import { ZMapInput, ZOverviewFilters } from "@tbc/types";
import { aggregate, protectedProcedure, router } from "../trpc";

/** The overview page's aggregates; computed in SQL, kept in the answer cache (`aggregate`). */
export const overviewRouter = router({
  /** The KPIs for the period and the period of equal length before it. */
  kpis: protectedProcedure.input(ZOverviewFilters).query(aggregate(overviewKpis)),

  /** Values per country for the choropleth (agencies or operations). */
  map: protectedProcedure
    .input(ZMapInput)
    .query(aggregate((db, input) => overviewMap(db, input.filters, input.layer))),
});
