import type { SessionUser } from "@tbc/types";
import { trpc } from "./trpc";

/**
 * The signed-in user as the server last reported it. check() refreshes it on every route change;
 * identity, permissions and access control read the same promise rather than asking again.
 */
let current: Promise<SessionUser | null> | null = null;
let inFlight: Promise<SessionUser | null> | null = null;

export function refreshSession(): Promise<SessionUser | null> {
  // Several checks at once (layout and login routes) share one request.
  if (inFlight) return inFlight;
  const request = trpc.auth.me.query();
  inFlight = request;
  current = request;
  request.then(
    () => {
      inFlight = null;
    },
    () => {
      // A failed request must not stick: the next reader asks again.
      inFlight = null;
      if (current === request) current = null;
    },
  );
  return request;
}

export function sessionUser(): Promise<SessionUser | null> {
  return current ?? refreshSession();
}

export function setSessionUser(user: SessionUser | null): void {
  inFlight = null;
  current = Promise.resolve(user);
}
