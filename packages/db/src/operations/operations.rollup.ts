import type { OperationFigure } from "@tbc/types";
import { type Kysely, type SelectQueryBuilder, sql } from "kysely";
import { lockRollup } from "../dialect";
import { splitPeriod } from "../engagement/engagement.rollup";
import type { DB, Executor } from "../schema";

/**
 * operation_months: operations per month of their operation_day × crime area, each figure's sum and
 * how many reported it (migration 0014). Every figure is an integer, so the rollup is kept by adding
 * each written operation's contribution and subtracting what it contributed before, in the write's
 * transaction: `applyOperationRollup` with the operation's contribution before and after the write
 * (operations.write.ts, from the row it reads and the day its write returns; deleteOperation). Bulk loads (seeds) recompute it whole.
 */

export const OPERATION_FIGURES = ["raids", "arrests", "underInvestigation", "seizedValueUsd"] as const;
const FIGURE_SQL: Record<OperationFigure, string> = {
  raids: "raids",
  arrests: "arrests",
  underInvestigation: "under_investigation",
  seizedValueUsd: "seized_value_usd",
};

/** What one operation adds to the rollup: its row's key and figures. */
export type OperationContribution = { month: string; crimeArea: string } & Record<
  OperationFigure,
  number | null
>;

const n = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** What an operation with these values, counted on `operationDay`, adds to the rollup. */
export function contributionOf(
  operationDay: string,
  values: { crimeArea: string } & Record<OperationFigure, unknown>,
): OperationContribution {
  return {
    month: `${operationDay.slice(0, 7)}-01`,
    crimeArea: values.crimeArea,
    raids: n(values.raids),
    arrests: n(values.arrests),
    underInvestigation: n(values.underInvestigation),
    seizedValueUsd: n(values.seizedValueUsd),
  };
}

/** The operation's contribution as stored now (null: no such operation). */
export async function operationContribution(
  trx: Executor,
  id: number,
): Promise<OperationContribution | null> {
  const row = await trx
    .selectFrom("operations")
    .select(["operationDay", "crimeArea", ...OPERATION_FIGURES])
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? contributionOf(row.operationDay, row) : null;
}

/**
 * Takes the rollup's lock (PostgreSQL: held to commit). An operation write takes it before it
 * touches the operation's row, so that every writer of operations takes its locks in one order.
 */
export function lockOperationRollup(trx: Executor): Promise<void> {
  return lockRollup(trx, "operationMonths");
}

const same = (a: OperationContribution, b: OperationContribution) =>
  a.month === b.month && a.crimeArea === b.crimeArea && OPERATION_FIGURES.every((f) => a[f] === b[f]);

const FIGURE_COLUMNS = OPERATION_FIGURES.flatMap((f) => [f, `${f}Reported` as const]);
type RollupRow = DB["operationMonths"] & Record<(typeof FIGURE_COLUMNS)[number], number>;

/**
 * Adds (sign 1) and subtracts (-1) contributions: summed per (month, crime area) first, so that one
 * statement upserts each row once, then rows left with no operation are removed.
 */
async function addAll(
  trx: Executor,
  changes: readonly { c: OperationContribution; sign: 1 | -1 }[],
): Promise<void> {
  const rows = new Map<string, RollupRow>();
  // The rows an operation left: removed once no operation counts in them.
  const emptied: OperationContribution[] = [];
  for (const { c, sign } of changes) {
    const key = `${c.month}\u0000${c.crimeArea}`;
    let row = rows.get(key);
    if (!row) {
      row = { month: c.month, crimeArea: c.crimeArea, operations: 0 } as RollupRow;
      for (const col of FIGURE_COLUMNS) row[col] = 0;
      rows.set(key, row);
    }
    row.operations += sign;
    for (const f of OPERATION_FIGURES) {
      row[f] += sign * (c[f] ?? 0);
      row[`${f}Reported`] += c[f] === null ? 0 : sign;
    }
    if (sign < 0) emptied.push(c);
  }
  const all = [...rows.values()];
  for (let i = 0; i < all.length; i += 500)
    await trx
      .insertInto("operationMonths")
      .values(all.slice(i, i + 500))
      .onConflict((oc) =>
        oc.columns(["month", "crimeArea"]).doUpdateSet((eb) => ({
          operations: eb("operationMonths.operations", "+", eb.ref("excluded.operations")),
          ...Object.fromEntries(
            FIGURE_COLUMNS.map((col) => [col, eb(`operationMonths.${col}`, "+", eb.ref(`excluded.${col}`))]),
          ),
        })),
      )
      .execute();
  // A row is removed in the transaction that empties it, so rows with no operation are only ever
  // among the months touched here: one statement for them all, not one per row.
  const months = [...new Set(emptied.map((c) => c.month))];
  for (let i = 0; i < months.length; i += 500)
    await trx
      .deleteFrom("operationMonths")
      .where("month", "in", months.slice(i, i + 500))
      .where("operations", "=", 0)
      .execute();
}

/**
 * Moves the rollup from what operations contributed before their writes to what they do after
 * (null: created, or deleted). The caller holds the rollup's lock (lockOperationRollup, before its
 * writes).
 */
export async function applyOperationRollups(
  trx: Executor,
  writes: readonly { before: OperationContribution | null; after: OperationContribution | null }[],
): Promise<void> {
  const changes: { c: OperationContribution; sign: 1 | -1 }[] = [];
  for (const { before, after } of writes) {
    if (before && after && same(before, after)) continue;
    if (before) changes.push({ c: before, sign: -1 });
    if (after) changes.push({ c: after, sign: 1 });
  }
  if (changes.length) await addAll(trx, changes);
}

/** applyOperationRollups for one operation's write. */
export function applyOperationRollup(
  trx: Executor,
  before: OperationContribution | null,
  after: OperationContribution | null,
): Promise<void> {
  return applyOperationRollups(trx, [{ before, after }]);
}

/** Recomputes the whole rollup from the operations (seeds that bulk-load operations). */
export async function refreshOperationRollup(trx: Executor): Promise<void> {
  await lockOperationRollup(trx);
  await trx.deleteFrom("operationMonths").execute();
  const cols = OPERATION_FIGURES.map((f) => FIGURE_SQL[f]);
  await sql`insert into operation_months (month, crime_area, operations,
      ${sql.raw(cols.map((c) => `${c}, ${c}_reported`).join(", "))})
    select substr(operation_day, 1, 7) || '-01', crime_area, count(*),
      ${sql.raw(cols.map((c) => `coalesce(sum(${c}), 0), count(${c})`).join(", "))}
    from operations group by substr(operation_day, 1, 7) || '-01', crime_area`.execute(trx);
}

/** A day range (either end open) and crime areas: the filters the rollup can answer. */
export type OperationScope = { from?: string; to?: string; crimeAreas?: readonly string[] };

/** Source rows `u`: a day (a month's first day for rollup rows), the crime area, n and the figures. */
type SourceDB = DB & {
  u: { day: string; crimeArea: string; n: number } & Record<OperationFigure, number | null> &
    Record<`${OperationFigure}Reported`, number>;
};

const FAR_PAST = "1000-01-01";
const FAR_FUTURE = "9999-12-31";

/**
 * The rows whose sums are the operations' figures over a day range, as a subquery `u`: whole
 * months from operation_months, the days at either edge from operations through their
 * (operation_day, …) index. Summing `n` counts the operations, `<figure>` sums it (0 or NULL when
 * none reported it) and `<figure>Reported` counts those that did, as count(column) would.
 */
export function operationsSource(db: Executor, s: OperationScope): SelectQueryBuilder<SourceDB, "u", object> {
  const split = splitPeriod(s.from ?? FAR_PAST, s.to ?? FAR_FUTURE);
  const areas = s.crimeAreas?.length ? [...s.crimeAreas] : null;
  const parts: unknown[] = [];
  if (split.months) {
    const [first, last] = split.months;
    parts.push(
      db
        .selectFrom("operationMonths as m")
        .$if(first !== FAR_PAST, (q) => q.where("m.month", ">=", first))
        .$if(s.to !== undefined, (q) => q.where("m.month", "<=", last))
        .$if(areas !== null, (q) => q.where("m.crimeArea", "in", areas as string[]))
        .select([
          sql<string>`m.month`.as("day"),
          "m.crimeArea",
          sql<number>`m.operations`.as("n"),
          ...OPERATION_FIGURES.flatMap((f) => [
            sql.ref<number>(`m.${FIGURE_SQL[f]}`).as(f),
            sql.ref<number>(`m.${FIGURE_SQL[f]}_reported`).as(`${f}Reported`),
          ]),
        ]),
    );
  }
  for (const [a, b] of split.days) {
    parts.push(
      db
        .selectFrom("operations as o")
        .where("o.operationDay", ">=", a)
        .where("o.operationDay", "<=", b)
        .$if(areas !== null, (q) => q.where("o.crimeArea", "in", areas as string[]))
        .select([
          sql<string>`o.operation_day`.as("day"),
          "o.crimeArea",
          sql<number>`1`.as("n"),
          ...OPERATION_FIGURES.flatMap((f) => [
            sql.ref<number | null>(`o.${FIGURE_SQL[f]}`).as(f),
            sql<number>`case when ${sql.ref(`o.${FIGURE_SQL[f]}`)} is null then 0 else 1 end`.as(
              `${f}Reported`,
            ),
          ]),
        ]),
    );
  }
  // Every part selects the same columns under the same names; only their inferred types differ.
  type Part = SelectQueryBuilder<DB, never, object>;
  const [head, ...rest] = parts as unknown as [Part, ...Part[]];
  const union = rest.reduce((q, p) => q.unionAll(p), head);
  return (db as unknown as Kysely<SourceDB>).selectFrom(union.as("u") as never) as never;
}
