import type { LiveEvent } from "@tbc/types";
import type { LiveHub } from "../src/live";
import { createCaller } from "../src/root";
import type { Context } from "../src/trpc";

export type LiveStream = {
  /** The next event: its tracked id (the data version) and what it says. */
  next(): Promise<{ id: string; event: LiveEvent }>;
  close(): void;
};

/** One tab's `live.changes` subscription, called through a real caller on `ctx`. */
export async function openStream(ctx: Context, live: LiveHub, lastEventId?: string): Promise<LiveStream> {
  const abort = new AbortController();
  const caller = createCaller({ ...ctx, live }, { signal: abort.signal });
  const events = await caller.live.changes(lastEventId ? { lastEventId } : {});
  const iterator = events[Symbol.asyncIterator]();
  return {
    async next() {
      const { value, done } = await iterator.next();
      if (done) throw new Error("The stream ended");
      const [id, event] = value as unknown as [string, LiveEvent];
      return { id, event };
    },
    close: () => abort.abort(),
  };
}

/** The changes of an event as "resource:id,id" strings (ids sorted; "*" for many). */
export const changesOf = (event: LiveEvent) =>
  event.changes.map((c) => `${c.resource}:${c.ids === null ? "*" : [...c.ids].sort().join(",")}`);
