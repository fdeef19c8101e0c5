import { open } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { ImportRejectedError } from "@tbc/db";
import type { ImportPreview } from "@tbc/types";
import {
  formatImportError,
  IMPORT_KINDS,
  type ImportKindName,
  moreErrors,
  sanitizeFileName,
} from "../imports";
import { CliError, type Command, withDatabase } from "./command";

/**
 * `import <kind> <file.csv>`: the same repository call as the upload endpoint's commit for that kind.
 * The file streams (any size); the CLI is its own process, so it needs no worker thread.
 */
export function importCommand(kind: ImportKindName, summary: string): Command {
  return {
    usage: `import ${kind} <file.csv> [--preview]`,
    summary: `${summary} (--preview: say what it would do, write nothing)`,
    args: ["file"],
    options: { preview: { type: "boolean" } },
    async run({ positionals, values }, env, io) {
      const path = positionals[0] ?? "";
      // pnpm runs the script in apps/server; a relative path means where `pnpm tbc` was typed.
      const content = await openImportFile(path, resolve(io.env.INIT_CWD || process.cwd(), path));
      const fileName = sanitizeFileName(basename(path));
      await withDatabase(env, io, async (database) => {
        if (values.preview) {
          const preview = await IMPORT_KINDS[kind].preview(database.db, content, {});
          for (const line of previewLines(preview)) io.stdout(`${line}\n`);
          if (preview.fileError || preview.counts.rejected) throw new CliError(rejectionSummary(preview));
          return;
        }
        try {
          // The actor is "no user" (the operator).
          const { importId, counts } = await IMPORT_KINDS[kind].commit(database.db, content, {
            fileName,
            actor: { userId: null, ip: null },
            onProgress: progressPrinter(io),
          });
          io.stdout(
            `Imported ${fileName} into ${database.describe} (import #${importId}, ${counts.total} rows): ` +
              `${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged.\n`,
          );
        } catch (err) {
          if (!(err instanceof ImportRejectedError)) throw err;
          for (const e of err.preview.errors) io.stderr(`${formatImportError(e)}\n`);
          const more = moreErrors(err.preview);
          if (more) io.stderr(`${more}\n`);
          throw new CliError(rejectionSummary(err.preview));
        }
      });
    },
  };
}

/**
 * What a preview prints: the counts, each "update" row with the fields it changes (stored → file),
 * each error (with "did you mean …?"), and the names that do not resolve with their suggestions.
 */
export function previewLines(preview: ImportPreview): string[] {
  const c = preview.counts;
  const lines = [
    `${c.total} row(s): ${c.create} to create, ${c.update} to update, ${c.unchanged} unchanged, ${c.rejected} with errors.`,
  ];
  const shown = (v: string | null) => (v === null ? "(empty)" : JSON.stringify(v));
  for (const row of preview.rows) {
    if (row.action !== "update") continue;
    const what = row.editionYear ? `${row.name} (${row.editionYear})` : row.name;
    const changes = (row.changes ?? []).map((ch) => `${ch.column}: ${shown(ch.from)} → ${shown(ch.to)}`);
    lines.push(`row ${row.line}, update ${what}: ${changes.join("; ")}`);
  }
  for (const e of preview.errors) lines.push(formatImportError(e));
  const more = moreErrors(preview);
  if (more) lines.push(more);
  for (const u of preview.unresolved) {
    const options = u.suggestions.map((s) => `${s.name} (${s.code})`).join(", ");
    lines.push(
      `${u.kind.replace("_", " ")} "${u.name}" (${u.rows} row(s)) does not resolve` +
        (options ? `; did you mean ${options}?` : "; no similar name") +
        " Map it in the dashboard (Imports) to import it as that.",
    );
  }
  return lines;
}

/** The file to import, as a stream; opened first so that a missing file is a clear error. */
async function openImportFile(path: string, absolute: string) {
  try {
    const handle = await open(absolute, "r");
    if ((await handle.stat()).isDirectory()) {
      await handle.close();
      throw new CliError(`Cannot read ${path}: it is a directory`);
    }
    return handle.createReadStream({ highWaterMark: 1024 * 1024 });
  } catch (err) {
    if (err instanceof CliError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(`Cannot read ${path}: ${code === "ENOENT" ? "no such file" : (err as Error).message}`);
  }
}

/** A line on stderr every 100,000 rows: a long import shows it is alive. */
function progressPrinter(io: { stderr: (text: string) => void }) {
  let next = 100_000;
  return (_phase: string, done: number) => {
    if (done < next) return;
    next = (Math.floor(done / 100_000) + 1) * 100_000;
    io.stderr(`${done.toLocaleString("en")} rows…\n`);
  };
}

/** What happened to a rejected file (its row errors are printed before this). */
function rejectionSummary(preview: ImportPreview): string {
  if (preview.fileError) return `${preview.fileError}: nothing was imported.`;
  const [errors, rejected, total] = [
    preview.counts.errors,
    preview.counts.rejected,
    preview.counts.total,
  ].map((n) => n.toLocaleString("en"));
  return (
    `${errors} error(s) in ${rejected} of ${total} row(s): nothing was imported. ` +
    "Correct the file and import it again."
  );
}
