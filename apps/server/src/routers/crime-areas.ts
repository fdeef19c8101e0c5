import { createCrimeArea, listCrimeAreas } from "@tbc/db";
import { type ListResult, ZCrimeAreaCreateInput, ZListInput } from "@tbc/types";
import { actorOf, protectedProcedure, router } from "../trpc";

/** A crime area of the reference list; `id` is its code (refine needs an `id`). */
export type CrimeArea = { id: string; code: string; operations: number };

export const crimeAreasRouter = router({
  /**
   * Every crime area with its number of operations, ordered by code, as `{ data, total }`. Like
   * `countries.list`, the refine input is accepted but not applied: the list is short.
   */
  list: protectedProcedure
    .input(ZListInput.optional())
    .query(async ({ ctx }): Promise<ListResult<CrimeArea>> => {
      const data = (await listCrimeAreas(ctx.db)).map((a) => ({ id: a.code, ...a }));
      return { data, total: data.length };
    }),

  /** A reference list: managers add to it. An existing code → BAD_REQUEST on `code`. */
  create: protectedProcedure
    .input(ZCrimeAreaCreateInput)
    .mutation(async ({ ctx, input }): Promise<CrimeArea> => {
      const { code } = await createCrimeArea(ctx.db, input.values.code, actorOf(ctx));
      return { id: code, code, operations: 0 };
    }),
});
