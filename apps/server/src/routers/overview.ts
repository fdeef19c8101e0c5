import { overviewKpis, overviewMap } from "@tbc/db";
import { ZMapInput, ZOverviewFilters } from "@tbc/types";
import { protectedProcedure, router } from "../trpc";

/** The overview page's aggregates; computed in SQL. */
export const overviewRouter = router({
  /** The KPIs for the period and the period of equal length before it. */
  kpis: protectedProcedure.input(ZOverviewFilters).query(({ ctx, input }) => overviewKpis(ctx.db, input)),

  /** Values per country for the choropleth (agencies or operations). */
  map: protectedProcedure
    .input(ZMapInput)
    .query(({ ctx, input }) => overviewMap(ctx.db, input.filters, input.layer)),
});
