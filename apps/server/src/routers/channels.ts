import { createChannel, listChannels } from "@tbc/db";
import { type Channel, type ListResult, ZChannelCreateInput, ZListInput } from "@tbc/types";
import { actorOf, protectedProcedure, router } from "../trpc";

export const channelsRouter = router({
  /**
   * Every channel, ordered by code, as `{ data, total }`. Like `crimeAreas.list`, the refine input
   * is accepted but not applied: the list is short.
   */
  list: protectedProcedure
    .input(ZListInput.optional())
    .query(async ({ ctx }): Promise<ListResult<Channel>> => {
      const data = (await listChannels(ctx.db)).map((c) => ({ id: c.code, ...c }));
      return { data, total: data.length };
    }),

  /** Managers extend the reference list. */
  create: protectedProcedure
    .input(ZChannelCreateInput)
    .mutation(({ ctx, input }) => createChannel(ctx.db, input.values, actorOf(ctx))),
});
