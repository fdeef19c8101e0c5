import { readFile, stat } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { ImportRejectedError } from "@tbc/db";
import { type ImportPreview, MAX_IMPORT_BYTES } from "@tbc/types";
import {
  formatImportError,
  IMPORT_KINDS,
  type ImportKindName,
  sanitizeFileName,
  TOO_LARGE_MESSAGE,
} from "../imports";
import { CliError, type Command, withDatabase } from "./command";

/** `import <kind> <file.csv>`: the same repository call as the upload endpoint's commit for that kind. */
export function importCommand(kind: ImportKindName, summary: string): Command {
  return {
    usage: `import ${kind} <file.csv>`,
    summary,
    args: ["file"],
    async run({ positionals }, env, io) {
      const path = positionals[0] ?? "";
      // pnpm runs the script in apps/server; a relative path means where `pnpm tbc` was typed.
      const content = await readImportFile(path, resolve(io.env.INIT_CWD || process.cwd(), path));
      const fileName = sanitizeFileName(basename(path));
      await withDatabase(env, io, async (database) => {
        try {
          // The actor is "no user" (the operator).
          const { importId, counts } = await IMPORT_KINDS[kind].commit(database.db, content, {
            fileName,
            actor: { userId: null, ip: null },
          });
          io.stdout(
            `Imported ${fileName} into ${database.describe} (import #${importId}, ${counts.total} rows): ` +
              `${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged.\n`,
          );
        } catch (err) {
          if (!(err instanceof ImportRejectedError)) throw err;
          for (const e of err.preview.errors) io.stderr(`${formatImportError(e)}\n`);
          throw new CliError(rejectionSummary(err.preview));
        }
      });
    },
  };
}

/** The file to import, refused before reading when over the upload's limit (as the endpoint's 413). */
async function readImportFile(path: string, absolute: string): Promise<Buffer> {
  try {
    if ((await stat(absolute)).size > MAX_IMPORT_BYTES)
      throw new CliError(`${TOO_LARGE_MESSAGE}: nothing was imported.`);
    return await readFile(absolute);
  } catch (err) {
    if (err instanceof CliError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(`Cannot read ${path}: ${code === "ENOENT" ? "no such file" : (err as Error).message}`);
  }
}

/** What happened to a rejected file (its row errors are printed before this). */
function rejectionSummary(preview: ImportPreview): string {
  if (preview.fileError) return `${preview.fileError}: nothing was imported.`;
  const { rejected, total } = preview.counts;
  return (
    `${preview.errors.length} error(s) in ${rejected} of ${total} row(s): nothing was imported. ` +
    "Correct the file and import it again."
  );
}
