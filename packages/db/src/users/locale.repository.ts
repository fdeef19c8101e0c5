import type { Locale } from "@tbc/types";
import { type Actor, writeAudit } from "../audit/audit.repository";
import { NotFoundError } from "../errors";
import type { Executor } from "../schema";
import { inTransaction } from "../transaction";

/**
 * A user's own language for the dashboard, audited like other account changes (action "update" on
 * the user, before and after holding only the locale). The row's version is left as it is: the
 * version guards an admin's edit of name and role, which a language change does not conflict with.
 * Setting the language already set writes nothing.
 */
export async function setUserLocale(
  db: Executor,
  userId: number,
  locale: Locale,
  actor: Actor,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const row = await trx.selectFrom("users").select("locale").where("id", "=", userId).executeTakeFirst();
    if (!row) throw new NotFoundError("user", userId);
    if (row.locale === locale) return;
    await trx.updateTable("users").set({ locale }).where("id", "=", userId).execute();
    await writeAudit(trx, {
      ...actor,
      action: "update",
      entity: "user",
      entityId: userId,
      before: { locale: row.locale },
      after: { locale },
    });
  });
}
