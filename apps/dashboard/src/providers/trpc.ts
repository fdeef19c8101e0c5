import type { AppRouter } from "@tbc/server";
import {
  createTRPCClient,
  httpBatchLink,
  httpLink,
  httpSubscriptionLink,
  loggerLink,
  splitLink,
  TRPCClientError,
} from "@trpc/client";

/** The server refuses batches of more than 20 calls (apps/server/src/http/security.ts). */
export const MAX_BATCH_ITEMS = 20;

/** Calls that answer UNAUTHORIZED without meaning "your session has ended" (a wrong password). */
const NOT_A_SESSION_END = new Set(["auth.login"]);

const sessionEndListeners = new Set<() => void>();

/**
 * Called when any call is refused with UNAUTHORIZED: the session ended on the server (timeout,
 * signed out elsewhere, the account disabled by an admin). The auth provider signs out.
 */
export function onSessionEnd(listener: () => void): () => void {
  sessionEndListeners.add(listener);
  return () => sessionEndListeners.delete(listener);
}

function isUnauthorized(result: unknown): boolean {
  return (
    result instanceof TRPCClientError &&
    (result.data as { code?: unknown } | undefined)?.code === "UNAUTHORIZED"
  );
}

const sameOrigin = (input: RequestInfo | URL, init?: RequestInit) =>
  fetch(input, { ...init, credentials: "same-origin" });

/**
 * The one tRPC client of the dashboard: same origin, so the HttpOnly session cookie goes along and
 * the server's Origin check passes. Only `import type` from @tbc/server — nothing of it is bundled.
 * The logger link logs nothing: it watches every answer for UNAUTHORIZED (see onSessionEnd).
 * Subscriptions (the live updates, live-provider.ts) go over server-sent events, the rest batched.
 */
export const trpc = createTRPCClient<AppRouter>({
  links: [
    loggerLink({
      enabled: (opts) => opts.direction === "down" && isUnauthorized(opts.result),
      logger: (opts) => {
        if (opts.direction !== "down" || NOT_A_SESSION_END.has(opts.path)) return;
        for (const listener of sessionEndListeners) listener();
      },
    }),
    splitLink({
      condition: (op) => op.type === "subscription",
      // EventSource sends the same-origin cookie, and reconnects with the last event's id.
      true: httpSubscriptionLink({ url: "/trpc" }),
      // `context: { solo: true }`: a call that must not wait for the slowest of a batch (a batch is
      // answered once all of its calls are), as the session check sent at boot with the landing
      // page's data (session-prefetch.ts).
      false: splitLink({
        condition: (op) => op.context.solo === true,
        true: httpLink({ url: "/trpc", fetch: sameOrigin }),
        false: httpBatchLink({ url: "/trpc", maxItems: MAX_BATCH_ITEMS, fetch: sameOrigin }),
      }),
    }),
  ],
});

export type Trpc = typeof trpc;
