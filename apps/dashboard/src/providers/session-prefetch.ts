import type { SessionUser } from "@tbc/types";
import { trpc } from "./trpc";

/** How long a session check sent at boot may wait for the app's first check to take it. */
const PREFETCH_TTL_MS = 15_000;
let early: { at: number; answer: Promise<SessionUser | null> } | null = null;

/**
 * The session check sent at boot with the landing page's data, instead of once the app
 * has loaded and rendered its first route: that round trip was on the way to the first chart. Apart
 * from session.ts so that the landing prefetch does not load the session's code (i18n, locale).
 */
export function prefetchSession(): void {
  // Its own request: a batch would hold it until the slowest chart's answer.
  const answer = trpc.auth.me.query(undefined, { context: { solo: true } });
  answer.catch(() => {});
  early = { at: Date.now(), answer };
}

/** The check sent at boot, once (later checks ask the server again); a failed one is asked again. */
export function takePrefetchedSession(): Promise<SessionUser | null> | null {
  const hit = early;
  early = null;
  if (!hit || Date.now() - hit.at > PREFETCH_TTL_MS) return null;
  return hit.answer.catch(() => trpc.auth.me.query(undefined, { context: { solo: true } }));
}
