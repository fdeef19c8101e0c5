/**
 * Live updates (issue 11): one hub per process between the change feed (@tbc/db's openChangeFeed:
 * LISTEN/NOTIFY on PostgreSQL, in memory on SQLite) and the open event streams (the `live.changes`
 * subscription, one per signed-in tab, over server-sent events).
 *
 * Events are ids by data version: the version a transaction committed is global (one counter in the
 * database), so a tab that reconnects — to this process or another behind the balancer — sends the
 * last version it saw (tRPC's lastEventId) and is replayed what followed from a bounded buffer of
 * recent events. When the buffer does not reach back that far, or the feed itself may have missed
 * changes (its LISTEN connection was re-made), the tab gets a reset: "refetch everything".
 */
import { type ChangeFeed, type Executor, readDataVersion } from "@tbc/db";
import { canHearOf, type LiveEvent, type Role } from "@tbc/types";
import { type TrackedEnvelope, tracked } from "@trpc/server";

export type LiveHubOptions = {
  /** Recent events kept for reconnecting tabs. */
  maxBuffered?: number;
  /** Events one stream may have waiting before it is given one reset instead (a stalled client). */
  maxQueued?: number;
};

/** Hears an event; with none, the hub is closing and the stream must end. */
type Subscriber = (event: LiveEvent | null) => void;

/** The event as a role may see it: only the resources it may read; null when none is left. */
export function cutForRole(event: LiveEvent, role: Role): LiveEvent | null {
  if (event.reset) return event;
  const changes = event.changes.filter((c) => canHearOf(role, c.resource));
  return changes.length ? { ...event, changes } : null;
}

export class LiveHub {
  private readonly recent: LiveEvent[] = [];
  /** Every change committed after this version is in `recent`; null until the feed is listening. */
  private completeSince: number | null = null;
  private readonly subscribers = new Set<Subscriber>();
  private closed = false;
  private readonly maxBuffered: number;
  private readonly maxQueued: number;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly feed: ChangeFeed,
    options: LiveHubOptions = {},
  ) {
    this.maxBuffered = options.maxBuffered ?? 1000;
    this.maxQueued = options.maxQueued ?? 1000;
    this.unsubscribe = feed.subscribe((event) => this.hear(event));
  }

  /** Waits until the feed hears every commit, and notes from which version (SQLite: read now). */
  async start(db: Executor): Promise<void> {
    await this.feed.ready();
    if (this.completeSince === null) this.completeSince = await readDataVersion(db);
  }

  /** Open streams, for the tests and the health figures. */
  get streams(): number {
    return this.subscribers.size;
  }

  private hear(event: LiveEvent): void {
    if (event.reset) {
      this.recent.length = 0;
      this.completeSince = event.version;
    } else {
      this.recent.push(event);
      const dropped = this.recent.length > this.maxBuffered ? this.recent.shift() : undefined;
      if (dropped) this.completeSince = dropped.version;
    }
    for (const subscriber of this.subscribers) subscriber(event);
  }

  private latestVersion(): number {
    return this.recent.at(-1)?.version ?? this.completeSince ?? 0;
  }

  /** What a tab that last saw version `last` missed: the events after it, or one reset. */
  private replay(last: number | null): LiveEvent[] {
    if (last === null) return [];
    if (this.completeSince !== null && last >= this.completeSince)
      return this.recent.filter((e) => e.version > last);
    return [{ version: this.latestVersion(), reset: true, changes: [] }];
  }

  /**
   * One tab's stream: replayed events after `lastEventId`, then every event as it commits. Listening
   * starts now, not at the first read, so nothing committed in between is lost.
   */
  stream(
    role: Role,
    lastEventId: string | null | undefined,
    signal: AbortSignal | undefined,
  ): AsyncGenerator<TrackedEnvelope<LiveEvent>> {
    let last = lastEventId ? Number(lastEventId) : -1;
    let queue = this.replay(lastEventId ? last : null);
    let wake: (() => void) | null = null;
    const subscriber: Subscriber = (event) => {
      if (event === null) return wake?.();
      // A client that stopped reading: one reset says all it needs when it reads again.
      if (queue.length >= this.maxQueued) queue = [{ version: event.version, reset: true, changes: [] }];
      else queue.push(event);
      wake?.();
    };
    const stop = () => {
      this.subscribers.delete(subscriber);
      wake?.();
    };
    signal?.addEventListener("abort", stop);
    this.subscribers.add(subscriber);
    const next = () => {
      const event = queue.shift();
      if (event) return Promise.resolve(event);
      return new Promise<LiveEvent | undefined>((resolve) => {
        wake = () => {
          wake = null;
          resolve(queue.shift());
        };
      });
    };
    const closed = () => this.closed;
    return (async function* () {
      try {
        while (!signal?.aborted && !closed()) {
          const event = await next();
          if (!event || (!event.reset && event.version <= last)) continue;
          last = Math.max(last, event.version);
          const visible = cutForRole(event, role);
          if (visible) yield tracked(String(event.version), visible);
        }
      } finally {
        stop();
        signal?.removeEventListener("abort", stop);
      }
    })();
  }

  /** Ends every open stream (a server that stops must not wait for its tabs) and the feed. */
  async close(): Promise<void> {
    this.closed = true;
    for (const subscriber of this.subscribers) subscriber(null);
    this.unsubscribe();
    await this.feed.close();
  }
}
