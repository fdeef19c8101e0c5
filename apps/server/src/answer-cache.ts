/**
 * Answers of the aggregate procedures, computed once per change of the data (issue 9, item 6). An
 * answer is kept under its procedure, its input (canonical JSON) and the data version it was computed
 * at (@tbc/db's `inTransaction` bumps the version in every committed write), so a write makes every
 * older answer unreachable: never stale, and no invalidation to forget. The version is read once per
 * call, BEFORE computing: the answer then reflects at least that version, never less.
 *
 * Bounded (an LRU by entries and by the answers' JSON size); concurrent identical misses share one
 * computation; failures are not kept.
 */
import { DataVersionReader, type Executor } from "@tbc/db";
import { LRUCache } from "lru-cache";
import stringify from "safe-stable-stringify";

export type AnswerCacheOptions = {
  /** Most answers kept. */
  maxEntries?: number;
  /** Most bytes kept, counted as the answers' JSON length. */
  maxBytes?: number;
  /** A synchronous read of the committed data version (SQLite file: Database.readDataVersionNow). */
  readVersionNow?: (() => number) | undefined;
};

export type AnswerCacheStats = {
  /** Answers computed (misses that ran the procedure). */
  computed: number;
  /** Answers served from the cache. */
  hits: number;
  /** Misses that joined an identical computation already running. */
  joined: number;
};

const today = () => new Date().toISOString().slice(0, 10);

export class AnswerCache {
  readonly stats: AnswerCacheStats = { computed: 0, hits: 0, joined: 0 };
  private readonly answers: LRUCache<string, { value: unknown }>;
  private readonly running = new Map<string, Promise<unknown>>();
  private readonly version: DataVersionReader;
  private latest = -1;

  constructor(db: Executor, options: AnswerCacheOptions = {}) {
    this.version = new DataVersionReader(db, options.readVersionNow);
    this.answers = new LRUCache({
      max: options.maxEntries ?? 2000,
      maxSize: options.maxBytes ?? 64 * 1024 * 1024,
      sizeCalculation: (entry) => Math.max(1, (stringify(entry.value) ?? "").length),
    });
  }

  /** The answer of `path` for `input` at the current data version: kept, being computed, or computed now. */
  async get<T>(path: string, input: unknown, compute: () => Promise<T>): Promise<T> {
    const version = await this.version.read();
    if (version !== this.latest) {
      // Versions only grow: every answer kept so far belongs to an older one and can never be served.
      // (Should one ever go down — a database swapped under a running server — forget them too.)
      this.answers.clear();
      this.latest = version;
    }
    // The day is part of the key: an open-ended period ("until today") changes answer at midnight UTC.
    const key = `${path}\n${stringify(input ?? null)}\n${version}\n${today()}`;
    const kept = this.answers.get(key);
    if (kept) {
      this.stats.hits++;
      return kept.value as T;
    }
    const same = this.running.get(key);
    if (same !== undefined) {
      this.stats.joined++;
      return same as Promise<T>;
    }
    this.stats.computed++;
    const computing = compute().then((value) => {
      // Not when a newer version was seen meanwhile: the answer could never be served.
      if (version === this.latest) this.answers.set(key, { value });
      return value;
    });
    this.running.set(key, computing);
    const done = () => this.running.delete(key);
    computing.then(done, done);
    return computing;
  }
}
