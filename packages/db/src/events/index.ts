import type { Database } from "../database";
import { type ChangeFeed, LocalChangeFeed } from "./feed";
import { PgChangeFeed } from "./pg-feed";

export type { ChangeFeed } from "./feed";
export { LocalChangeFeed, publishLocally } from "./feed";
export { CHANGES_CHANNEL, PgChangeFeed } from "./pg-feed";

/**
 * The change feed of a process on `database`: PostgreSQL's LISTEN connection (changes committed by
 * any process on the database), or SQLite's in-memory feed (this process's commits; an import
 * worker's are forwarded to it, see apps/server/src/import-thread.ts).
 */
export function openChangeFeed(database: Database, onError?: (error: Error) => void): ChangeFeed {
  if (database.dialect === "postgres") {
    const { url, options } = database.opened;
    return new PgChangeFeed({ url, searchPath: options.searchPath, onError });
  }
  return new LocalChangeFeed(database.db);
}
