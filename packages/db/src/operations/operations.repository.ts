import type {
  ListInput,
  ListResult,
  Operation,
  OperationDetail,
  OperationPatch,
  OperationValuesParsed,
  Reliability,
  Seizure,
} from "@tbc/types";
import { sql } from "kysely";
import { type Actor, writeAudit } from "../audit/audit.repository";
import { nowIso } from "../dialect";
import { FieldError, NotFoundError, unlessDuplicate } from "../errors";
import { type ListFields, type ListOptions, runList, streamList } from "../list";
import type { Executor } from "../schema";
import { inTransaction } from "../transaction";
import { applyOperationRollup, lockOperationRollup, operationContribution } from "./operations.rollup";
import { OPERATION_COLUMNS, writeOperation } from "./operations.write";
import { seizuresQuery } from "./seizures.repository";

function baseQuery(db: Executor) {
  return db
    .selectFrom("operations")
    .leftJoin("users as creator", "creator.id", "operations.createdBy")
    .leftJoin("users as updater", "updater.id", "operations.updatedBy")
    .select(OPERATION_COLUMNS.map((c) => `operations.${c}` as const))
    .select([
      "operations.id",
      "operations.announcedOn",
      "operations.operationDay",
      "creator.email as createdBy",
      "operations.createdAt",
      "updater.email as updatedBy",
      "operations.updatedAt",
      "operations.version",
    ]);
}

type BaseRow = Awaited<ReturnType<ReturnType<typeof baseQuery>["executeTakeFirstOrThrow"]>>;
const toOperation = (r: BaseRow): Operation => ({ ...r, reliability: r.reliability as Reliability | null });

export const OPERATION_FIELDS: ListFields = {
  id: { type: "number" },
  name: { type: "string" },
  editionYear: { type: "number" },
  // The day every figure counts an operation on: the drill-downs from the charts filter on it.
  operationDay: { type: "string" },
  periodStart: { type: "string" },
  periodEnd: { type: "string" },
  crimeArea: { type: "string" },
  region: { type: "string" },
  countriesCount: { type: "number" },
  raids: { type: "number" },
  arrests: { type: "number" },
  underInvestigation: { type: "number" },
  seizedValueUsd: { type: "number" },
  reliability: { type: "string" },
  sourceTitle: { type: "string" },
  createdAt: { type: "date" },
  updatedAt: { type: "date" },
  // Participating countries, and their INTERPOL regions: "some participating country is …".
  countryCode: {
    type: "string",
    many: { from: sql`operation_countries oc`, key: sql`oc.operation_id`, column: sql`oc.country_code` },
  },
  countryRegion: {
    type: "string",
    many: {
      from: sql`operation_countries oc join countries c on c.code = oc.country_code`,
      key: sql`oc.operation_id`,
      column: sql`c.region`,
    },
  },
};

const OPERATION_LIST_OPTIONS: ListOptions = {
  fields: OPERATION_FIELDS,
  defaultSort: { field: "editionYear", order: "desc" },
};

/** Every operation of the filtered list, in batches: for the CSV export. */
export async function* streamOperations(
  db: Executor,
  input: ListInput | undefined,
): AsyncGenerator<Operation[]> {
  for await (const rows of streamList(db, baseQuery(db), input, OPERATION_LIST_OPTIONS))
    yield rows.map(toOperation);
}

export async function listOperations(
  db: Executor,
  input: ListInput | undefined,
): Promise<ListResult<Operation>> {
  const result = await runList(db, baseQuery(db), input, OPERATION_LIST_OPTIONS);
  return { data: result.data.map(toOperation), total: result.total };
}

export async function getOperation(db: Executor, id: number): Promise<OperationDetail> {
  const row = await baseQuery(db).where("operations.id", "=", id).executeTakeFirst();
  if (!row) throw new NotFoundError("operation", id);
  const countries = await db
    .selectFrom("operationCountries as oc")
    .innerJoin("countries as c", "c.code", "oc.countryCode")
    .select(["c.code", "c.name", "c.region"])
    .where("oc.operationId", "=", id)
    .orderBy("c.name")
    .execute();
  const seizures = await seizuresQuery(db).where("s.operationId", "=", id).orderBy("s.id").execute();
  return { ...toOperation(row), countries, seizures: seizures as Seizure[] };
}

export { assertOperationReferences } from "./operations.write";

/** Through the one write path (operations.write.ts), with its audit entry in the same transaction. */
export async function createOperation(
  db: Executor,
  values: OperationValuesParsed,
  actor: Actor,
): Promise<OperationDetail> {
  return inTransaction(db, async (trx) => {
    const { id, audit } = await writeOperation(trx, null, values, actor);
    await writeAudit(trx, { ...actor, action: "create", ...audit });
    return getOperation(trx, id);
  });
}

/** PATCH: only the fields given change; a stale `version` is a ConflictError and writes nothing. */
export async function updateOperation(
  db: Executor,
  id: number,
  version: number,
  patch: OperationPatch,
  actor: Actor,
): Promise<OperationDetail> {
  return inTransaction(db, async (trx) => {
    const { audit } = await writeOperation(trx, { id, version }, patch, actor);
    await writeAudit(trx, { ...actor, action: "update", ...audit });
    return getOperation(trx, id);
  });
}

export async function deleteOperation(db: Executor, id: number, actor: Actor): Promise<{ id: number }> {
  return inTransaction(db, async (trx) => {
    await lockOperationRollup(trx);
    const before = await getOperation(trx, id);
    const contributed = await operationContribution(trx, id);
    await trx.deleteFrom("operations").where("id", "=", id).execute();
    await applyOperationRollup(trx, contributed, null);
    await writeAudit(trx, { ...actor, action: "delete", entity: "operation", entityId: id, before });
    return { id };
  });
}

/** Each crime area with its operations, counted from the monthly rollup (operations.rollup.ts). */
export async function listCrimeAreas(db: Executor): Promise<{ code: string; operations: number }[]> {
  const rows = await db
    .selectFrom("crimeAreas as ca")
    .leftJoin("operationMonths as m", "m.crimeArea", "ca.code")
    .select((eb) => [
      "ca.code",
      eb.fn.coalesce(eb.fn.sum<number>("m.operations"), eb.lit(0)).as("operations"),
    ])
    .groupBy("ca.code")
    .orderBy("ca.code")
    .execute();
  return rows.map((r) => ({ code: r.code, operations: Number(r.operations) }));
}

export async function createCrimeArea(db: Executor, code: string, actor: Actor): Promise<{ code: string }> {
  return inTransaction(db, async (trx) => {
    const existing = await trx
      .selectFrom("crimeAreas")
      .select("code")
      .where("code", "=", code)
      .executeTakeFirst();
    const duplicate = () => new FieldError("code", "conflict.crime_area_exists", { code });
    if (existing) throw duplicate();
    await unlessDuplicate(
      trx.insertInto("crimeAreas").values({ code, createdAt: nowIso() }).execute(),
      duplicate,
    );
    await writeAudit(trx, {
      ...actor,
      action: "create",
      entity: "crime_area",
      entityId: code,
      after: { code },
    });
    return { code };
  });
}
