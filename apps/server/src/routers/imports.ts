import { listImports } from "@tbc/db";
import { ZListInput } from "@tbc/types";
import { protectedProcedure, router } from "../trpc";

/**
 * The import history. Staff and above: it is the importers' own working record and names who
 * imported each file (user emails), which leadership (viewer) does not need. The uploads themselves
 * are `POST /api/imports/<kind>` (src/http/imports.ts), not tRPC; the history's CSV export is
 * `GET /api/export/imports.csv`, for the same roles.
 */
export const importsRouter = router({
  list: protectedProcedure.input(ZListInput.optional()).query(({ ctx, input }) => listImports(ctx.db, input)),
  /** What the upload pages state and check before sending: the server's IMPORT_MAX_BYTES. */
  limits: protectedProcedure.query(({ ctx }): { maxBytes: number } => ({ maxBytes: ctx.importMaxBytes })),
});
