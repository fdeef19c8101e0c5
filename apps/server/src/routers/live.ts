import { type LiveEvent, ZLiveInput } from "@tbc/types";
import type { TrackedEnvelope } from "@trpc/server";
import { protectedProcedure, router } from "../trpc";

/** Without a hub (a caller made by a script or the CLI) there is nothing to hear: a stream that ends. */
async function* nothing(): AsyncGenerator<TrackedEnvelope<LiveEvent>> {}

export const liveRouter = router({
  /**
   * The live-update stream of one tab (server-sent events): "resource X changed (ids)" after every
   * committed write, cut to what the caller's role may read (src/live.ts). Each event is tracked by
   * its data version, so a reconnecting tab resumes where it stopped.
   */
  changes: protectedProcedure.input(ZLiveInput).subscription(({ ctx, input, signal }) => {
    if (!ctx.live) return nothing();
    return ctx.live.stream(ctx.user.role, input?.lastEventId, signal);
  }),
});
