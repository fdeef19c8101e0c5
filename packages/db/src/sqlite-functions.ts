import type BetterSqlite3 from "better-sqlite3";

/** SQLite's lower() folds ASCII only; this one folds like PostgreSQL's lower() does on UTF-8. */
export function registerSqliteFunctions(sqlite: BetterSqlite3.Database): void {
  sqlite.function("ulower", { deterministic: true }, (v: unknown) =>
    typeof v === "string" ? v.toLowerCase() : v,
  );
}
