import type { ImportResult } from "@tbc/types";
import { type Actor, writeAudit, writeAuditMany } from "../audit/audit.repository";
import { nowIso } from "../dialect";
import { announcedOnFrom } from "../operations/announced";
import type { Executor } from "../schema";
import { inTransaction } from "../transaction";
import { type ImportProgress, ImportRejectedError } from "./csv";
import { recordImport, recordRejectedImport } from "./imports.repository";
import { differs, existingByKey, IMPORTED, previewOperationsImport } from "./operations-import";

/** The imported fields of an operation (stored row or file values), for its audit entry. */
function auditValues(v: Record<string, unknown>): Record<string, unknown> {
  const countryCodes = Array.isArray(v.countryCodes)
    ? [...v.countryCodes].sort()
    : String(v.countries ?? "")
        .split(",")
        .filter(Boolean);
  return { ...Object.fromEntries(IMPORTED.map((c) => [c, v[c] ?? null])), countryCodes };
}

/**
 * All or nothing: any invalid row rejects the whole file (recorded in the import history, nothing
 * else written). Otherwise one transaction creates new operations, updates changed ones in place
 * (key: name + edition year, version bumped) and leaves unchanged ones alone, so re-importing the
 * same file changes nothing.
 */
export async function commitOperationsImport(
  db: Executor,
  content: string | Buffer,
  opts: { fileName: string; actor: Actor; onProgress?: ImportProgress },
): Promise<ImportResult> {
  const { valid, ...preview } = await previewOperationsImport(db, content, opts.onProgress);
  if (preview.fileError || preview.errors.length) {
    await recordRejectedImport(db, "operations", opts, preview);
    throw new ImportRejectedError(preview);
  }
  return inTransaction(db, async (trx) => {
    const existing = await existingByKey(trx, valid);
    const now = nowIso();
    const counts = { total: valid.length, created: 0, updated: 0, unchanged: 0, rejected: 0 };
    // Each operation the file creates or changes gets its own audit entry (its history shows the
    // import), written in batches at the end with the import's id.
    const changed: { id: number; before: Record<string, unknown> | null; after: Record<string, unknown> }[] =
      [];
    let done = 0;
    for (const { values } of valid) {
      const { countryCodes, ...columns } = values;
      const e = existing.get(`${values.name}\u0000${values.editionYear}`);
      let id: number;
      if (!e) {
        const { summary: _s, reliability: _r, caveats: _c, ...imported } = columns;
        ({ id } = await trx
          .insertInto("operations")
          .values({
            ...imported,
            announcedOn: announcedOnFrom(imported.sourceTitle),
            createdBy: opts.actor.userId,
            createdAt: now,
            updatedBy: opts.actor.userId,
            updatedAt: now,
          })
          .returning("id")
          .executeTakeFirstOrThrow());
        changed.push({ id, before: null, after: auditValues(values) });
        counts.created++;
      } else if (differs(e, values)) {
        id = e.id;
        const set = {
          ...Object.fromEntries(IMPORTED.map((c) => [c, columns[c]])),
          announcedOn: announcedOnFrom(columns.sourceTitle),
        };
        await trx
          .updateTable("operations")
          .set((eb) => ({
            ...set,
            updatedBy: opts.actor.userId,
            updatedAt: now,
            version: eb("version", "+", 1),
          }))
          .where("id", "=", id)
          .execute();
        await trx.deleteFrom("operationCountries").where("operationId", "=", id).execute();
        changed.push({ id, before: auditValues(e), after: auditValues(values) });
        counts.updated++;
      } else {
        counts.unchanged++;
        id = 0;
      }
      if (id && countryCodes.length) {
        await trx
          .insertInto("operationCountries")
          .values(countryCodes.map((countryCode) => ({ operationId: id, countryCode })))
          .execute();
      }
      if (++done % 500 === 0) opts.onProgress?.("commit", done, valid.length);
    }
    opts.onProgress?.("commit", valid.length, valid.length);
    const importId = await recordImport(trx, {
      kind: "operations",
      fileName: opts.fileName,
      userId: opts.actor.userId,
      rowsTotal: counts.total,
      rowsCreated: counts.created,
      rowsUpdated: counts.updated,
      rowsUnchanged: counts.unchanged,
      rowsRejected: 0,
      status: "committed",
      message: null,
    });
    await writeAudit(trx, {
      ...opts.actor,
      action: "import",
      entity: "import",
      entityId: importId,
      after: { kind: "operations", fileName: opts.fileName, ...counts },
    });
    await writeAuditMany(
      trx,
      changed.map((c) => ({
        ...opts.actor,
        action: "import",
        entity: "operation",
        entityId: c.id,
        before: c.before,
        after: { ...c.after, importId },
      })),
    );
    return { importId, counts };
  });
}
