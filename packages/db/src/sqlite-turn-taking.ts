import { SqliteDialect } from "kysely";

/**
 * Kysely's SqliteDialect whose connection is taken only at the event loop's next turn (setImmediate).
 *
 * better-sqlite3 runs each query synchronously, and Kysely hands its one connection from a finished
 * query to the next waiting one inside the same microtask drain: under load, one turn of the loop ran
 * every step of every request in flight, for hundreds of ms, while the server neither read new
 * requests nor accepted connections (since libuv 1.45, Node 20, one accept per turn). Deferring each
 * query to the next turn lets the loop go round between generations of queries: with 200 busy
 * clients, a visitor on a new connection waited 0.6–1.6 s instead of 7–8 s, and p99 fell from 8 s to
 * 2–4 s at equal or better throughput (`pnpm test:load`, README). Cost: one setImmediate per query.
 */
export class TurnTakingSqliteDialect extends SqliteDialect {
  override createDriver() {
    const driver = super.createDriver();
    const acquire = driver.acquireConnection.bind(driver);
    driver.acquireConnection = async () => {
      await new Promise<void>((resolve) => setImmediate(resolve));
      return acquire();
    };
    return driver;
  }
}
