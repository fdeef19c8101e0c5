import type { AppRouter } from "@tbc/server";
import { createTRPCClient, httpBatchLink } from "@trpc/client";

/**
 * The one tRPC client of the dashboard: same origin, so the HttpOnly session cookie goes along and
 * the server's Origin check passes. Only `import type` from @tbc/server — nothing of it is bundled.
 */
export const trpc = createTRPCClient<AppRouter>({
  links: [
    httpBatchLink({
      url: "/trpc",
      fetch: (input, init) => fetch(input, { ...init, credentials: "same-origin" }),
    }),
  ],
});

export type Trpc = typeof trpc;
