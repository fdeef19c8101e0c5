import { type Actor, writeAudit } from "../audit/audit.repository";
import { nowIso } from "../dialect";
import { FieldError, unlessDuplicate } from "../errors";
import type { Executor } from "../schema";
import { inTransaction } from "../transaction";

/** Managers extend the channel list (a new network, a regional site). */
export async function createChannel(
  db: Executor,
  values: { code: string; label: string },
  actor: Actor,
): Promise<{ code: string; label: string }> {
  return inTransaction(db, async (trx) => {
    const existing = await trx
      .selectFrom("channels")
      .select("code")
      .where("code", "=", values.code)
      .executeTakeFirst();
    const duplicate = () => new FieldError("code", "conflict.channel_exists", { code: values.code });
    if (existing) throw duplicate();
    await unlessDuplicate(
      trx
        .insertInto("channels")
        .values({ ...values, createdAt: nowIso() })
        .execute(),
      duplicate,
    );
    await writeAudit(trx, {
      ...actor,
      action: "create",
      entity: "channel",
      entityId: values.code,
      after: values,
    });
    return values;
  });
}

export async function listChannels(db: Executor): Promise<{ code: string; label: string }[]> {
  return db.selectFrom("channels").select(["code", "label"]).orderBy("code").execute();
}
