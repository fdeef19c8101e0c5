import { createAlias, deleteAlias, getAlias, listAliases, updateAlias } from "@tbc/db";
import { ZAliasCreateInput, ZAliasUpdateInput, ZIdInput, ZListInput } from "@tbc/types";
import { actorOf, protectedProcedure, router } from "../trpc";

/** Names imported files write → the codes they mean (staff add from an import preview). */
export const aliasesRouter = router({
  list: protectedProcedure.input(ZListInput.optional()).query(({ ctx, input }) => listAliases(ctx.db, input)),
  get: protectedProcedure.input(ZIdInput).query(({ ctx, input }) => getAlias(ctx.db, input.id)),
  create: protectedProcedure
    .input(ZAliasCreateInput)
    .mutation(({ ctx, input }) => createAlias(ctx.db, input.values, actorOf(ctx))),
  update: protectedProcedure
    .input(ZAliasUpdateInput)
    .mutation(({ ctx, input }) => updateAlias(ctx.db, input.id, input.version, input.values, actorOf(ctx))),
  delete: protectedProcedure
    .input(ZIdInput)
    .mutation(({ ctx, input }) => deleteAlias(ctx.db, input.id, actorOf(ctx))),
});
