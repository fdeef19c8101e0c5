import type { OperationValuesParsed } from "@tbc/types";
import type { Actor } from "../audit/audit.repository";
import { writeAuditMany } from "../audit/audit.repository";
import { nowIso } from "../dialect";
import { announcedOnFrom } from "../operations/announced";
import type { Executor } from "../schema";
import { IMPORTED, OPERATIONS_IMPORT, type StoredOperation } from "./operations-import";
import { type ImportWriter, importer } from "./pipeline";
import { importPipeline } from "./pipeline-run";

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
 * Creates new operations, updates changed ones in place (version bumped) and leaves unchanged ones
 * alone, so that re-importing the same file changes nothing. Each operation the file creates or
 * changes gets its own audit entry (its history shows the import), written with each batch.
 */
function operationsWriter(
  trx: Executor,
  { importId, actor }: { importId: number; actor: Actor },
): ImportWriter<OperationValuesParsed, StoredOperation> {
  const now = nowIso();
  return { write: (rows) => writeBatch(trx, rows, { importId, actor, now }) };
}

async function writeBatch(
  trx: Executor,
  rows: Parameters<ImportWriter<OperationValuesParsed, StoredOperation>["write"]>[0],
  { importId, actor, now }: { importId: number; actor: Actor; now: string },
): Promise<void> {
  const changed: { id: number; before: Record<string, unknown> | null; after: Record<string, unknown> }[] =
    [];
  for (const { values, existing: e, action } of rows) {
    const { countryCodes, ...columns } = values;
    let id = 0;
    if (action === "create") {
      const { summary: _s, reliability: _r, caveats: _c, ...imported } = columns;
      ({ id } = await trx
        .insertInto("operations")
        .values({
          ...imported,
          announcedOn: announcedOnFrom(imported.sourceTitle),
          createdBy: actor.userId,
          createdAt: now,
          updatedBy: actor.userId,
          updatedAt: now,
        })
        .returning("id")
        .executeTakeFirstOrThrow());
      changed.push({ id, before: null, after: auditValues(values) });
    } else if (action === "update" && e) {
      id = e.id;
      const set = {
        ...Object.fromEntries(IMPORTED.map((c) => [c, columns[c]])),
        announcedOn: announcedOnFrom(columns.sourceTitle),
      };
      await trx
        .updateTable("operations")
        .set((eb) => ({ ...set, updatedBy: actor.userId, updatedAt: now, version: eb("version", "+", 1) }))
        .where("id", "=", id)
        .execute();
      await trx.deleteFrom("operationCountries").where("operationId", "=", id).execute();
      changed.push({ id, before: auditValues(e), after: auditValues(values) });
    }
    if (id && countryCodes.length) {
      await trx
        .insertInto("operationCountries")
        .values(countryCodes.map((countryCode) => ({ operationId: id, countryCode })))
        .execute();
    }
  }
  await writeAuditMany(
    trx,
    changed.map((c) => ({
      ...actor,
      action: "import",
      entity: "operation",
      entityId: c.id,
      before: c.before,
      after: { ...c.after, importId },
    })),
  );
}

const operationsImport = importPipeline([importer({ ...OPERATIONS_IMPORT, writer: operationsWriter })], {
  rejectedAs: "operations",
});

/** Validates every row and says what committing would do to each row. Writes nothing. */
export const previewOperationsImport = operationsImport.preview;

/** All or nothing (key: name + edition year); a rejected file is recorded in the import history. */
export const commitOperationsImport = operationsImport.commit;
