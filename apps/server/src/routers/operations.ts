import { createOperation, deleteOperation, getOperation, listOperations, updateOperation } from "@tbc/db";
import { ZIdInput, ZListInput, ZOperationCreateInput, ZOperationUpdateInput } from "@tbc/types";
import { actorOf, managerProcedure, router, staffProcedure, viewerProcedure } from "../trpc";

/**
 * Operation editions and their published outcomes. Every role reads; staff enter and edit (the CSV
 * import is the HTTP upload in src/http/imports.ts); managers delete. `list` also filters on the
 * many-valued `countryCode` and `countryRegion` ("some participating country is …").
 */
export const operationsRouter = router({
  list: viewerProcedure.input(ZListInput.optional()).query(({ ctx, input }) => listOperations(ctx.db, input)),

  /** With its participating countries and itemised seizures (OperationDetail). */
  get: viewerProcedure.input(ZIdInput).query(({ ctx, input }) => getOperation(ctx.db, input.id)),

  /** Unknown crime area or country → BAD_REQUEST on that field; same name and year → on `name`. */
  create: staffProcedure
    .input(ZOperationCreateInput)
    .mutation(({ ctx, input }) => createOperation(ctx.db, input.values, actorOf(ctx))),

  /** Stale `version` → CONFLICT. */
  update: staffProcedure
    .input(ZOperationUpdateInput)
    .mutation(({ ctx, input }) =>
      updateOperation(ctx.db, input.id, input.version, input.values, actorOf(ctx)),
    ),

  /** Its countries and seizures go with it. */
  delete: managerProcedure
    .input(ZIdInput)
    .mutation(({ ctx, input }) => deleteOperation(ctx.db, input.id, actorOf(ctx))),
});
