import {
  createOperation,
  deleteOperation,
  getOperation,
  historyOf,
  listOperations,
  updateOperation,
} from "@tbc/db";
import {
  ZHistoryInput,
  ZIdInput,
  ZListInput,
  ZOperationCreateInput,
  ZOperationUpdateInput,
} from "@tbc/types";
import { actorOf, protectedProcedure, router } from "../trpc";

/**
 * Operation editions and their published outcomes. Every role reads; staff enter and edit (the CSV
 * import is the HTTP upload in src/http/imports.ts); managers delete. `list` also filters on the
 * many-valued `countryCode` and `countryRegion` ("some participating country is …").
 */
export const operationsRouter = router({
  list: protectedProcedure
    .input(ZListInput.optional())
    .query(({ ctx, input }) => listOperations(ctx.db, input)),

  /** With its participating countries and itemised seizures (OperationDetail). */
  get: protectedProcedure.input(ZIdInput).query(({ ctx, input }) => getOperation(ctx.db, input.id)),

  /** Unknown crime area or country → BAD_REQUEST on that field; same name and year → on `name`. */
  create: protectedProcedure
    .input(ZOperationCreateInput)
    .mutation(({ ctx, input }) => createOperation(ctx.db, input.values, actorOf(ctx))),

  /** Stale `version` → CONFLICT. */
  update: protectedProcedure
    .input(ZOperationUpdateInput)
    .mutation(({ ctx, input }) =>
      updateOperation(ctx.db, input.id, input.version, input.values, actorOf(ctx)),
    ),

  /** Its countries and seizures go with it. */
  delete: protectedProcedure
    .input(ZIdInput)
    .mutation(({ ctx, input }) => deleteOperation(ctx.db, input.id, actorOf(ctx))),

  /** Its audit entries (edits and imports), newest first, with the fields each changed. */
  history: protectedProcedure
    .input(ZHistoryInput)
    .query(({ ctx, input }) => historyOf(ctx.db, "operation", input.id)),
});
