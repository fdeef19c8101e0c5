import type { CrudFilter, CrudSort } from "@refinedev/core";
import { CRUD_OPERATORS, MAX_PAGE_SIZE, ZCrudFilter } from "@tbc/types";
import { z } from "zod";

const OPERATORS = new Set<string>(CRUD_OPERATORS);
/** The list engine names an unknown operator in its error; from a URL it is just dropped. */
const known = (filter: { operator: string; value?: unknown }): boolean =>
  OPERATORS.has(filter.operator) &&
  ("field" in filter || (Array.isArray(filter.value) && filter.value.every(known)));

/**
 * A list page's table state in the URL, in refine's format (drill-down links and bookmarks rely on
 * it): `?currentPage=1&pageSize=20&sorters[0][field]=name&sorters[0][order]=asc
 * &filters[0][field]=name&filters[0][operator]=contains&filters[0][value]=Royal`. A filter or sorter
 * that does not validate is dropped on its own, the others are kept.
 */
export const ZTableQuery = z.object({
  currentPage: z.coerce.number().int().min(1).max(100_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).optional(),
  sorters: z
    .array(z.unknown())
    .max(5)
    .transform((list) =>
      list.flatMap((s) => {
        const sort = z
          .object({ field: z.string().min(1).max(100), order: z.enum(["asc", "desc"]) })
          .safeParse(s);
        return sort.success ? [sort.data as CrudSort] : [];
      }),
    )
    .optional(),
  filters: z
    .array(z.unknown())
    .max(50)
    .transform((list) =>
      list.flatMap((f) => {
        const filter = ZCrudFilter.safeParse(f);
        return filter.success && known(filter.data) ? [filter.data as unknown as CrudFilter] : [];
      }),
    )
    .optional(),
});
export type TableQuery = z.infer<typeof ZTableQuery>;
