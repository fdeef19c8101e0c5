import { agenciesByCountry } from "@tbc/db";
import { protectedProcedure, router } from "../trpc";

/** Aggregates for the dashboard's charts; computed in SQL. */
export const analyticsRouter = router({
  agenciesByCountry: protectedProcedure.query(({ ctx }) => agenciesByCountry(ctx.db)),
});
