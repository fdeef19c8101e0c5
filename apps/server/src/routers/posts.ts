import { listPosts } from "@tbc/db";
import { ZListInput } from "@tbc/types";
import { protectedProcedure, router } from "../trpc";

/**
 * Campaign posts with their figures; every role reads. They are entered through the engagement
 * import (`POST /api/imports/engagement` with the posts header), so there is no create here.
 */
export const postsRouter = router({
  list: protectedProcedure.input(ZListInput.optional()).query(({ ctx, input }) => listPosts(ctx.db, input)),
});
