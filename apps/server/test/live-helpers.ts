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

export type SseEvent = { event: string; id: string | null; data: string };

/**
 * A `live.changes` stream over HTTP as the browser's EventSource opens it (GET, server-sent events),
 * read with fetch. `next()` answers the next data event; "connected" and pings are skipped.
 */
export async function openSse(origin: string, cookie: string, lastEventId?: string) {
  const abort = new AbortController();
  const input = encodeURIComponent(JSON.stringify(lastEventId ? { lastEventId } : {}));
  const res = await fetch(`${origin}/trpc/live.changes?input=${input}`, {
    headers: { cookie, accept: "text/event-stream" },
    signal: abort.signal,
  });
  if (!res.ok || !res.body) throw new Error(`live.changes: ${res.status} ${await res.text()}`);
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  const pending: SseEvent[] = [];
  async function read(): Promise<SseEvent> {
    for (;;) {
      const cut = buffer.indexOf("\n\n");
      if (cut >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const field = (name: string) =>
          block
            .split("\n")
            .filter((l) => l.startsWith(`${name}:`))
            .map((l) => l.slice(name.length + 1).trimStart())
            .join("\n");
        if (!block.split("\n").some((l) => l.startsWith("data:"))) continue; // a comment (ping)
        return { event: field("event") || "message", id: field("id") || null, data: field("data") };
      }
      const { value, done } = await reader.read();
      if (done) throw new Error("The event stream ended");
      buffer += value;
    }
  }
  /** The first event is tRPC's "connected": from then on, every commit reaches this stream. */
  const first = await read();
  if (first.event !== "connected") pending.push(first);
  return {
    async next(): Promise<{ id: string | null; event: LiveEvent }> {
      for (;;) {
        const e = pending.shift() ?? (await read());
        if (e.event === "connected" || e.event === "ping") continue;
        if (e.event === "return") throw new Error("The event stream ended");
        if (e.event === "serialized-error") throw new Error(`live.changes failed: ${e.data}`);
        return { id: e.id, event: JSON.parse(e.data) as LiveEvent };
      }
    },
    close: () => abort.abort(),
  };
}

/** The error event a `live.changes` stream opened with the raw `input` answers (it then ends). */
export async function streamError(origin: string, cookie: string, input: string) {
  const res = await fetch(`${origin}/trpc/live.changes?input=${encodeURIComponent(input)}`, {
    headers: { cookie, accept: "text/event-stream" },
  });
  const text = await res.text();
  const error = /event: serialized-error\ndata: (.*)\n/.exec(text)?.[1];
  return {
    status: res.status,
    text,
    error: error ? (JSON.parse(error) as { data: { code: string } }) : null,
  };
}
