import { type ListInput, type ListResult, MAX_PAGE_SIZE } from "@tbc/types";
import { type OrderByItemBuilder, type RawBuilder, type SelectQueryBuilder, sql } from "kysely";
import type { DialectName } from "../database";
import { dialectOf } from "../dialect";
import { InvalidQueryError } from "../errors";
import type { DB, Executor } from "../schema";
import { assertField, type ListFields } from "./fields";
import { buildWhere, columnOf, isText, LIST_ALIAS } from "./operators";

export type { ListFieldSpec, ListFields, ListFieldType } from "./fields";

export type SortOrder = "asc" | "desc";

export type ListOptions = {
  fields: ListFields;
  /** Applied after the client's sorters, so that paging is stable. */
  defaultSort: { field: string; order: SortOrder };
};

export const DEFAULT_PAGE_SIZE = 10;
/** `pagination.mode: "off"` (or "client") still never returns more than this many rows. */
export const MAX_UNPAGED_ROWS = 10_000;

export type ListSort = { field: string; order: SortOrder };

/**
 * The client's sorters (whitelisted), then the default sort, then `id` when it is a field: without
 * a unique last key, rows that tie may swap between two page queries and appear twice or never.
 */
export function resolveSort(sorters: readonly unknown[] | undefined, options: ListOptions): ListSort[] {
  const out: ListSort[] = [];
  const add = (s: ListSort) => {
    if (!out.some((o) => o.field === s.field)) out.push(s);
  };
  for (const s of sorters ?? []) {
    const { field, order } = (s ?? {}) as { field?: unknown; order?: unknown };
    if (assertField(options.fields, field, "sorters").many) {
      throw new InvalidQueryError(`Field '${String(field)}' holds several values and cannot be sorted on`);
    }
    if (order !== "asc" && order !== "desc") {
      throw new InvalidQueryError(`Invalid sort order '${String(order)}' on field '${String(field)}'`);
    }
    add({ field: field as string, order });
  }
  add(options.defaultSort);
  if (Object.hasOwn(options.fields, "id")) add({ field: "id", order: "asc" });
  return out;
}

/** Offset and limit from refine's pagination; the schema caps pageSize, this clamps again anyway. */
export function resolvePage(pagination: ListInput["pagination"]): { limit: number; offset: number } {
  if (pagination?.mode === "off" || pagination?.mode === "client")
    return { limit: MAX_UNPAGED_ROWS, offset: 0 };
  const size = clampInt(pagination?.pageSize, 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE);
  const page = clampInt(pagination?.currentPage, 1, Number.MAX_SAFE_INTEGER, 1);
  return { limit: size, offset: (page - 1) * size };
}

function clampInt(v: unknown, min: number, max: number, fallback: number): number {
  if (typeof v !== "number" || !Number.isFinite(v)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(v)));
}

/**
 * A page of `base` with refine's filters, sorters and pagination applied, and the filtered total.
 *
 * `base` must select exactly the API fields, aliased by their API names (`countries.name as
 * countryName`); it is wrapped as a subquery `q`, so joins and computed columns filter and sort like
 * plain ones. It should not order or limit itself. Only names in `options.fields` ever reach SQL as
 * identifiers; values are always bound parameters.
 *
 * Semantics both dialects share (the tests check each on SQLite and PostgreSQL):
 * - contains/startswith/endswith fold case Unicode-wide (PG lower(), SQLite ulower()); the *s
 *   variants are case-sensitive; negations include NULL rows (see operators.ts).
 * - A filter whose value is undefined, null or "" is ignored (a cleared input), except null/nnull.
 * - Strings sort by code point (PG `collate "C"` = SQLite's binary), and NULLs (unknown figures)
 *   come last in both directions: "top arrests" must start with a published number.
 */
export async function runList<O>(
  db: Executor,
  // biome-ignore lint/suspicious/noExplicitAny: the base query may join any set of tables
  base: SelectQueryBuilder<DB, any, O>,
  input: ListInput | undefined,
  options: ListOptions,
): Promise<ListResult<O>> {
  const { from, ordered } = prepare(db, base, input, options);
  const { limit, offset } = resolvePage(input?.pagination);
  const counted = await from().select(sql<number>`count(*)`.as("total")).executeTakeFirstOrThrow();
  const total = Number(counted.total);
  const data = total === 0 ? [] : await ordered().limit(limit).offset(offset).execute();
  return { data: data as O[], total };
}

/**
 * Every row of the filtered, sorted list, in batches, whatever its size and ignoring pagination: for
 * exports of "the full filtered result". Same filters, whitelist and order as runList.
 */
export async function* streamList<O>(
  db: Executor,
  // biome-ignore lint/suspicious/noExplicitAny: the base query may join any set of tables
  base: SelectQueryBuilder<DB, any, O>,
  input: ListInput | undefined,
  options: ListOptions,
  batchSize = 1000,
): AsyncGenerator<O[]> {
  const { ordered } = prepare(db, base, input, options);
  for (let offset = 0; ; offset += batchSize) {
    const rows = (await ordered().limit(batchSize).offset(offset).execute()) as O[];
    if (rows.length) yield rows;
    if (rows.length < batchSize) return;
  }
}

function prepare<O>(
  db: Executor,
  // biome-ignore lint/suspicious/noExplicitAny: the base query may join any set of tables
  base: SelectQueryBuilder<DB, any, O>,
  input: ListInput | undefined,
  options: ListOptions,
) {
  assertField(options.fields, options.defaultSort.field, "sorters");
  const dialect = dialectOf(db);
  const where = buildWhere(db, input?.filters, options.fields);
  const sort = resolveSort(input?.sorters, options);
  const from = () => {
    const q = db.selectFrom(base.as(LIST_ALIAS));
    return where ? q.where(where) : q;
  };
  const ordered = () => {
    let page = from().selectAll(LIST_ALIAS);
    for (const s of sort) {
      page = page.orderBy(sortExpr(dialect, options.fields, s), (ob: OrderByItemBuilder) =>
        s.order === "asc" ? ob.asc().nullsLast() : ob.desc().nullsLast(),
      );
    }
    return page;
  };
  return { from, ordered };
}

function sortExpr(dialect: DialectName, fields: ListFields, s: ListSort): RawBuilder<unknown> {
  const spec = assertField(fields, s.field, "sorters");
  const col = columnOf(s.field, spec);
  // PG sorts by the database's locale collation; "C" is code point order, as SQLite's binary is.
  return dialect === "postgres" && isText(spec) ? sql`${col} collate "C"` : col;
}
