import { listAudit } from "@tbc/db";
import { ZAuditListInput } from "@tbc/types";
import { protectedProcedure, router } from "../trpc";

/**
 * The audit log (admin). A refine list: filter by user (`userEmail`), `entity`, `action` and period
 * (`at` with `between` [from, to] or gte/lte, ISO timestamps); newest first by default.
 */
export const auditRouter = router({
  list: protectedProcedure.input(ZAuditListInput).query(({ ctx, input }) => listAudit(ctx.db, input)),
});
