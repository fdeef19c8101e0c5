import {
  operationsByCountry,
  outcomeKpis,
  outcomesByCrimeArea,
  outcomesByYear,
  topOperations,
} from "@tbc/db";
import { ZOutcomeFilters, ZOutcomesByYearInput, ZTopOperationsInput } from "@tbc/types";
import { protectedProcedure, router } from "../trpc";

/** The global outcome filters; every field optional, and so is the whole input. */
const ZFilters = ZOutcomeFilters.default({});

/**
 * The operations' outcomes, aggregated for the outcomes page's charts; computed in SQL. A figure's
 * sum comes with how many operations reported it (`{ sum, reported }`): unknown is never counted
 * as zero.
 */
export const outcomesRouter = router({
  kpis: protectedProcedure.input(ZFilters).query(({ ctx, input }) => outcomeKpis(ctx.db, input)),

  /** One row per edition year × crime area, for the stacked chart of one figure. */
  byYear: protectedProcedure
    .input(ZOutcomesByYearInput)
    .query(({ ctx, input }) => outcomesByYear(ctx.db, input)),

  byCrimeArea: protectedProcedure
    .input(ZFilters)
    .query(({ ctx, input }) => outcomesByCrimeArea(ctx.db, input)),

  /** The operations with the highest reported value of one figure (at most 50). */
  topOperations: protectedProcedure
    .input(ZTopOperationsInput)
    .query(({ ctx, input }) => topOperations(ctx.db, input)),

  /** For the map: how many (filtered) operations each country took part in. */
  byCountry: protectedProcedure.input(ZFilters).query(({ ctx, input }) => operationsByCountry(ctx.db, input)),
});
