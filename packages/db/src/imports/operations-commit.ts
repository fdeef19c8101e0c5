import type { OperationValuesParsed } from "@tbc/types";
import { type Actor, type NewAuditEntry, writeAuditMany } from "../audit/audit.repository";
import {
  type KnownReferences,
  knownReferences,
  type OperationWritten,
  writeOperation,
} from "../operations/operations.write";
import type { Executor } from "../schema";
import { IMPORTED, OPERATIONS_IMPORT, type StoredOperation } from "./operations-import";
import { type ImportWriter, importer } from "./pipeline";
import { importPipeline } from "./pipeline-run";

/**
 * Creates new operations, updates changed ones in place and leaves unchanged ones alone, so that
 * re-importing the same file changes nothing. Every row goes through the operations' one write path
 * (`writeOperation`: the same rules, derived announcement date, version and audit entry as the form);
 * an update is a patch of the columns the file has, so a summary or grade entered here stays.
 */
function operationsWriter(
  trx: Executor,
  { importId, actor }: { importId: number; actor: Actor },
): ImportWriter<OperationValuesParsed, StoredOperation> {
  const known = knownReferences();
  return { write: (rows) => writeBatch(trx, rows, { importId, actor, known }) };
}

async function writeBatch(
  trx: Executor,
  rows: Parameters<ImportWriter<OperationValuesParsed, StoredOperation>["write"]>[0],
  { importId, actor, known }: { importId: number; actor: Actor; known: KnownReferences },
): Promise<void> {
  const entries: NewAuditEntry[] = [];
  for (const { values, existing, action } of rows) {
    let written: OperationWritten | null = null;
    if (action === "create") written = await writeOperation(trx, null, values, actor, known);
    else if (action === "update" && existing) {
      const patch = {
        ...Object.fromEntries(IMPORTED.map((c) => [c, values[c]])),
        countryCodes: values.countryCodes,
      };
      written = await writeOperation(trx, { id: existing.id }, patch, actor, known);
    }
    if (written) {
      const { audit } = written;
      entries.push({ ...actor, action: "import", ...audit, after: { ...Object(audit.after), importId } });
    }
  }
  await writeAuditMany(trx, entries);
}

const operationsImport = importPipeline([importer({ ...OPERATIONS_IMPORT, writer: operationsWriter })], {
  rejectedAs: "operations",
});

/** Validates every row and says what committing would do to each row. Writes nothing. */
export const previewOperationsImport = operationsImport.preview;

/** All or nothing (key: name + edition year); a rejected file is recorded in the import history. */
export const commitOperationsImport = operationsImport.commit;
