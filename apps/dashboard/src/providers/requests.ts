import type {
  BaseKey,
  ConditionalFilter,
  CrudSort,
  MetaQuery,
  Pagination,
  CrudFilter as RefineFilter,
} from "@refinedev/core";
import { CRUD_OPERATORS, type CrudFilter, type FieldOperator, type ListInput } from "@tbc/types";

/**
 * The pure halves of the data provider: how refine's parameters become the inputs of the
 * tRPC contract (`list`, `get`, `create`, `update`, `delete`). Kept apart so they are unit-tested.
 */

export type { ListInput };

const FIELD_OPERATORS = new Set<string>(CRUD_OPERATORS);
function isFieldOperator(operator: string): operator is FieldOperator {
  return FIELD_OPERATORS.has(operator) && operator !== "or" && operator !== "and";
}

/**
 * refine's filter → the list contract's (@tbc/types). Every operator the server knows goes through
 * with its value as it is; one it does not know (refine's `eqs`) is a programming error.
 */
function isConditional(filter: RefineFilter): filter is ConditionalFilter {
  return filter.operator === "or" || filter.operator === "and";
}

export function toServerFilter(filter: RefineFilter): CrudFilter {
  if (isConditional(filter)) {
    const nested = filter.value.map(toServerFilter);
    return filter.key === undefined
      ? { operator: filter.operator, value: nested }
      : { key: filter.key, operator: filter.operator, value: nested };
  }
  const { field, operator, value } = filter;
  if (!isFieldOperator(operator)) throw new Error(`Unsupported filter operator "${operator}"`);
  return { field, operator, value };
}

/**
 * Filters go through exactly as refine built them — every operator, nested `or`/`and`, values as
 * they are (strings from the URL included): the server's list engine owns their meaning.
 */
export function toListInput(params: {
  pagination?: Pagination;
  sorters?: CrudSort[];
  filters?: RefineFilter[];
}): ListInput {
  const { pagination, sorters, filters } = params;
  const input: ListInput = {
    pagination: {
      currentPage: pagination?.currentPage ?? 1,
      pageSize: pagination?.pageSize ?? 10,
      ...(pagination?.mode ? { mode: pagination.mode } : {}),
    },
  };
  if (sorters && sorters.length > 0) input.sorters = sorters;
  if (filters && filters.length > 0) input.filters = filters.map(toServerFilter);
  return input;
}

/** Route params are strings ("/agencies/show/12"); the server's ids are numbers where numeric. */
export function toId(id: BaseKey): BaseKey {
  return typeof id === "string" && /^\d+$/.test(id) ? Number(id) : id;
}

/** getMany through `list`: an `in` filter on id, unpaged so that every asked-for record comes back. */
export function toManyInput(ids: BaseKey[]): ListInput {
  return {
    pagination: { currentPage: 1, pageSize: Math.max(1, Math.min(ids.length, 200)), mode: "off" },
    filters: [{ field: "id", operator: "in", value: ids.map(toId) }],
  };
}

/**
 * `update` needs the version the form loaded (optimistic locking). It may come in the variables
 * (the edit form adds it) or in meta; it never goes into `values`.
 */
export function toUpdateInput(
  id: BaseKey,
  variables: unknown,
  meta?: MetaQuery,
): { id: BaseKey; version?: number; values: Record<string, unknown> } {
  const { version: fromVariables, ...values } = toValues(variables);
  const version = toVersion(fromVariables) ?? toVersion(meta?.version);
  return version === undefined ? { id: toId(id), values } : { id: toId(id), version, values };
}

/** A form's values as refine hands them over (typed `unknown`/`{}`): a plain record, else nothing. */
export function toValues(variables: unknown): Record<string, unknown> {
  if (typeof variables !== "object" || variables === null || Array.isArray(variables)) return {};
  return Object.fromEntries(Object.entries(variables));
}

function toVersion(v: unknown): number | undefined {
  if (typeof v === "number" && Number.isInteger(v)) return v;
  if (typeof v === "string" && /^\d+$/.test(v)) return Number(v);
  return undefined;
}
