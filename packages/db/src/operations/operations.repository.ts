import type {
  ListInput,
  ListResult,
  Operation,
  OperationDetail,
  OperationValuesParsed,
  Reliability,
  Seizure,
} from "@tbc/types";
import { sql } from "kysely";
import { type Actor, writeAudit } from "../audit/audit.repository";
import { nowIso } from "../dialect";
import { ConflictError, FieldError, NotFoundError, unlessDuplicate } from "../errors";
import { type ListFields, type ListOptions, runList, streamList } from "../list";
import type { Executor } from "../schema";
import { inTransaction } from "../transaction";
import { seizuresQuery } from "./seizures.repository";

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
  if (!row) throw new NotFoundError("Operation", id);
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

/** Throws a FieldError when a crime area or a country code does not exist. */
export async function assertOperationReferences(db: Executor, values: OperationValuesParsed): Promise<void> {
  const area = await db
    .selectFrom("crimeAreas")
    .select("code")
    .where("code", "=", values.crimeArea)
    .executeTakeFirst();
  if (!area) throw new FieldError("crimeArea", `Unknown crime area "${values.crimeArea}"`);
  if (values.countryCodes.length) {
    const found = await db
      .selectFrom("countries")
      .select("code")
      .where("code", "in", values.countryCodes)
      .execute();
    const missing = values.countryCodes.filter((c) => !found.some((f) => f.code === c));
    if (missing.length) throw new FieldError("countryCodes", `Unknown country code ${missing.join(", ")}`);
  }
}

async function setCountries(db: Executor, operationId: number, codes: readonly string[]): Promise<void> {
  await db.deleteFrom("operationCountries").where("operationId", "=", operationId).execute();
  const unique = [...new Set(codes)];
  if (unique.length) {
    await db
      .insertInto("operationCountries")
      .values(unique.map((countryCode) => ({ operationId, countryCode })))
      .execute();
  }
}

async function assertUniqueKey(db: Executor, name: string, year: number, exceptId?: number): Promise<void> {
  let q = db.selectFrom("operations").select("id").where("name", "=", name).where("editionYear", "=", year);
  if (exceptId !== undefined) q = q.where("id", "!=", exceptId);
  if (await q.executeTakeFirst()) throw duplicateOperation(name, year);
}

const duplicateOperation = (name: string, year: number) =>
  new FieldError("name", `${name} (${year}) already exists`);

export async function createOperation(
  db: Executor,
  values: OperationValuesParsed,
  actor: Actor,
): Promise<OperationDetail> {
  return inTransaction(db, async (trx) => {
    await assertOperationReferences(trx, values);
    await assertUniqueKey(trx, values.name, values.editionYear);
    const { countryCodes, ...columns } = values;
    const now = nowIso();
    const insert = trx
      .insertInto("operations")
      .values({
        ...columns,
        createdBy: actor.userId,
        createdAt: now,
        updatedBy: actor.userId,
        updatedAt: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const { id } = await unlessDuplicate(insert, () => duplicateOperation(values.name, values.editionYear));
    await setCountries(trx, id, countryCodes);
    const after = await getOperation(trx, id);
    await writeAudit(trx, { ...actor, action: "create", entity: "operation", entityId: id, after });
    return after;
  });
}

export async function updateOperation(
  db: Executor,
  id: number,
  version: number,
  values: OperationValuesParsed,
  actor: Actor,
): Promise<OperationDetail> {
  return inTransaction(db, async (trx) => {
    const before = await getOperation(trx, id);
    await assertOperationReferences(trx, values);
    await assertUniqueKey(trx, values.name, values.editionYear, id);
    const { countryCodes, ...columns } = values;
    const update = trx
      .updateTable("operations")
      .set((eb) => ({
        ...columns,
        updatedBy: actor.userId,
        updatedAt: nowIso(),
        version: eb("version", "+", 1),
      }))
      .where("id", "=", id)
      .where("version", "=", version)
      .executeTakeFirst();
    const result = await unlessDuplicate(update, () => duplicateOperation(values.name, values.editionYear));
    if (Number(result.numUpdatedRows) !== 1) throw new ConflictError();
    await setCountries(trx, id, countryCodes);
    const after = await getOperation(trx, id);
    await writeAudit(trx, { ...actor, action: "update", entity: "operation", entityId: id, before, after });
    return after;
  });
}

export async function deleteOperation(db: Executor, id: number, actor: Actor): Promise<{ id: number }> {
  return inTransaction(db, async (trx) => {
    const before = await getOperation(trx, id);
    await trx.deleteFrom("operations").where("id", "=", id).execute();
    await writeAudit(trx, { ...actor, action: "delete", entity: "operation", entityId: id, before });
    return { id };
  });
}

export async function listCrimeAreas(db: Executor): Promise<{ code: string; operations: number }[]> {
  const rows = await db
    .selectFrom("crimeAreas as ca")
    .leftJoin("operations as o", "o.crimeArea", "ca.code")
    .select((eb) => ["ca.code", eb.fn.count("o.id").as("operations")])
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
    const duplicate = () => new FieldError("code", `The crime area "${code}" already exists`);
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
