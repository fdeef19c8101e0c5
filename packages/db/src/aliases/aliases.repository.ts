import type { Alias, AliasKind, AliasValues, ListInput, ListResult } from "@tbc/types";
import { type Actor, writeAudit } from "../audit/audit.repository";
import { nowIso } from "../dialect";
import { ConflictError, FieldError, NotFoundError, unlessDuplicate } from "../errors";
import { type ListFields, type ListOptions, runList } from "../list";
import type { Executor } from "../schema";
import { foldName } from "../text/names";
import { inTransaction } from "../transaction";

/**
 * Aliases: names as imported files write them → the codes they mean (imports/name-lookups.ts reads
 * them). One per kind and folded name; each write in one transaction with its audit entry.
 */

function baseQuery(db: Executor) {
  return db
    .selectFrom("aliases as a")
    .leftJoin("users as creator", "creator.id", "a.createdBy")
    .leftJoin("countries", (j) => j.onRef("countries.code", "=", "a.code").on("a.kind", "=", "country"))
    .leftJoin("channels", (j) => j.onRef("channels.code", "=", "a.code").on("a.kind", "=", "channel"))
    .leftJoin("crimeAreas", (j) => j.onRef("crimeAreas.code", "=", "a.code").on("a.kind", "=", "crime_area"))
    .select([
      "a.id",
      "a.kind",
      "a.name",
      "a.code",
      "countries.name as countryName",
      "channels.label as channelLabel",
      "crimeAreas.code as crimeArea",
      "creator.email as createdBy",
      "a.createdAt",
      "a.updatedAt",
      "a.version",
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>["executeTakeFirstOrThrow"]>>;
const toAlias = ({ countryName, channelLabel, crimeArea, ...r }: Row): Alias => ({
  ...r,
  kind: r.kind as AliasKind,
  target: countryName ?? channelLabel ?? crimeArea ?? null,
});

export const ALIAS_FIELDS: ListFields = {
  id: { type: "number" },
  kind: { type: "string" },
  name: { type: "string" },
  code: { type: "string" },
  createdAt: { type: "date" },
  updatedAt: { type: "date" },
};
const LIST_OPTIONS: ListOptions = { fields: ALIAS_FIELDS, defaultSort: { field: "name", order: "asc" } };

export async function listAliases(db: Executor, input: ListInput | undefined): Promise<ListResult<Alias>> {
  const result = await runList(db, baseQuery(db), input, LIST_OPTIONS);
  return { data: result.data.map(toAlias), total: result.total };
}

export async function getAlias(db: Executor, id: number): Promise<Alias> {
  const row = await baseQuery(db).where("a.id", "=", id).executeTakeFirst();
  if (!row) throw new NotFoundError("alias", id);
  return toAlias(row);
}

/** The code must name a row of the kind's reference list. */
async function assertTarget(db: Executor, kind: AliasKind, code: string): Promise<void> {
  const found =
    kind === "country"
      ? await db.selectFrom("countries").select("code").where("code", "=", code).executeTakeFirst()
      : kind === "channel"
        ? await db.selectFrom("channels").select("code").where("code", "=", code).executeTakeFirst()
        : await db.selectFrom("crimeAreas").select("code").where("code", "=", code).executeTakeFirst();
  if (!found) throw new FieldError("code", `reference.no_${kind}`, { code });
}

function assertName(name: string): string {
  const key = foldName(name);
  if (!key) throw new FieldError("name", "reference.alias_name");
  return key;
}

const taken = (kind: AliasKind, name: string) => new FieldError("name", `conflict.alias_${kind}`, { name });

export async function createAlias(db: Executor, values: AliasValues, actor: Actor): Promise<Alias> {
  return inTransaction(db, async (trx) => {
    const nameKey = assertName(values.name);
    await assertTarget(trx, values.kind, values.code);
    const now = nowIso();
    const row = await unlessDuplicate(
      trx
        .insertInto("aliases")
        .values({
          ...values,
          nameKey,
          createdBy: actor.userId,
          createdAt: now,
          updatedBy: actor.userId,
          updatedAt: now,
        })
        .returning("id")
        .executeTakeFirstOrThrow(),
      () => taken(values.kind, values.name),
    );
    const created = await getAlias(trx, row.id);
    await writeAudit(trx, { ...actor, action: "create", entity: "alias", entityId: row.id, after: created });
    return created;
  });
}

/** PATCH: only the values given change; a stale `version` is a ConflictError and changes nothing. */
export async function updateAlias(
  db: Executor,
  id: number,
  version: number,
  values: Partial<Pick<AliasValues, "name" | "code">>,
  actor: Actor,
): Promise<Alias> {
  return inTransaction(db, async (trx) => {
    const before = await getAlias(trx, id);
    const name = values.name ?? before.name;
    const nameKey = assertName(name);
    if (values.code !== undefined) await assertTarget(trx, before.kind, values.code);
    const result = await unlessDuplicate(
      trx
        .updateTable("aliases")
        .set((eb) => ({
          name,
          nameKey,
          code: values.code ?? before.code,
          updatedBy: actor.userId,
          updatedAt: nowIso(),
          version: eb("version", "+", 1),
        }))
        .where("id", "=", id)
        .where("version", "=", version)
        .executeTakeFirst(),
      () => taken(before.kind, name),
    );
    if (Number(result.numUpdatedRows) !== 1) throw new ConflictError();
    const after = await getAlias(trx, id);
    await writeAudit(trx, { ...actor, action: "update", entity: "alias", entityId: id, before, after });
    return after;
  });
}

export async function deleteAlias(db: Executor, id: number, actor: Actor): Promise<{ id: number }> {
  return inTransaction(db, async (trx) => {
    const before = await getAlias(trx, id);
    await trx.deleteFrom("aliases").where("id", "=", id).execute();
    await writeAudit(trx, { ...actor, action: "delete", entity: "alias", entityId: id, before });
    return { id };
  });
}
