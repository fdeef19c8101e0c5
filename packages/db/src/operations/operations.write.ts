import type { OperationPatch, OperationValuesParsed } from "@tbc/types";
import type { Actor, NewAuditEntry } from "../audit/audit.repository";
import { nowIso } from "../dialect";
import { ConflictError, FieldError, NotFoundError, unlessDuplicate } from "../errors";
import type { Executor } from "../schema";
import { announcedOnFrom } from "./announced";
import { applyOperationRollups, contributionOf, lockOperationRollup } from "./operations.rollup";
import { insertLinks, insertRows, type RowUpdate, updateRows } from "./operations.rows";
import {
  assertOperationReferences,
  type KnownReferences,
  knownReferences,
  OPERATION_COLUMNS,
  type OperationRecord,
  validated,
} from "./operations.rules";

export {
  assertOperationReferences,
  type KnownReferences,
  knownReferences,
  OPERATION_COLUMNS,
  type OperationRecord,
} from "./operations.rules";

type StoredRecord = OperationRecord & { version: number; operationDay: string };

/** Ids per look-up: far below either dialect's parameter limit. */
const ID_CHUNK = 500;

/** The stored records of these operations, by id (missing ids are absent), countries sorted. */
async function storedRecords(db: Executor, ids: readonly number[]): Promise<Map<number, StoredRecord>> {
  const found = new Map<number, StoredRecord>();
  for (let i = 0; i < ids.length; i += ID_CHUNK) {
    const chunk = ids.slice(i, i + ID_CHUNK);
    const rows = await db
      .selectFrom("operations")
      .select(["id", ...OPERATION_COLUMNS, "announcedOn", "version", "operationDay"])
      .where("id", "in", chunk)
      .execute();
    for (const { id, ...row } of rows) {
      const reliability = row.reliability as OperationRecord["reliability"];
      found.set(id, { ...row, reliability, countryCodes: [] });
    }
    const links = await db
      .selectFrom("operationCountries")
      .select(["operationId", "countryCode"])
      .where("operationId", "in", chunk)
      .orderBy("operationId")
      .orderBy("countryCode")
      .execute();
    for (const l of links) found.get(l.operationId)?.countryCodes.push(l.countryCode);
  }
  return found;
}

const duplicateOperation = (name: string, year: number) =>
  new FieldError("name", "conflict.operation_exists", { name, year: String(year) });

const keyOf = (v: { name: string; editionYear: number }) => `${v.name}\u0000${v.editionYear}`;

type Linked = { id: number; codes: readonly string[] };
const linksOf = (ops: readonly Linked[]) =>
  ops.flatMap(({ id, codes }) => codes.map((code): [number, string] => [id, code]));

/** Replaces the countries of these operations: one delete and one insert per chunk, not per operation. */
async function setCountries(db: Executor, relinked: readonly Linked[]) {
  for (let i = 0; i < relinked.length; i += ID_CHUNK) {
    const ids = relinked.slice(i, i + ID_CHUNK).map((r) => r.id);
    await db.deleteFrom("operationCountries").where("operationId", "in", ids).execute();
  }
  await insertLinks(db, linksOf(relinked));
}

export type OperationWritten = {
  id: number;
  /** The audit entry of the write, for the caller to record in its transaction (imports in batches). */
  audit: Omit<NewAuditEntry, "userId" | "ip" | "action">;
};

/**
 * THE create of operations, one (a form) or an import's batch at once: references checked, the
 * derived announcement date set, one multi-row insert per chunk (the unique key, name + year, held by
 * its index: a row that collides is not inserted, and the first such is a FieldError on `name`), the
 * countries inserted together, the rollup moved once per (month, crime area), an audit entry per
 * operation for the caller to record. Values come parsed whole by ZOperationValues. Call inside a
 * transaction; `known`: the codes this transaction has already checked.
 */
export async function createOperations(
  trx: Executor,
  list: readonly OperationValuesParsed[],
  actor: Actor,
  known: KnownReferences = knownReferences(),
): Promise<OperationWritten[]> {
  if (!list.length) return [];
  // The rollup's lock first (PostgreSQL), so that every operation writer locks in the same order.
  await lockOperationRollup(trx);
  for (const values of list) await assertOperationReferences(trx, values, known);
  // The columns only: the countries go in their own table (insertLinks).
  const rows = list.map((values) => {
    const row: Record<string, unknown> = { announcedOn: announcedOnFrom(values.sourceTitle) };
    for (const c of OPERATION_COLUMNS) row[c] = values[c];
    return row as Omit<OperationRecord, "countryCodes">;
  });
  const stored = await insertRows(trx, rows, { userId: actor.userId, at: nowIso() });
  const written = rows.map((row, i) => {
    const inserted = stored.get(keyOf(row));
    if (!inserted) throw duplicateOperation(row.name, row.editionYear);
    const codes = [...new Set(list[i]?.countryCodes ?? [])].sort();
    return { id: inserted.id, operationDay: inserted.day, row, codes };
  });
  await insertLinks(trx, linksOf(written));
  await applyOperationRollups(
    trx,
    written.map(({ operationDay, row }) => ({ before: null, after: contributionOf(operationDay, row) })),
  );
  return written.map(({ id, row, codes }) => ({
    id,
    audit: { entity: "operation", entityId: id, after: { ...row, countryCodes: codes } },
  }));
}

/** An update of one operation: the values it changes, at a version (`undefined`: as read now). */
export type OperationUpdate = { id: number; version?: number; patch: OperationPatch };

/**
 * THE update of operations, one (a form) or an import's batch (distinct ids): the patch merged into
 * the stored record and every rule checked on the result, references checked, the unique key held by
 * its index (a duplicate is a FieldError on `name`), the derived announcement date set, the version
 * bumped (and checked: ConflictError), the countries replaced where they change, the rollup moved
 * once per (month, crime area), an audit entry per operation for the caller to record. The rows are
 * written together (operations.rows.ts) unless their name or year changes.
 */
export async function updateOperations(
  trx: Executor,
  updates: readonly OperationUpdate[],
  actor: Actor,
  known: KnownReferences = knownReferences(),
): Promise<OperationWritten[]> {
  if (!updates.length) return [];
  await lockOperationRollup(trx);
  const stored = await storedRecords(
    trx,
    updates.map((u) => u.id),
  );
  const now = nowIso();
  const planned: (RowUpdate & { before: StoredRecord; countryCodes: string[] })[] = [];
  for (const { id, version, patch } of updates) {
    const before = stored.get(id);
    if (!before) throw new NotFoundError("operation", id);
    // A second update of the same operation would start from a record that is no longer stored.
    stored.delete(id);
    const values = validated({ ...before, ...patch });
    await assertOperationReferences(trx, values, known);
    const { countryCodes, ...columns } = values;
    const row = { ...columns, announcedOn: announcedOnFrom(values.sourceTitle) };
    planned.push({ id, version: version ?? before.version, before, row, countryCodes });
  }
  // Most updates keep the name and year (an import's always do): one statement per chunk of them. One
  // that changes them may collide with another operation's, and is written alone to say which.
  const kept = (p: (typeof planned)[number]) =>
    p.row.name === p.before.name && p.row.editionYear === p.before.editionYear;
  const days = await updateRows(trx, planned.filter(kept), { userId: actor.userId, at: now });
  for (const { id, version, row } of planned.filter((p) => !kept(p))) {
    const update = trx
      .updateTable("operations")
      .set((eb) => ({ ...row, updatedBy: actor.userId, updatedAt: now, version: eb("version", "+", 1) }))
      .where("id", "=", id)
      .where("version", "=", version)
      .returning("operationDay")
      .executeTakeFirst();
    const result = await unlessDuplicate(update, () => duplicateOperation(row.name, row.editionYear));
    if (result) days.set(id, result.operationDay);
  }
  const written: OperationWritten[] = [];
  const relinked: { id: number; codes: string[] }[] = [];
  const moves: Parameters<typeof applyOperationRollups>[1][number][] = [];
  for (const { id, before, row, countryCodes } of planned) {
    const day = days.get(id);
    // Not updated: its version moved on since the caller read it.
    if (day === undefined) throw new ConflictError();
    const codes = [...new Set(countryCodes)].sort();
    if (codes.join() !== before.countryCodes.join()) relinked.push({ id, codes });
    moves.push({ before: contributionOf(before.operationDay, before), after: contributionOf(day, row) });
    const { version: _v, operationDay: _d, ...beforeRecord } = before;
    const after: OperationRecord = { ...row, countryCodes: codes };
    written.push({ id, audit: { entity: "operation", entityId: id, before: beforeRecord, after } });
  }
  await setCountries(trx, relinked);
  await applyOperationRollups(trx, moves);
  return written;
}

/** Which operation a write changes: none (create), or one at a version (`undefined`: read in this transaction). */
export type OperationTarget = { id: number; version?: number } | null;

/** A create gives every value (parsed by ZOperationValues on its way in); an update any of them. */
type WriteValues<T extends OperationTarget> = T extends null ? OperationValuesParsed : OperationPatch;

/**
 * THE write of one operation, for the form, the API and the CLI: createOperations or
 * updateOperations with that one operation (an import calls them with its batches). Call inside a
 * transaction, and record the returned audit entry in it.
 */
export async function writeOperation<T extends OperationTarget>(
  trx: Executor,
  target: T,
  patch: WriteValues<T>,
  actor: Actor,
  known?: KnownReferences,
): Promise<OperationWritten> {
  const [written] = target
    ? await updateOperations(trx, [{ id: target.id, version: target.version, patch }], actor, known)
    : await createOperations(trx, [patch as OperationValuesParsed], actor, known);
  return written as OperationWritten;
}
