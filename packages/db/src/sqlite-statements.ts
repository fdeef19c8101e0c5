import type SQLite from "better-sqlite3";
import type { SqliteDatabase, SqliteStatement } from "kysely";

/** Distinct statement texts kept; past it the cache starts again (the list engine makes many shapes). */
const MAX_STATEMENTS = 500;

/**
 * The main connection as Kysely's SqliteDialect sees it, with its statements kept by text.
 *
 * Kysely prepares every query anew. Compiling the statement was the largest JavaScript-side cost of a
 * signed-in request on SQLite (the session lookup: ≈ 0.2 ms of ≈ 0.75 ms of CPU per `auth.me`, CPU
 * profile under 50 connections), and the server runs a few dozen statement shapes over and over with
 * new parameters. Streams (`iterate`) get a statement of their own: a stream left unfinished would
 * otherwise leave the shared one busy for every later query of the same text.
 */
export function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  const cached = (text: string): SQLite.Statement => {
    let statement = statements.get(text);
    if (!statement) {
      statement = sqlite.prepare(text);
      if (statements.size >= MAX_STATEMENTS) statements.clear();
      statements.set(text, statement);
    }
    return statement;
  };
  return {
    close: () => sqlite.close(),
    prepare(text: string): SqliteStatement {
      const statement = cached(text);
      return {
        reader: statement.reader,
        all: (parameters) => statement.all(parameters),
        run: (parameters) => statement.run(parameters),
        iterate: (parameters) => sqlite.prepare(text).iterate(parameters),
      };
    },
  };
}
