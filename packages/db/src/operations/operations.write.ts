import {
  coded,
  issueCode,
  type OperationPatch,
  type OperationValuesParsed,
  ZOperationValues,
} from "@tbc/types";
import type { Actor, NewAuditEntry } from "../audit/audit.repository";
import { nowIso } from "../dialect";
import { ConflictError, FieldError, NotFoundError, unlessDuplicate } from "../errors";
import type { Executor } from "../schema";
import { announcedOnFrom } from "./announced";
import { applyOperationRollup, contributionOf, lockOperationRollup } from "./operations.rollup";

/** An operation as its audit entries record it: every value a form or a file can set, and what is derived. */
export type OperationRecord = OperationValuesParsed & { announcedOn: string | null };

/** The columns of an operation's values: what a form or a file can set (one list for every read of them). */
export const OPERATION_COLUMNS = [
  "name",
  "editionYear",
  "periodStart",
  "periodEnd",
  "crimeArea",
  "region",
  "countriesCount",
  "summary",
  "raids",
  "arrests",
  "underInvestigation",
  "seizedValueUsd",
  "seizureDescription",
  "sourceTitle",
  "sourceUrl",
  "reliability",
  "caveats",
] as const;

async function storedRecord(
  db: Executor,
  id: number,
): Promise<OperationRecord & { version: number; operationDay: string }> {
  const row = await db
    .selectFrom("operations")
    .select([...OPERATION_COLUMNS, "announcedOn", "version", "operationDay"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) throw new NotFoundError("operation", id);
  const links = await db
    .selectFrom("operationCountries")
    .select("countryCode")
    .where("operationId", "=", id)
    .orderBy("countryCode")
    .execute();
  const reliability = row.reliability as OperationRecord["reliability"];
  return { ...row, reliability, countryCodes: links.map((l) => l.countryCode) };
}

/** The rules across fields (period, country count) hold for the merged record, not only for a patch. */
function validated(merged: Record<string, unknown>): OperationValuesParsed {
  const parsed = ZOperationValues.safeParse(merged);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const { code, params } = issue ? issueCode(issue) : coded("validation.invalid");
  throw new FieldError(String(issue?.path[0] ?? "name"), code, params);
}

/**
 * Codes already found to exist in this transaction: a file's thousand rows check "pharmaceuticals" and
 * "FR" once, not a thousand times. Reference tables only grow inside an import's transaction.
 */
export type KnownReferences = { crimeAreas: Set<string>; countries: Set<string> };
export const knownReferences = (): KnownReferences => ({ crimeAreas: new Set(), countries: new Set() });

/** Throws a FieldError when a crime area or a country code does not exist. */
export async function assertOperationReferences(
  db: Executor,
  values: OperationValuesParsed,
  known: KnownReferences = knownReferences(),
): Promise<void> {
  if (!known.crimeAreas.has(values.crimeArea)) {
    const area = await db
      .selectFrom("crimeAreas")
      .select("code")
      .where("code", "=", values.crimeArea)
      .executeTakeFirst();
    if (!area) throw new FieldError("crimeArea", "reference.unknown_crime_area", { code: values.crimeArea });
    known.crimeAreas.add(values.crimeArea);
  }
  const unchecked = values.countryCodes.filter((c) => !known.countries.has(c));
  if (unchecked.length) {
    const found = await db.selectFrom("countries").select("code").where("code", "in", unchecked).execute();
    const missing = unchecked.filter((c) => !found.some((f) => f.code === c));
    if (missing.length)
      throw new FieldError("countryCodes", "reference.unknown_country", { code: missing.join(", ") });
    for (const c of unchecked) known.countries.add(c);
  }
}

const duplicateOperation = (name: string, year: number) =>
  new FieldError("name", "conflict.operation_exists", { name, year: String(year) });

async function setCountries(db: Executor, operationId: number, codes: readonly string[], isNew: boolean) {
  if (!isNew) await db.deleteFrom("operationCountries").where("operationId", "=", operationId).execute();
  const unique = [...new Set(codes)];
  if (unique.length) {
    await db
      .insertInto("operationCountries")
      .values(unique.map((countryCode) => ({ operationId, countryCode })))
      .execute();
  }
}

/** Which operation a write changes: none (create), or one at a version (`undefined`: read in this transaction). */
export type OperationTarget = { id: number; version?: number } | null;

/** A create gives every value (parsed by ZOperationValues on its way in); an update any of them. */
type WriteValues<T extends OperationTarget> = T extends null ? OperationValuesParsed : OperationPatch;

export type OperationWritten = {
  id: number;
  /** The audit entry of the write, for the caller to record in its transaction (imports in batches). */
  audit: Omit<NewAuditEntry, "userId" | "ip" | "action">;
};

/**
 * THE write of an operation, for the form, the API, the CLI and the import alike: the patch merged
 * into the stored record, every rule checked on the result, references checked, the unique key
 * (name + year) held by its index (a duplicate is a FieldError on `name`, unlessDuplicate),
 * the derived announcement date set, the version bumped (and checked when given), the countries
 * replaced. Call inside a transaction, and record the returned audit entry in it. `known`: the codes
 * this transaction has already checked (an import passes one for the whole file).
 */
export async function writeOperation<T extends OperationTarget>(
  trx: Executor,
  target: T,
  patch: WriteValues<T>,
  actor: Actor,
  known?: KnownReferences,
): Promise<OperationWritten> {
  // The rollup's lock first (PostgreSQL), so that every operation writer locks in the same order.
  await lockOperationRollup(trx);
  const before = target ? await storedRecord(trx, target.id) : null;
  // The rules across fields are checked again only on a merge; a create's values were parsed whole.
  const values = before ? validated({ ...before, ...patch }) : (patch as OperationValuesParsed);
  await assertOperationReferences(trx, values, known);
  const { countryCodes, ...columns } = values;
  const row = { ...columns, announcedOn: announcedOnFrom(values.sourceTitle) };
  const now = nowIso();
  const duplicate = () => duplicateOperation(values.name, values.editionYear);
  let id: number;
  // The day the operation counts on, as the database derives it (generated column), for its rollup.
  let operationDay: string;
  if (target && before) {
    id = target.id;
    const update = trx
      .updateTable("operations")
      .set((eb) => ({ ...row, updatedBy: actor.userId, updatedAt: now, version: eb("version", "+", 1) }))
      .where("id", "=", id)
      .where("version", "=", target.version ?? before.version)
      .returning("operationDay")
      .executeTakeFirst();
    const result = await unlessDuplicate(update, duplicate);
    if (!result) throw new ConflictError();
    ({ operationDay } = result);
  } else {
    const insert = trx
      .insertInto("operations")
      .values({ ...row, createdBy: actor.userId, createdAt: now, updatedBy: actor.userId, updatedAt: now })
      .returning(["id", "operationDay"])
      .executeTakeFirstOrThrow();
    ({ id, operationDay } = await unlessDuplicate(insert, duplicate));
  }
  await setCountries(trx, id, countryCodes, !before);
  await applyOperationRollup(
    trx,
    before ? contributionOf(before.operationDay, before) : null,
    contributionOf(operationDay, row),
  );
  const after: OperationRecord = { ...row, countryCodes: [...new Set(countryCodes)].sort() };
  const { version: _v, operationDay: _d, ...beforeRecord } = before ?? { version: 0, operationDay: "" };
  return {
    id,
    audit: { entity: "operation", entityId: id, before: before ? beforeRecord : undefined, after },
  };
}
