import type {
  Agency,
  AgencyKind,
  AgencyPatch,
  AgencyStatus,
  AgencyValuesParsed,
  ListInput,
  ListResult,
  Region,
} from "@tbc/types";
import { type Actor, writeAudit } from "../audit/audit.repository";
import { countryExists } from "../countries/countries.repository";
import { nowIso } from "../dialect";
import { ConflictError, FieldError, NotFoundError } from "../errors";
import { type ListFields, type ListOptions, runList, streamList } from "../list";
import type { Executor } from "../schema";
import { inTransaction } from "../transaction";
import { writeAgencyNameKeys } from "./agencies.duplicates";
import { refreshAgencyRollup } from "./agencies.rollup";

/** The folded name of the `name_key` column (the duplicate warning now uses agencies.names.ts). */
export function agencyNameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function baseQuery(db: Executor) {
  return db
    .selectFrom("agencies")
    .leftJoin("countries", "countries.code", "agencies.countryCode")
    .leftJoin("users as creator", "creator.id", "agencies.createdBy")
    .leftJoin("users as updater", "updater.id", "agencies.updatedBy")
    .select([
      "agencies.id",
      "agencies.name",
      "agencies.acronym",
      "agencies.countryCode",
      "countries.name as countryName",
      "countries.region",
      "agencies.kind",
      "agencies.status",
      "agencies.pledgedOn",
      "agencies.website",
      "agencies.socialHandle",
      "agencies.notes",
      "agencies.sourceUrl",
      "creator.email as createdBy",
      "agencies.createdBy as createdById",
      "agencies.createdAt",
      "updater.email as updatedBy",
      "agencies.updatedAt",
      "agencies.version",
    ]);
}

type BaseRow = Awaited<ReturnType<ReturnType<typeof baseQuery>["executeTakeFirstOrThrow"]>>;
const toAgency = (r: BaseRow): Agency => ({
  ...r,
  region: r.region as Region | null,
  kind: r.kind as AgencyKind,
  status: r.status as AgencyStatus,
});

/** Whitelist for sorters and filters (names of the output columns above). */
export const AGENCY_FIELDS: ListFields = {
  id: { type: "number" },
  name: { type: "string" },
  acronym: { type: "string" },
  countryCode: { type: "string" },
  countryName: { type: "string" },
  region: { type: "string" },
  kind: { type: "string" },
  status: { type: "string" },
  pledgedOn: { type: "date" },
  createdAt: { type: "date" },
  updatedAt: { type: "date" },
  version: { type: "number" },
};

const AGENCY_LIST_OPTIONS: ListOptions = {
  fields: AGENCY_FIELDS,
  defaultSort: { field: "name", order: "asc" },
};

export async function listAgencies(db: Executor, input: ListInput | undefined): Promise<ListResult<Agency>> {
  const result = await runList(db, baseQuery(db), input, AGENCY_LIST_OPTIONS);
  return { data: result.data.map(toAgency), total: result.total };
}

/** Every agency of the filtered list, in batches: for the CSV export. */
export async function* streamAgencies(db: Executor, input: ListInput | undefined): AsyncGenerator<Agency[]> {
  for await (const rows of streamList(db, baseQuery(db), input, AGENCY_LIST_OPTIONS))
    yield rows.map(toAgency);
}

export async function getAgency(db: Executor, id: number): Promise<Agency> {
  const row = await baseQuery(db).where("agencies.id", "=", id).executeTakeFirst();
  if (!row) throw new NotFoundError("agency", id);
  return toAgency(row);
}

async function assertCountry(db: Executor, code: string | null): Promise<void> {
  if (code && !(await countryExists(db, code))) {
    throw new FieldError("countryCode", "reference.unknown_country", { code });
  }
}

/** Staff register agencies as `pending`; seeding may pass another status. */
export async function createAgency(
  db: Executor,
  values: AgencyValuesParsed,
  actor: Actor,
  status: AgencyStatus = "pending",
): Promise<Agency> {
  return inTransaction(db, async (trx) => {
    await assertCountry(trx, values.countryCode);
    const now = nowIso();
    const { id } = await trx
      .insertInto("agencies")
      .values({
        ...values,
        nameKey: agencyNameKey(values.name),
        status,
        createdBy: actor.userId,
        createdAt: now,
        updatedBy: actor.userId,
        updatedAt: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await writeAgencyNameKeys(trx, { id, name: values.name, acronym: values.acronym });
    await refreshAgencyRollup(trx, [values.countryCode]);
    const created = await getAgency(trx, id);
    await writeAudit(trx, {
      userId: actor.userId,
      ip: actor.ip,
      action: "create",
      entity: "agency",
      entityId: id,
      after: created,
    });
    return created;
  });
}

/**
 * PATCH: only the fields in `patch` change. Writes only when `version` is still the stored one, and
 * bumps it; otherwise ConflictError and nothing changes. The version check is in the UPDATE's WHERE
 * so two writers cannot both pass it. `guard` sees the stored agency inside the transaction and may
 * throw (per-object access rules).
 */
export async function updateAgency(
  db: Executor,
  id: number,
  version: number,
  patch: AgencyPatch,
  actor: Actor,
  action = "update",
  guard?: (current: Agency) => void,
): Promise<Agency> {
  return inTransaction(db, async (trx) => {
    const before = await getAgency(trx, id);
    guard?.(before);
    const name = patch.name ?? before.name;
    const acronym = patch.acronym === undefined ? before.acronym : patch.acronym;
    const countryCode = patch.countryCode === undefined ? before.countryCode : patch.countryCode;
    if (patch.countryCode !== undefined) await assertCountry(trx, patch.countryCode);
    const result = await trx
      .updateTable("agencies")
      .set((eb) => ({
        ...patch,
        nameKey: agencyNameKey(name),
        updatedBy: actor.userId,
        updatedAt: nowIso(),
        version: eb("version", "+", 1),
      }))
      .where("id", "=", id)
      .where("version", "=", version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new ConflictError();
    await writeAgencyNameKeys(trx, { id, name, acronym });
    await refreshAgencyRollup(trx, [before.countryCode, countryCode]);
    const after = await getAgency(trx, id);
    await writeAudit(trx, {
      userId: actor.userId,
      ip: actor.ip,
      action,
      entity: "agency",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

export async function approveAgency(
  db: Executor,
  id: number,
  version: number,
  actor: Actor,
): Promise<Agency> {
  return inTransaction(db, async (trx) => {
    const current = await getAgency(trx, id);
    if (current.status === "active") throw new ConflictError("conflict.agency_approved");
    return updateAgency(trx, id, version, { status: "active" }, actor, "approve");
  });
}

export async function deleteAgency(db: Executor, id: number, actor: Actor): Promise<{ id: number }> {
  return inTransaction(db, async (trx) => {
    const before = await getAgency(trx, id);
    await trx.deleteFrom("agencies").where("id", "=", id).execute();
    await refreshAgencyRollup(trx, [before.countryCode]);
    await writeAudit(trx, {
      userId: actor.userId,
      ip: actor.ip,
      action: "delete",
      entity: "agency",
      entityId: id,
      before,
    });
    return { id };
  });
}
