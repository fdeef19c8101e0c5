import type { FieldOperator } from "@tbc/types";
import { type RawBuilder, type SqlBool, sql } from "kysely";
import type { DialectName } from "../database";
import { dialectOf, escapeLike, lower } from "../dialect";
import { InvalidQueryError } from "../errors";
import type { Executor } from "../schema";
import { assertField, coerceValue, isBlank, type ListFieldSpec, type ListFields } from "./fields";

type Cond = RawBuilder<SqlBool>;
type Expr = RawBuilder<unknown>;

/** The alias the engine gives the base query; every filter and sorter refers to `q.<field>`. */
export const LIST_ALIAS = "q";

/** Nesting of or/and beyond this is no real UI's doing; the cap keeps recursion bounded. */
export const MAX_FILTER_DEPTH = 8;

type Positive =
  | "eq"
  | "lt"
  | "gt"
  | "lte"
  | "gte"
  | "in"
  | "between"
  | "null"
  | "nnull"
  | "contains"
  | "containss"
  | "startswith"
  | "startswiths"
  | "endswith"
  | "endswiths";

/**
 * Every field operator as a positive test plus an optional negation.
 *
 * `ina`/`nina` are refine's "array column contains all / none of": no resource has array columns,
 * so they mean the same as `in`/`nin` (the field's value is / is not one of the list).
 *
 * A negation is `(col IS NULL OR NOT (test))`: in SQL, NOT on a NULL column is NULL and the row would
 * silently drop out, whereas a user filtering "status ≠ active" expects rows with no status too.
 */
const OPERATORS: Record<FieldOperator, { test: Positive; negate: boolean }> = {
  eq: { test: "eq", negate: false },
  ne: { test: "eq", negate: true },
  lt: { test: "lt", negate: false },
  gt: { test: "gt", negate: false },
  lte: { test: "lte", negate: false },
  gte: { test: "gte", negate: false },
  in: { test: "in", negate: false },
  nin: { test: "in", negate: true },
  ina: { test: "in", negate: false },
  nina: { test: "in", negate: true },
  between: { test: "between", negate: false },
  nbetween: { test: "between", negate: true },
  null: { test: "null", negate: false },
  nnull: { test: "nnull", negate: false },
  contains: { test: "contains", negate: false },
  ncontains: { test: "contains", negate: true },
  containss: { test: "containss", negate: false },
  ncontainss: { test: "containss", negate: true },
  startswith: { test: "startswith", negate: false },
  nstartswith: { test: "startswith", negate: true },
  startswiths: { test: "startswiths", negate: false },
  nstartswiths: { test: "startswiths", negate: true },
  endswith: { test: "endswith", negate: false },
  nendswith: { test: "endswith", negate: true },
  endswiths: { test: "endswiths", negate: false },
  nendswiths: { test: "endswiths", negate: true },
};

const COMPARE = { eq: "=", lt: "<", gt: ">", lte: "<=", gte: ">=" } as const;
const TEXT_TESTS = new Set<Positive>([
  "contains",
  "containss",
  "startswith",
  "startswiths",
  "endswith",
  "endswiths",
]);
const FALSE: Cond = sql<SqlBool>`1 = 0`;

type Ctx = { db: Executor; dialect: DialectName; fields: ListFields };

/**
 * The WHERE condition for refine filters over the aliased base query, or undefined when nothing
 * filters (no filters, only cleared ones, or empty or/and groups). Top-level filters are ANDed.
 */
export function buildWhere(db: Executor, filters: readonly unknown[] | undefined, fields: ListFields) {
  return group("and", filters ?? [], { db, dialect: dialectOf(db), fields }, 0);
}

function group(op: "and" | "or", filters: readonly unknown[], ctx: Ctx, depth: number): Cond | undefined {
  // Every branch is built before dropping the empty ones, so a bad field anywhere is still reported.
  const conds = filters.map((f) => filterNode(f, ctx, depth)).filter((c) => c !== undefined);
  if (conds.length <= 1) return conds[0];
  return sql<SqlBool>`(${sql.join(conds, op === "and" ? sql` and ` : sql` or `)})`;
}

function filterNode(filter: unknown, ctx: Ctx, depth: number): Cond | undefined {
  if (typeof filter !== "object" || filter === null) throw new InvalidQueryError("Invalid filter");
  const { field, operator, value } = filter as { field?: unknown; operator?: unknown; value?: unknown };
  if (operator === "or" || operator === "and") {
    if (!Array.isArray(value)) throw new InvalidQueryError(`An '${operator}' filter needs a list of filters`);
    if (depth >= MAX_FILTER_DEPTH) throw new InvalidQueryError("Filters are nested too deeply");
    return group(operator, value, ctx, depth + 1);
  }
  const spec = assertField(ctx.fields, field, "filters");
  const name = field as string;
  if (typeof operator !== "string" || !Object.hasOwn(OPERATORS, operator)) {
    throw new InvalidQueryError(`Unknown operator '${String(operator)}' on field '${name}'`);
  }
  const { test, negate } = OPERATORS[operator as FieldOperator];
  if (TEXT_TESTS.has(test) && !isText(spec)) {
    throw new InvalidQueryError(`Operator '${operator}' does not apply to ${spec.type} field '${name}'`);
  }
  if (spec.many) return manyNode(spec, test, negate, operator, name, value, ctx);
  const col = columnOf(name, spec);
  if (test === "null") return sql<SqlBool>`${col} is null`;
  if (test === "nnull") return sql<SqlBool>`${col} is not null`;
  if (isBlank(value)) return undefined;

  const cond = positive(test, operator, name, spec, col, value, ctx);
  if (!negate || cond === undefined) return cond;
  if (cond === FALSE) return undefined; // "not in []" filters nothing out
  return sql<SqlBool>`(${col} is null or not (${cond}))`;
}

/** A filter on a related set: some related value passes (exists), or none does (not exists). */
function manyNode(
  spec: ListFieldSpec,
  test: Positive,
  negate: boolean,
  operator: string,
  name: string,
  value: unknown,
  ctx: Ctx,
): Cond | undefined {
  const m = spec.many as NonNullable<ListFieldSpec["many"]>;
  const exists = (cond?: Cond) =>
    sql<SqlBool>`exists (select 1 from ${m.from} where ${m.key} = ${sql.id(LIST_ALIAS, "id")}${cond ? sql` and ${cond}` : sql``})`;
  if (test === "null") return sql<SqlBool>`not ${exists()}`;
  if (test === "nnull") return exists();
  if (isBlank(value)) return undefined;
  const cond = positive(test, operator, name, spec, m.column, value, ctx);
  if (cond === undefined) return undefined;
  if (!negate) return cond === FALSE ? FALSE : exists(cond);
  return cond === FALSE ? undefined : sql<SqlBool>`not ${exists(cond)}`;
}

function positive(
  test: Positive,
  operator: string,
  name: string,
  spec: ListFieldSpec,
  column: Expr,
  value: unknown,
  ctx: Ctx,
): Cond | undefined {
  const param = (v: unknown) => bind(ctx.dialect, spec, coerceValue(name, spec, v));
  // Ordering comparisons follow the sort order (code points); lower() below must keep the locale's.
  const col = ctx.dialect === "postgres" && isText(spec) ? sql`${column} collate "C"` : column;
  switch (test) {
    case "eq":
    case "lt":
    case "gt":
    case "lte":
    case "gte":
      return sql<SqlBool>`${col} ${sql.raw(COMPARE[test])} ${param(one(operator, name, value))}`;
    case "in": {
      if (!Array.isArray(value)) {
        throw new InvalidQueryError(`Operator '${operator}' on field '${name}' takes a list`);
      }
      if (value.length === 0) return FALSE;
      if (value.some((v) => v === null))
        throw new InvalidQueryError(`The list for field '${name}' contains null`);
      return sql<SqlBool>`${col} in (${sql.join(value.map(param))})`;
    }
    case "between": {
      if (!Array.isArray(value) || value.length !== 2) {
        throw new InvalidQueryError(`Operator '${operator}' on field '${name}' takes two values`);
      }
      // A blank bound is an open end, as a date-range picker with one side cleared sends it; two
      // blank bounds are a cleared picker, which filters nothing.
      const [from, to] = value;
      const parts = [
        ...(isBlank(from) ? [] : [sql<SqlBool>`${col} >= ${param(from)}`]),
        ...(isBlank(to) ? [] : [sql<SqlBool>`${col} <= ${param(to)}`]),
      ];
      if (parts.length === 0) return undefined;
      return sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
    }
    default:
      return textTest(test, column, String(coerceValue(name, spec, one(operator, name, value))), ctx);
  }
}

function textTest(test: Positive, col: Expr, raw: string, ctx: Ctx): Cond {
  const pg = ctx.dialect === "postgres";
  const v = text(raw);
  const like = (pattern: string) =>
    sql<SqlBool>`${lower(ctx.db, col)} like ${lower(ctx.db, text(pattern))} escape '\\'`;
  switch (test) {
    case "contains":
      return like(`%${escapeLike(raw)}%`);
    case "startswith":
      return like(`${escapeLike(raw)}%`);
    case "endswith":
      return like(`%${escapeLike(raw)}`);
    // SQLite's LIKE ignores ASCII case, so the case-sensitive tests compare substrings instead.
    case "containss":
      return pg ? sql<SqlBool>`strpos(${col}, ${v}) > 0` : sql<SqlBool>`instr(${col}, ${v}) > 0`;
    case "startswiths":
      return sql<SqlBool>`substr(${col}, 1, length(${v})) = ${v}`;
    case "endswiths":
      return pg
        ? sql<SqlBool>`right(${col}, length(${v})) = ${v}`
        : sql<SqlBool>`substr(${col}, -length(${v})) = ${v}`;
    default:
      throw new Error(`not a text test: ${test}`);
  }
}

function one(operator: string, name: string, value: unknown): unknown {
  if (Array.isArray(value)) {
    throw new InvalidQueryError(`Operator '${operator}' on field '${name}' takes one value`);
  }
  return value;
}

/** Text parameters are cast so that PG never has to guess a type for length(), lower(), strpos(). */
function text(value: string): Expr {
  return sql`cast(${value} as text)`;
}

// PG types a bare parameter from the column: an integer column would reject 2.5; numeric does not.
function bind(dialect: DialectName, spec: ListFieldSpec, value: string | number): Expr {
  return dialect === "postgres" && spec.type === "number" ? sql`cast(${value} as numeric)` : sql`${value}`;
}

export function isText(spec: ListFieldSpec): boolean {
  return spec.type === "string" || spec.type === "date";
}

/** The column as the engine compares it; only whitelisted names get here. */
export function columnOf(field: string, spec: ListFieldSpec): Expr {
  const ref = sql.id(LIST_ALIAS, field);
  // An integer 0/1 on SQLite, a boolean or an integer on PG: cast makes them all compare with 1/0.
  return spec.type === "boolean" ? sql`cast(${ref} as integer)` : ref;
}
