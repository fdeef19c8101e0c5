import { CompiledQuery } from "kysely";
import { dialectOf } from "../dialect";
import type { Executor } from "../schema";
import { OPERATION_COLUMNS, type OperationRecord } from "./operations.rules";

/** An operation's new values, to be written where it is still at `version`. */
export type RowUpdate = { id: number; version: number; row: Omit<OperationRecord, "countryCodes"> };

const COLUMNS = [...OPERATION_COLUMNS, "announcedOn"] as const;
const snake = (c: string) => c.replace(/[A-Z]/g, (l) => `_${l.toLowerCase()}`);
const INTEGER = new Set(["editionYear", "countriesCount"]);
const BIGINT = new Set(["raids", "arrests", "underInvestigation", "seizedValueUsd"]);
/** The PostgreSQL array type of each value column, for unnest(). */
const pgType = (c: string) => (INTEGER.has(c) ? "integer[]" : BIGINT.has(c) ? "bigint[]" : "text[]");

/** 22 parameters a row on SQLite (limit 32,766); one array per column on PostgreSQL. */
const CHUNK = 1000;

const NAMES = ["v_id", "v_version", ...COLUMNS.map((c) => `v_${snake(c)}`)];
const SET = COLUMNS.map((c) => `${snake(c)} = v.v_${snake(c)}`).join(", ");
const TAIL = `update operations set ${SET}, updated_by = ?, updated_at = ?, version = operations.version + 1
  from v where operations.id = v.v_id and operations.version = v.v_version
  returning operations.id as id, operations.operation_day as day`;

/** PostgreSQL: the values as one typed array per column (unnest), so the statement text is fixed. */
const PG_STATEMENT = (() => {
  const arrays = ["integer[]", "integer[]", ...COLUMNS.map(pgType)].map((t, i) => `$${i + 1}::${t}`);
  let n = arrays.length;
  return `with v (${NAMES.join(", ")}) as (select * from unnest(${arrays.join(", ")}))
  ${TAIL.replace(/\?/g, () => `$${++n}`)}`;
})();

const sqliteStatement = (rows: number) => {
  const tuple = `(${NAMES.map(() => "?").join(", ")})`;
  return `with v (${NAMES.join(", ")}) as (values ${Array(rows).fill(tuple).join(", ")})\n  ${TAIL}`;
};

/**
 * Many operations updated in one statement per chunk (`UPDATE … FROM` the new values, both
 * dialects), the statement's text built here rather than by the query builder (a builder node per
 * value cost more than the update itself): each row where its version is still the one given, that
 * version bumped. Returns the day each updated operation now counts on, by id; an id missing from
 * the answer was not updated (its version moved on). The caller has checked every value
 * (operations.write.ts); column names come from OPERATION_COLUMNS only.
 */
export async function updateRows(
  trx: Executor,
  updates: readonly RowUpdate[],
  by: { userId: number | null; at: string },
): Promise<Map<number, string>> {
  const days = new Map<number, string>();
  const pg = dialectOf(trx) === "postgres";
  for (let i = 0; i < updates.length; i += CHUNK) {
    const chunk = updates.slice(i, i + CHUNK);
    const tuples = chunk.map(({ id, version, row }) => [id, version, ...COLUMNS.map((c) => row[c] ?? null)]);
    const params = pg
      ? [...NAMES.map((_, c) => tuples.map((t) => t[c])), by.userId, by.at]
      : [...tuples.flat(), by.userId, by.at];
    const query = CompiledQuery.raw(pg ? PG_STATEMENT : sqliteStatement(chunk.length), params);
    const { rows } = await trx.executeQuery<{ id: number; day: string }>(query);
    for (const { id, day } of rows) days.set(Number(id), day);
  }
  return days;
}
