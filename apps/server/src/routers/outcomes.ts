import {
  operationsByCountry,
  outcomeKpis,
  outcomesByCrimeArea,
  outcomesByYear,
  topOperations,
} from "@tbc/db";
import { ZOutcomeFilters, ZOutcomesByYearInput, ZTopOperationsInput } from "@tbc/types";
import { aggregate, protectedProcedure, router } from "../trpc";

/** The global outcome filters; every field optional, and so is the whole input. */
const ZFilters = ZOutcomeFilters.default({});

/**
 * The operations' outcomes, aggregated for the outcomes page's charts; computed in SQL. A figure's
 * sum comes with how many operations reported it (`{ sum, reported }`): unknown is never counted
 * as zero. Every answer is kept in the answer cache (`aggregate`).
 */
export const outcomesRouter = router({
  kpis: protectedProcedure.input(ZFilters).query(aggregate(outcomeKpis)),

  /** One row per edition year × crime area, for the stacked chart of one figure. */
  byYear: protectedProcedure.input(ZOutcomesByYearInput).query(aggregate(outcomesByYear)),

  byCrimeArea: protectedProcedure.input(ZFilters).query(aggregate(outcomesByCrimeArea)),

  /** The operations with the highest reported value of one figure (at most 50). */
  topOperations: protectedProcedure.input(ZTopOperationsInput).query(aggregate(topOperations)),

  /** For the map: how many (filtered) operations each country took part in. */
  byCountry: protectedProcedure.input(ZFilters).query(aggregate(operationsByCountry)),
});
