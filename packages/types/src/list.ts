import { z } from "zod";
import { INT32_MAX, zId, zText } from "./primitives";

/**
 * Refine's CrudOperators, all 28 of them. The list engine in @tbc/db implements every one;
 * an operator outside this list is rejected by the schema before it reaches a repository.
 */
export const CRUD_OPERATORS = [
  "eq",
  "ne",
  "lt",
  "gt",
  "lte",
  "gte",
  "in",
  "nin",
  "ina",
  "nina",
  "contains",
  "ncontains",
  "containss",
  "ncontainss",
  "between",
  "nbetween",
  "null",
  "nnull",
  "startswith",
  "nstartswith",
  "startswiths",
  "nstartswiths",
  "endswith",
  "nendswith",
  "endswiths",
  "nendswiths",
  "or",
  "and",
] as const;
export type CrudOperator = (typeof CRUD_OPERATORS)[number];
export const LOGICAL_OPERATORS = ["or", "and"] as const;
export type FieldOperator = Exclude<CrudOperator, (typeof LOGICAL_OPERATORS)[number]>;

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

export const MAX_PAGE_SIZE = 200;

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
