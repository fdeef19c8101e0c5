import type { OperationValuesParsed } from "@tbc/types";
import { type Actor, type NewAuditEntry, writeAuditMany } from "../audit/audit.repository";
import {
  createOperations,
  type KnownReferences,
  knownReferences,
  updateOperations,
} from "../operations/operations.write";
import type { Executor } from "../schema";
import { IMPORTED, OPERATIONS_IMPORT, type StoredOperation } from "./operations-import";
import { type ImportWriter, importer } from "./pipeline";
import { importPipeline } from "./pipeline-run";

/**
 * Creates new operations, updates changed ones in place and leaves unchanged ones alone, so that
 * re-importing the same file changes nothing. Every row goes through the operations' one write path
 * (the same rules, derived announcement date, version, rollup and audit entry as the form), a batch
 * at a time: its new operations through `createOperations`, its changed ones through
 * `updateOperations` as patches of the columns the file has, so that a summary or grade entered here
 * stays.
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
  const written = await createOperations(
    trx,
    rows.filter((r) => r.action === "create").map((r) => r.values),
    actor,
    known,
  );
  const updates = rows.flatMap(({ values, existing, action }) =>
    action === "update" && existing
      ? [
          {
            id: existing.id,
            patch: {
              ...Object.fromEntries(IMPORTED.map((c) => [c, values[c]])),
              countryCodes: values.countryCodes,
            },
          },
        ]
      : [],
  );
  written.push(...(await updateOperations(trx, updates, actor, known)));
  const entries: NewAuditEntry[] = written.map(({ audit }) => ({
    ...actor,
    action: "import",
    ...audit,
    after: { ...Object(audit.after), importId },
  }));
  await writeAuditMany(trx, entries);
}

const operationsImport = importPipeline([importer({ ...OPERATIONS_IMPORT, writer: operationsWriter })], {
  rejectedAs: "operations",
});

/** Validates every row and says what committing would do to each row. Writes nothing. */
export const previewOperationsImport = operationsImport.preview;

/** All or nothing (key: name + edition year); a rejected file is recorded in the import history. */
export const commitOperationsImport = operationsImport.commit;
