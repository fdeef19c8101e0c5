import { existsSync } from "node:fs";
import SQLite from "better-sqlite3";

/**
 * Checking and restoring an SQLite backup (`pnpm tbc backup` writes one through SQLite's online
 * backup, Database.backupTo). PostgreSQL is backed up with pg_dump and restored with pg_restore.
 */

export type BackupCheck = { ok: true; migrations: number } | { ok: false; problem: string };

/** Opens `file` read-only: SQLite's integrity check, the foreign keys, and our migrations table. */
export function checkSqliteBackup(file: string): BackupCheck {
  if (!existsSync(file)) return { ok: false, problem: `${file} does not exist` };
  let db: SQLite.Database | undefined;
  try {
    db = new SQLite(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") return { ok: false, problem: `integrity check: ${String(integrity)}` };
    const broken = db.pragma("foreign_key_check") as unknown[];
    if (broken.length) return { ok: false, problem: `${broken.length} rows break a foreign key` };
    const row = db.prepare("select count(*) as n from kysely_migration").get() as { n: number };
    return { ok: true, migrations: row.n };
  } catch (error) {
    return { ok: false, problem: `not a database of this application (${(error as Error).message})` };
  } finally {
    db?.close();
  }
}

/**
 * Copies a checked backup over the database at `target` with SQLite's backup API, which takes the
 * database's locks: a server that has it open sees the restored data on its next query.
 */
export async function restoreSqliteBackup(file: string, target: string): Promise<BackupCheck> {
  const check = checkSqliteBackup(file);
  if (!check.ok) return check;
  const source = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
  return checkSqliteBackup(target);
}
