import type { Seizure, SeizureValuesParsed } from "@tbc/types";
import { type Actor, writeAudit } from "../audit/audit.repository";
import { countryExists } from "../countries/countries.repository";
import { nowIso } from "../dialect";
import { FieldError, NotFoundError } from "../errors";
import type { Executor } from "../schema";
import { inTransaction } from "../transaction";

/** An itemised seizure of an operation (what, how much, worth what, where). */
export async function createSeizure(
  db: Executor,
  operationId: number,
  values: SeizureValuesParsed,
  actor: Actor,
): Promise<Seizure> {
  return inTransaction(db, async (trx) => {
    const op = await trx
      .selectFrom("operations")
      .select("id")
      .where("id", "=", operationId)
      .executeTakeFirst();
    if (!op) throw new NotFoundError("operation", operationId);
    if (values.countryCode && !(await countryExists(trx, values.countryCode))) {
      throw new FieldError("countryCode", "reference.unknown_country", { code: values.countryCode });
    }
    const { id } = await trx
      .insertInto("seizures")
      .values({ ...values, operationId, createdBy: actor.userId, createdAt: nowIso() })
      .returning("id")
      .executeTakeFirstOrThrow();
    const created = await getSeizure(trx, id);
    await writeAudit(trx, { ...actor, action: "create", entity: "seizure", entityId: id, after: created });
    return created;
  });
}

/** The explicit selection every seizure read uses. */
export function seizuresQuery(db: Executor) {
  return db
    .selectFrom("seizures as s")
    .leftJoin("countries as c", "c.code", "s.countryCode")
    .select([
      "s.id",
      "s.operationId",
      "s.category",
      "s.description",
      "s.quantity",
      "s.unit",
      "s.valueUsd",
      "s.countryCode",
      "c.name as countryName",
      "s.createdAt",
    ]);
}

export async function getSeizure(db: Executor, id: number): Promise<Seizure> {
  const row = await seizuresQuery(db).where("s.id", "=", id).executeTakeFirst();
  if (!row) throw new NotFoundError("seizure", id);
  return row as Seizure;
}

export async function deleteSeizure(db: Executor, id: number, actor: Actor): Promise<{ id: number }> {
  return inTransaction(db, async (trx) => {
    const before = await getSeizure(trx, id);
    await trx.deleteFrom("seizures").where("id", "=", id).execute();
    await writeAudit(trx, { ...actor, action: "delete", entity: "seizure", entityId: id, before });
    return { id };
  });
}
