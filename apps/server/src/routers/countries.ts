import { listCountries } from "@tbc/db";
import { type Country, type ListResult, ZListInput } from "@tbc/types";
import { protectedProcedure, router } from "../trpc";

export const countriesRouter = router({
  /**
   * Every country of the reference list (the 249 ISO 3166-1 codes plus Kosovo, XK), ordered by name, in the refine list shape `{ data, total }`.
   * The input is accepted (so the generic data provider can call it like any `list`) but pagination,
   * sorters and filters are ignored: the list is small and fixed, and the dashboard's searchable
   * select filters it in the browser.
   */
  list: protectedProcedure
    .input(ZListInput.optional())
    .query(async ({ ctx }): Promise<ListResult<Country>> => {
      const data = await listCountries(ctx.db);
      return { data, total: data.length };
    }),
});
