import { z } from "zod";
import { type FieldOperator, MAX_PAGE_SIZE } from "./list.constants";
import { INT32_MAX, zId, zText } from "./primitives";

const ZScalar = z.union([zText().max(500), z.number(), z.boolean(), z.null()]);
const ZFilterValue = z.union([ZScalar, z.array(ZScalar).max(500)]).optional();

export type LogicalFilter = { field: string; operator: FieldOperator; value?: unknown };
export type ConditionalFilter = {
  key?: string;
  operator: "or" | "and";
  value: CrudFilter[];
};
export type CrudFilter = LogicalFilter | ConditionalFilter;

/**
 * Operators are checked by the list engine rather than by a z.enum here, so that an unknown one is
 * reported by name ("unknown operator 'regex'") in the same way as an unknown field.
 */
export const ZCrudFilter: z.ZodType<CrudFilter, CrudFilter> = z.lazy(() =>
  z.union([
    z.object({
      key: zText().max(100).optional(),
      operator: z.enum(["or", "and"]),
      value: z.array(ZCrudFilter).max(50),
    }),
    z.object({
      field: zText().min(1).max(100),
      operator: zText().min(1).max(20) as unknown as z.ZodType<FieldOperator, FieldOperator>,
      value: ZFilterValue,
    }),
  ]),
);

export const ZListInput = z.object({
  pagination: z
    .object({
      currentPage: z.number().int().min(1).max(INT32_MAX).default(1),
      pageSize: z.number().int().min(1).max(MAX_PAGE_SIZE).default(10),
      mode: z.enum(["server", "off", "client"]).optional(),
    })
    .optional(),
  sorters: z
    .array(z.object({ field: zText().min(1).max(100), order: z.enum(["asc", "desc"]) }))
    .max(5)
    .optional(),
  filters: z.array(ZCrudFilter).max(50).optional(),
});
export type ListInput = z.input<typeof ZListInput>;

export type ListResult<T> = { data: T[]; total: number };

export const ZIdInput = z.object({ id: zId() });
