import { CompiledQuery } from "kysely";
import { dialectOf } from "../dialect";
import type { Executor } from "../schema";
import { OPERATION_COLUMNS, type OperationRecord } from "./operations.rules";

/**
 * Many operations inserted or updated in one statement per chunk, the statement's text built here
 * rather than by the query builder: for an import's 1,000 rows, a builder node per value cost more
 * than the database's own work. Column names come from OPERATION_COLUMNS only; every value is a
 * parameter. On PostgreSQL the values go as one typed array per column (`unnest`), so the
 * statement's text is the same whatever the number of rows; on SQLite as a VALUES list.
 */

type Columns = Omit<OperationRecord, "countryCodes">;
type Stamp = { userId: number | null; at: string };

const COLUMNS = [...OPERATION_COLUMNS, "announcedOn"] as const;
const snake = (c: string) => c.replace(/[A-Z]/g, (l) => `_${l.toLowerCase()}`);
const INTEGER = new Set(["editionYear", "countriesCount"]);
const BIGINT = new Set(["raids", "arrests", "underInvestigation", "seizedValueUsd"]);
/** The PostgreSQL array type of each value column, for unnest(). */
const pgType = (c: string) => (INTEGER.has(c) ? "integer[]" : BIGINT.has(c) ? "bigint[]" : "text[]");
const SQL_COLUMNS = COLUMNS.map(snake);

/** Rows per statement: SQLite allows 32,766 parameters (22 a row when inserting). */
const CHUNK = 1000;
const INSERT_CHUNK = 500;

const placeholders = (rows: number, perRow: number) => {
  const tuple = `(${Array(perRow).fill("?").join(", ")})`;
  return Array(rows).fill(tuple).join(", ");
};
const valuesOf = (row: Columns) => COLUMNS.map((c) => row[c] ?? null);
/** PostgreSQL: the tuples' columns as arrays, then the shared parameters. */
const columnsOf = (tuples: unknown[][], width: number) =>
  Array.from({ length: width }, (_, c) => tuples.map((t) => t[c]));

const INSERT_HEAD = `insert into operations (${SQL_COLUMNS.join(", ")}, created_by, created_at, updated_by, updated_at)`;
const INSERT_TAIL = `on conflict (name, edition_year) do nothing
  returning id, name, edition_year as year, operation_day as day`;
const PG_INSERT = (() => {
  const arrays = COLUMNS.map((c, i) => `$${i + 1}::${pgType(c)}`);
  const n = arrays.length;
  return `${INSERT_HEAD} select *, $${n + 1}::integer, $${n + 2}, $${n + 1}::integer, $${n + 2}
  from unnest(${arrays.join(", ")}) ${INSERT_TAIL}`;
})();

/**
 * Inserts operations, skipping any whose name and year are taken. Returns the id and day of each
 * inserted one, by `name\u0000year`; a row missing from the answer was not inserted.
 */
export async function insertRows(
  trx: Executor,
  rows: readonly Columns[],
  by: Stamp,
): Promise<Map<string, { id: number; day: string }>> {
  const inserted = new Map<string, { id: number; day: string }>();
  const pg = dialectOf(trx) === "postgres";
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const chunk = rows.slice(i, i + INSERT_CHUNK);
    const tuples = chunk.map(valuesOf);
    const query = pg
      ? CompiledQuery.raw(PG_INSERT, [...columnsOf(tuples, COLUMNS.length), by.userId, by.at])
      : CompiledQuery.raw(
          `${INSERT_HEAD} values ${placeholders(chunk.length, COLUMNS.length + 4)} ${INSERT_TAIL}`,
          tuples.flatMap((t) => [...t, by.userId, by.at, by.userId, by.at]),
        );
    const { rows: answer } = await trx.executeQuery<{ id: number; name: string; year: number; day: string }>(
      query,
    );
    for (const r of answer) inserted.set(`${r.name}\u0000${r.year}`, { id: Number(r.id), day: r.day });
  }
  return inserted;
}

/** Inserts (operation, country) links. */
export async function insertLinks(trx: Executor, links: readonly [number, string][]): Promise<void> {
  const pg = dialectOf(trx) === "postgres";
  const head = "insert into operation_countries (operation_id, country_code)";
  for (let i = 0; i < links.length; i += CHUNK * 10) {
    const chunk = links.slice(i, i + CHUNK * 10);
    await trx.executeQuery(
      pg
        ? CompiledQuery.raw(`${head} select * from unnest($1::integer[], $2::text[])`, columnsOf(chunk, 2))
        : CompiledQuery.raw(`${head} values ${placeholders(chunk.length, 2)}`, chunk.flat()),
    );
  }
}

/** An operation's new values, to be written where it is still at `version`. */
export type RowUpdate = { id: number; version: number; row: Columns };

const NAMES = ["v_id", "v_version", ...SQL_COLUMNS.map((c) => `v_${c}`)];
const SET = SQL_COLUMNS.map((c) => `${c} = v.v_${c}`).join(", ");
const UPDATE_TAIL = `update operations set ${SET}, updated_by = ?, updated_at = ?, version = operations.version + 1
  from v where operations.id = v.v_id and operations.version = v.v_version
  returning operations.id as id, operations.operation_day as day`;
const PG_UPDATE = (() => {
  const arrays = ["integer[]", "integer[]", ...COLUMNS.map(pgType)].map((t, i) => `$${i + 1}::${t}`);
  let n = arrays.length;
  return `with v (${NAMES.join(", ")}) as (select * from unnest(${arrays.join(", ")}))
  ${UPDATE_TAIL.replace(/\?/g, () => `$${++n}`)}`;
})();

/**
 * Updates operations (`UPDATE … FROM` the new values), each where its version is still the one
 * given, that version bumped. Returns the day each updated operation now counts on, by id; an id
 * missing from the answer was not updated (its version moved on).
 */
export async function updateRows(
  trx: Executor,
  updates: readonly RowUpdate[],
  by: Stamp,
): Promise<Map<number, string>> {
  const days = new Map<number, string>();
  const pg = dialectOf(trx) === "postgres";
  for (let i = 0; i < updates.length; i += CHUNK) {
    const chunk = updates.slice(i, i + CHUNK);
    const tuples = chunk.map(({ id, version, row }) => [id, version, ...valuesOf(row)]);
    const query = pg
      ? CompiledQuery.raw(PG_UPDATE, [...columnsOf(tuples, NAMES.length), by.userId, by.at])
      : CompiledQuery.raw(
          `with v (${NAMES.join(", ")}) as (values ${placeholders(chunk.length, NAMES.length)})\n  ${UPDATE_TAIL}`,
          [...tuples.flat(), by.userId, by.at],
        );
    const { rows } = await trx.executeQuery<{ id: number; day: string }>(query);
    for (const { id, day } of rows) days.set(Number(id), day);
  }
  return days;
}
