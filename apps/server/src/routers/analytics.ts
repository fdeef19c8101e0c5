import {
  agenciesByCountry,
  operationsByCountry,
  outcomeKpis,
  outcomesByCrimeArea,
  outcomesByYear,
  overviewKpis,
  overviewMap,
  topOperations,
} from "@tbc/db";
import {
  ZMapInput,
  ZOutcomeFilters,
  ZOutcomesByYearInput,
  ZOverviewFilters,
  ZTopOperationsInput,
} from "@tbc/types";
import { protectedProcedure, router } from "../trpc";

/** The global outcome filters; every field optional, and so is the whole input. */
const ZFilters = ZOutcomeFilters.default({});

/**
 * Aggregates for the dashboard's charts; computed in SQL. A figure's sum comes with how many
 * operations reported it (`{ sum, reported }`): unknown is never counted as zero.
 */
export const analyticsRouter = router({
  /** The overview's KPIs for the period and the period of equal length before it. */
  overview: protectedProcedure.input(ZOverviewFilters).query(({ ctx, input }) => overviewKpis(ctx.db, input)),

  /** Values per country for the overview's choropleth (agencies or operations). */
  map: protectedProcedure
    .input(ZMapInput)
    .query(({ ctx, input }) => overviewMap(ctx.db, input.filters, input.layer)),

  agenciesByCountry: protectedProcedure.query(({ ctx }) => agenciesByCountry(ctx.db)),

  outcomeKpis: protectedProcedure.input(ZFilters).query(({ ctx, input }) => outcomeKpis(ctx.db, input)),

  /** One row per edition year × crime area, for the stacked chart of one figure. */
  outcomesByYear: protectedProcedure
    .input(ZOutcomesByYearInput)
    .query(({ ctx, input }) => outcomesByYear(ctx.db, input)),

  outcomesByCrimeArea: protectedProcedure
    .input(ZFilters)
    .query(({ ctx, input }) => outcomesByCrimeArea(ctx.db, input)),

  /** The operations with the highest reported value of one figure (at most 50). */
  topOperations: protectedProcedure
    .input(ZTopOperationsInput)
    .query(({ ctx, input }) => topOperations(ctx.db, input)),

  /** For the map: how many (filtered) operations each country took part in. */
  operationsByCountry: protectedProcedure
    .input(ZFilters)
    .query(({ ctx, input }) => operationsByCountry(ctx.db, input)),
});
