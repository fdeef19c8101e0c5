import { mayHaveSession } from "./providers/session-hint";

/**
 * At boot, before the first render: the landing page's code, data and map shapes are requested at
 * once, in parallel with the shell's own start (rendering, the session check), rather than one
 * after the other once the route has rendered. Only for `/` and only when this browser likely has
 * a session (no refused calls for a visitor who will sign in first). Anything that fails here is
 * simply loaded again the ordinary way.
 */
export function prefetchLandingPage(location: Location): void {
  if (location.pathname !== "/" || !mayHaveSession()) return;
  // The data's small module first, the page's code once it has run: requested together, the page's
  // module graph (recharts) kept the main thread busy and the data requests left seconds later
  // (bench/load.ts, on a busy machine), for the one round trip this costs the page's code.
  void import("./pages/overview/prefetch")
    .then((m) => m.prefetchOverview(location.search))
    .catch(() => {})
    .finally(() => void import("./pages/overview").catch(() => {}));
}
