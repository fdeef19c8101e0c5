import type { LiveProvider, LiveEvent as RefineLiveEvent } from "@refinedev/core";
import type { LiveEvent } from "@tbc/types";
import { trpc } from "./trpc";

/** The channel that hears every change (the overview's figures depend on all of them). */
export const LIVE_ALL = "changes";

type Subscriber = { channel: string; callback: (event: RefineLiveEvent) => void };

const subscribers = new Set<Subscriber>();
let stream: { unsubscribe(): void } | null = null;
/** The last event seen: a stream opened again resumes after it (the server replays what followed). */
let lastEventId: string | null = null;
let closeTimer: ReturnType<typeof setTimeout> | null = null;
/** Closing is put off a little: moving between pages unsubscribes one page just before the next subscribes. */
const LINGER_MS = 5000;
/** A stream the server ended (it is stopping: a restart, a deployment) is opened again after this. */
const REOPEN_MS = 2000;

/** Whether `channel` ("resources/<name>" or LIVE_ALL) is concerned by the event, and with which ids. */
function concerns(channel: string, event: LiveEvent): { ids?: string[] } | null {
  if (channel === LIVE_ALL || event.reset) return {};
  const change = event.changes.find((c) => `resources/${c.resource}` === channel);
  if (!change) return null;
  return change.ids ? { ids: change.ids } : {};
}

function dispatch(event: LiveEvent): void {
  const date = new Date();
  for (const { channel, callback } of subscribers) {
    const payload = concerns(channel, event);
    if (payload) callback({ channel, type: "*", payload, date });
  }
}

function open(): void {
  if (stream) return;
  // Callbacks of a stream already replaced (closed, then opened again) leave the new one alone.
  const ended = () => {
    const was = stream === mine;
    if (was) stream = null;
    return was;
  };
  const mine = trpc.live.changes.subscribe(lastEventId ? { lastEventId } : {}, {
    onData: ({ id, data }) => {
      lastEventId = id;
      dispatch(data);
    },
    // Refused (signed out, session ended): the next subscriber opens it again.
    onError: () => void ended(),
    // Ended by the server (it is stopping: a restart, a deployment): resumed after the last event,
    // from this process or another.
    onComplete: () => {
      if (!ended()) return;
      setTimeout(() => {
        if (subscribers.size > 0) open();
      }, REOPEN_MS);
    },
  });
  stream = mine;
}

function closeSoon(): void {
  if (closeTimer) clearTimeout(closeTimer);
  closeTimer = setTimeout(() => {
    closeTimer = null;
    if (subscribers.size > 0 || !stream) return;
    stream.unsubscribe();
    stream = null;
  }, LINGER_MS);
}

/**
 * refine's live provider over the `live.changes` subscription: ONE event stream per tab, whatever
 * the number of lists, show pages and charts subscribed; each gets the events of its channel, and
 * refine's liveMode "auto" refetches its queries. Events name resources and ids only, never values.
 */
export const liveProvider: LiveProvider = {
  subscribe: ({ channel, callback }) => {
    const subscriber: Subscriber = { channel, callback };
    subscribers.add(subscriber);
    open();
    return subscriber;
  },
  unsubscribe: (subscriber: Subscriber) => {
    subscribers.delete(subscriber);
    if (subscribers.size === 0) closeSoon();
  },
};
