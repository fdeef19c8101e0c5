import { createSeizure, deleteSeizure } from "@tbc/db";
import { ZIdInput, ZSeizureCreateInput } from "@tbc/types";
import { actorOf, protectedProcedure, router } from "../trpc";

/**
 * Itemised seizures of an operation; they are read as part of `operations.get`. Staff add them and
 * may delete them too: there is no edit, so deleting and re-entering is how a typo is fixed, and staff
 * can already overwrite every figure of the operation itself. Both are audited.
 */
export const seizuresRouter = router({
  /** Unknown operation → NOT_FOUND; unknown country → BAD_REQUEST on `countryCode`. */
  create: protectedProcedure
    .input(ZSeizureCreateInput)
    .mutation(({ ctx, input }) => createSeizure(ctx.db, input.operationId, input.values, actorOf(ctx))),

  delete: protectedProcedure
    .input(ZIdInput)
    .mutation(({ ctx, input }) => deleteSeizure(ctx.db, input.id, actorOf(ctx))),
});
