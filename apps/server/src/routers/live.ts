import { ZLiveInput } from "@tbc/types";
import { TRPCError } from "@trpc/server";
import { protectedProcedure, router } from "../trpc";

export const liveRouter = router({
  /**
   * The live-update stream of one tab (server-sent events): "resource X changed (ids)" after every
   * committed write, cut to what the caller's role may read (src/live.ts). Each event is tracked by
   * its data version, so a reconnecting tab resumes where it stopped.
   */
  changes: protectedProcedure.input(ZLiveInput).subscription(({ ctx, input, signal }) => {
    if (!ctx.live) throw new TRPCError({ code: "PRECONDITION_FAILED", message: "Live updates are off." });
    return ctx.live.stream(ctx.user.role, input?.lastEventId, signal);
  }),
});
