import type { LiveEvent } from "@tbc/types";
import type { Executor } from "../schema";

/**
 * Where a process hears of committed changes, whichever process made them: on PostgreSQL through
 * LISTEN/NOTIFY (pg-feed.ts), on SQLite — one process — in memory (LocalChangeFeed). Listeners get
 * events in commit order; a `reset` event says that changes may have been missed (the feed was
 * (re)connected), with the data version it is complete from.
 */
export interface ChangeFeed {
  subscribe(listener: (event: LiveEvent) => void): () => void;
  /** Resolves once the feed hears every change committed from now on (LISTEN is active). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

export class Listeners {
  private readonly listeners = new Set<(event: LiveEvent) => void>();

  subscribe(listener: (event: LiveEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: LiveEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}

/** SQLite's feed: `inTransaction` publishes here after the commit, so a rollback announces nothing. */
export class LocalChangeFeed extends Listeners implements ChangeFeed {
  private readonly key: object;

  /** `db`: the database whose committed transactions this feed announces. */
  constructor(db: Executor) {
    super();
    this.key = keyOf(db);
    const feeds = localFeeds.get(this.key) ?? new Set();
    feeds.add(this);
    localFeeds.set(this.key, feeds);
  }

  publish(event: LiveEvent): void {
    this.emit(event);
  }

  ready(): Promise<void> {
    return Promise.resolve();
  }

  async close(): Promise<void> {
    localFeeds.get(this.key)?.delete(this);
  }
}

/**
 * The local feeds of each SQLite database (a server's, a test's), keyed by its Kysely adapter: the
 * one object that the handle, its transactions and its single connections (`db.connection()`, which
 * the import pipeline writes through) all share.
 */
const localFeeds = new WeakMap<object, Set<LocalChangeFeed>>();
const keyOf = (db: Executor): object => db.getExecutor().adapter;

/** Tells the local feeds of `db` about a committed transaction (none on PostgreSQL: NOTIFY does). */
export function publishLocally(db: Executor, event: LiveEvent): void {
  for (const feed of localFeeds.get(keyOf(db)) ?? []) feed.publish(event);
}
