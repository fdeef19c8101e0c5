import {
  agenciesByCountry,
  approveAgency,
  createAgency,
  deleteAgency,
  findDuplicateAgencies,
  getAgency,
  historyOf,
  listAgencies,
  updateAgency,
} from "@tbc/db";
import {
  type Agency,
  canEditAgency,
  formatMessage,
  type MessageCode,
  roleAtLeast,
  type SessionUser,
  ZAgencyApproveInput,
  ZAgencyCreateInput,
  ZAgencyDuplicateInput,
  ZAgencyUpdateInput,
  ZHistoryInput,
  ZIdInput,
  ZListInput,
} from "@tbc/types";
import { auditObjectRefusal } from "../access";
import { actorOf, aggregate, codedError, type Log, protectedProcedure, router } from "../trpc";

/**
 * The per-object rules of an agency update, checked on the stored agency inside the update's
 * transaction: staff edit only the pending agencies they registered (canEditAgency), and only
 * managers change the status.
 */
function agencyEditGuard(user: SessionUser, log: Log, status: string | undefined) {
  /** What the refused user lacked, for the audit log (written after the update rolled back). */
  const refused = { required: null as string | null };
  const guard = (current: Agency) => {
    const refuse = (code: MessageCode, required: string) => {
      log.info({ userId: user.id, agencyId: current.id }, `Access refused: ${formatMessage(code)}`);
      refused.required = required;
      throw codedError("FORBIDDEN", code);
    };
    if (!canEditAgency(user, current)) {
      refuse("access.own_pending_agency", "own pending agency");
    }
    if (status !== undefined && status !== current.status && !roleAtLeast(user.role, "manager")) {
      refuse("access.agency_status", "manager");
    }
  };
  return { guard, refused };
}

/**
 * Agencies that pledged support to the campaign. Who may call what is in PERMISSIONS (@tbc/types):
 * every role reads; staff register (new agencies are `pending`) and edit their own pending ones;
 * managers edit any, approve and delete.
 */
export const agenciesRouter = router({
  list: protectedProcedure
    .input(ZListInput.optional())
    .query(({ ctx, input }) => listAgencies(ctx.db, input)),

  get: protectedProcedure.input(ZIdInput).query(({ ctx, input }) => getAgency(ctx.db, input.id)),

  create: protectedProcedure
    .input(ZAgencyCreateInput)
    .mutation(({ ctx, input }) => createAgency(ctx.db, input.values, actorOf(ctx))),

  /** Stale `version` → CONFLICT; someone else's or a non-pending agency, for staff → FORBIDDEN. */
  update: protectedProcedure.input(ZAgencyUpdateInput).mutation(async ({ ctx, input, path }) => {
    const { guard, refused } = agencyEditGuard(ctx.user, ctx.log, input.values.status);
    try {
      return await updateAgency(ctx.db, input.id, input.version, input.values, actorOf(ctx), "update", guard);
    } catch (error) {
      if (refused.required) {
        await auditObjectRefusal(ctx.db, ctx.user, refused.required, {
          procedure: path,
          ip: ctx.ip,
          log: ctx.log,
        });
      }
      throw error;
    }
  }),

  delete: protectedProcedure
    .input(ZIdInput)
    .mutation(({ ctx, input }) => deleteAgency(ctx.db, input.id, actorOf(ctx))),

  /** pending/withdrawn → active. */
  approve: protectedProcedure
    .input(ZAgencyApproveInput)
    .mutation(({ ctx, input }) => approveAgency(ctx.db, input.id, input.version, actorOf(ctx))),

  /**
   * Agencies that look like a name (and acronym) being entered, each with its reason, for the warning
   * on the create/edit form: in the country and among agencies without one, or everywhere without.
   */
  duplicates: protectedProcedure
    .input(ZAgencyDuplicateInput)
    .query(({ ctx, input }) => findDuplicateAgencies(ctx.db, input)),

  /** Its audit entries, newest first: who, when, what, and the fields each changed. */
  history: protectedProcedure
    .input(ZHistoryInput)
    .query(({ ctx, input }) => historyOf(ctx.db, "agency", input.id)),

  /** Active agencies counted per country and region, for the agencies-by-country page. */
  byCountry: protectedProcedure.query(aggregate(agenciesByCountry)),
});
