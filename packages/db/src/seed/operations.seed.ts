import { readFileSync } from "node:fs";
import { ZReliability } from "@tbc/types";
import { parse } from "csv-parse/sync";
import { commitOperationsImport } from "../imports/operations-commit";
import type { Executor } from "../schema";
import { inTransaction } from "../transaction";
import { seedFile } from "./seed-files";

/**
 * The 58 published operations, through the same import staff use, then each one's reliability grade
 * and caveats (a separate file in the published data, keyed by operation and edition year).
 */
export async function seedOperations(db: Executor, userId: number | null): Promise<number> {
  return inTransaction(db, async (trx) => {
    const result = await commitOperationsImport(trx, readFileSync(seedFile("operations.csv")), {
      fileName: "operations.csv (seed)",
      actor: { userId },
    });
    const caveats = parse(readFileSync(seedFile("operations_caveats.csv")), {
      columns: true,
      bom: true,
      trim: true,
    }) as {
      operation: string;
      edition_year: string;
      source_reliability: string;
      caveats: string;
    }[];
    for (const c of caveats) {
      const updated = await trx
        .updateTable("operations")
        .set({ reliability: ZReliability.parse(c.source_reliability), caveats: c.caveats || null })
        .where("name", "=", c.operation)
        .where("editionYear", "=", Number(c.edition_year))
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) {
        throw new Error(`operations_caveats.csv: no operation "${c.operation}" (${c.edition_year})`);
      }
    }
    return result.counts.created;
  });
}
