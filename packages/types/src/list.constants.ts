// The list protocol's operators and page size, without its schemas (list.ts).
// Kept apart from the zod schemas: the dashboard's app shell and overview import these, and
// nothing here may pull zod (≈25 kB gzip) into them.
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

export const MAX_PAGE_SIZE = 200;
