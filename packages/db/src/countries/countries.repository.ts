import type { Country, Region } from "@tbc/types";
import type { Executor } from "../schema";
import { inTransaction } from "../transaction";
import { isoCountries } from "./countries.data";

/** Upserts the ISO list so that a package update (a renamed country) reaches existing databases. */
export async function syncCountries(db: Executor): Promise<number> {
  const rows = isoCountries();
  await inTransaction(db, async (trx) => {
    for (let i = 0; i < rows.length; i += 100) {
      await trx
        .insertInto("countries")
        .values(rows.slice(i, i + 100))
        .onConflict((oc) =>
          oc.column("code").doUpdateSet((eb) => ({
            alpha3: eb.ref("excluded.alpha3"),
            numeric: eb.ref("excluded.numeric"),
            name: eb.ref("excluded.name"),
            region: eb.ref("excluded.region"),
          })),
        )
        .execute();
    }
  });
  return rows.length;
}

export async function listCountries(db: Executor): Promise<Country[]> {
  const rows = await db
    .selectFrom("countries")
    .select(["code", "alpha3", "numeric", "name", "region"])
    .orderBy("name")
    .execute();
  return rows.map((r) => ({ ...r, region: r.region as Region }));
}

export async function countryExists(db: Executor, code: string): Promise<boolean> {
  const row = await db.selectFrom("countries").select("code").where("code", "=", code).executeTakeFirst();
  return row !== undefined;
}
