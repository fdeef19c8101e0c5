import type { BaseKey, CrudFilter, CrudSort, MetaQuery, Pagination } from "@refinedev/core";

/**
 * The pure halves of the data provider: how refine's parameters become the inputs of the GUIDE's
 * tRPC contract (`list`, `get`, `create`, `update`, `delete`). Kept apart so they are unit-tested.
 */

export type ListInput = {
  pagination?: { currentPage: number; pageSize: number; mode?: "server" | "client" | "off" };
  sorters?: CrudSort[];
  filters?: CrudFilter[];
};

/**
 * Filters go through exactly as refine built them — every operator, nested `or`/`and`, values as
 * they are (strings from the URL included): the server's list engine owns their meaning.
 */
export function toListInput(params: {
  pagination?: Pagination;
  sorters?: CrudSort[];
  filters?: CrudFilter[];
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
  if (filters && filters.length > 0) input.filters = filters;
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
): { id: BaseKey; version: number | undefined; values: Record<string, unknown> } {
  const { version: fromVariables, ...values } = (variables ?? {}) as Record<string, unknown>;
  const version = toVersion(fromVariables) ?? toVersion(meta?.version);
  return { id: toId(id), version, values };
}

function toVersion(v: unknown): number | undefined {
  if (typeof v === "number" && Number.isInteger(v)) return v;
  if (typeof v === "string" && /^\d+$/.test(v)) return Number(v);
  return undefined;
}

/** `meta.procedure` ("agencies.approve") → its path; anything else is a programming error. */
export function toProcedurePath(meta: MetaQuery | undefined): string[] {
  const procedure = meta?.procedure;
  if (typeof procedure !== "string" || !/^[A-Za-z]\w*(\.[A-Za-z]\w*)+$/.test(procedure)) {
    throw new Error(`custom(): meta.procedure must name a procedure such as "agencies.approve"`);
  }
  return procedure.split(".");
}
