import type { RawBuilder } from "kysely";
import { InvalidQueryError } from "../errors";

export type ListFieldType = "string" | "number" | "date" | "boolean";

/**
 * A field a list may filter and sort on: a column of the base query's output, by its API name.
 *
 * A `many` field is a set of values related to the row (an operation's participating countries):
 * a filter on it matches rows where SOME related value passes (`not exists` for the negations, so
 * "ne FR" means "France did not take part"). It cannot be sorted on.
 */
export type ListFieldSpec = { type: ListFieldType; many?: ManyRelation };

/**
 * Written by repositories, never from client input: `from` is the related rows' FROM clause, `key`
 * the column equal to the list row's `id`, `column` the value the filter tests.
 */
export type ManyRelation = {
  from: RawBuilder<unknown>;
  key: RawBuilder<unknown>;
  column: RawBuilder<unknown>;
};
export type ListFields = Record<string, ListFieldSpec>;

export type ListContext = "filters" | "sorters";

/**
 * The only gate between a client-supplied name and an SQL identifier: a name that passes is a key
 * the repository wrote itself. Object.hasOwn, so that "constructor" or "__proto__" never pass.
 */
export function assertField(fields: ListFields, field: unknown, where: ListContext): ListFieldSpec {
  if (typeof field !== "string" || !Object.hasOwn(fields, field)) {
    throw new InvalidQueryError(`Unknown field '${String(field)}' in ${where}`);
  }
  return fields[field] as ListFieldSpec;
}

// A numeric string as refine's URL sync sends it; Number() alone would also take "", "0x1f", " 1 ".
const NUMERIC = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * Checks and converts one filter value to what the field's column is compared with.
 * Booleans become 1/0 because better-sqlite3 cannot bind booleans, and the column side is cast to
 * integer (see columnOf), which works for PG boolean and integer columns alike.
 */
export function coerceValue(field: string, spec: ListFieldSpec, value: unknown): string | number {
  switch (spec.type) {
    case "number": {
      if (typeof value === "number" && Number.isFinite(value)) return value;
      if (typeof value === "string" && NUMERIC.test(value)) return Number(value);
      throw new InvalidQueryError(`Invalid value for field '${field}': expected a number`);
    }
    case "boolean": {
      if (value === true || value === "true") return 1;
      if (value === false || value === "false") return 0;
      throw new InvalidQueryError(`Invalid value for field '${field}': expected true or false`);
    }
    case "string":
    case "date": {
      if (typeof value === "string") return value;
      if (typeof value === "number" && Number.isFinite(value)) return String(value);
      throw new InvalidQueryError(`Invalid value for field '${field}': expected a string`);
    }
  }
}

/** A value that means "no filter": a cleared input in refine sends undefined, "" or null. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === "";
}
