import {
  approveAgency,
  createAgency,
  deleteAgency,
  findDuplicateAgencies,
  getAgency,
  listAgencies,
  updateAgency,
} from "@tbc/db";
import {
  roleAtLeast,
  ZAgencyApproveInput,
  ZAgencyCreateInput,
  ZAgencyDuplicateInput,
  ZAgencyUpdateInput,
  ZIdInput,
  ZListInput,
} from "@tbc/types";
import { TRPCError } from "@trpc/server";
import {
  actorOf,
  managerProcedure,
  protectedProcedure,
  router,
  staffProcedure,
  viewerProcedure,
} from "../trpc";

/**
 * Agencies that pledged support to the campaign. Every role reads; staff register and edit (new
 * agencies are `pending`); managers approve and delete.
 */
export const agenciesRouter = router({
  list: viewerProcedure.input(ZListInput.optional()).query(({ ctx, input }) => listAgencies(ctx.db, input)),

  get: viewerProcedure.input(ZIdInput).query(({ ctx, input }) => getAgency(ctx.db, input.id)),

  create: staffProcedure
    .input(ZAgencyCreateInput)
    .mutation(({ ctx, input }) => createAgency(ctx.db, input.values, actorOf(ctx))),

  /** Stale `version` → CONFLICT. Only managers may change the status (approval is theirs). */
  update: staffProcedure.input(ZAgencyUpdateInput).mutation(async ({ ctx, input }) => {
    const { status } = input.values;
    if (status !== undefined && !roleAtLeast(ctx.user.role, "manager")) {
      const current = await getAgency(ctx.db, input.id);
      if (current.status !== status) {
        ctx.log.info({ userId: ctx.user.id, agencyId: input.id }, "Access refused: status change by staff");
        throw new TRPCError({ code: "FORBIDDEN", message: "Only managers can change an agency's status." });
      }
    }
    return updateAgency(ctx.db, input.id, input.version, input.values, actorOf(ctx));
  }),

  delete: managerProcedure
    .input(ZIdInput)
    .mutation(({ ctx, input }) => deleteAgency(ctx.db, input.id, actorOf(ctx))),

  /** pending/withdrawn → active. */
  approve: managerProcedure
    .input(ZAgencyApproveInput)
    .mutation(({ ctx, input }) => approveAgency(ctx.db, input.id, input.version, actorOf(ctx))),

  /** Possible duplicates of a name in a country, for the warning on the create/edit form. */
  duplicates: protectedProcedure
    .input(ZAgencyDuplicateInput)
    .query(({ ctx, input }) => findDuplicateAgencies(ctx.db, input.name, input.countryCode, input.excludeId)),
});
