import type { SessionUser } from "@tbc/types";
import { SESSION_HINT_KEY } from "./session-hint";
import { takePrefetchedSession } from "./session-prefetch";
import { trpc } from "./trpc";
import { followProfileLocale } from "./user-locale";

/**
 * The signed-in user as the server last reported it. check() refreshes it on every route change;
 * identity, permissions and access control read the same promise rather than asking again.
 */
let current: Promise<SessionUser | null> | null = null;
let inFlight: Promise<SessionUser | null> | null = null;
/** What the last answered check said (undefined: none answered yet), for what must render at once. */
let answered: SessionUser | null | undefined;
/**
 * Whether this tab has seen a signed-in user: a session that then disappears has "ended" (the login
 * page says so). Kept in sessionStorage (a flag, nothing secret) so that it survives a reload of the
 * tab; signing out clears it.
 */
const SIGNED_IN_KEY = "tbc.signedIn";
let seenSignedIn = readFlag();

function readFlag(): boolean {
  try {
    return sessionStorage.getItem(SIGNED_IN_KEY) === "1";
  } catch {
    return false; // no storage (tests, disabled): this page's memory only
  }
}

function markSignedIn(value: boolean): void {
  seenSignedIn = value;
  try {
    if (value) sessionStorage.setItem(SIGNED_IN_KEY, "1");
    else sessionStorage.removeItem(SIGNED_IN_KEY);
    if (value) localStorage.setItem(SESSION_HINT_KEY, "1");
    else localStorage.removeItem(SESSION_HINT_KEY);
  } catch {
    // Not persisted; the flag still holds for this page.
  }
}

function forgetSessionHint(): void {
  try {
    localStorage.removeItem(SESSION_HINT_KEY);
  } catch {
    // Nothing stored, nothing to forget.
  }
}

export function wasSignedIn(): boolean {
  return seenSignedIn;
}

export function refreshSession(): Promise<SessionUser | null> {
  // Several checks at once (layout and login routes) share one request.
  if (inFlight) return inFlight;
  const request = takePrefetchedSession() ?? trpc.auth.me.query();
  inFlight = request;
  current = request;
  request.then(
    (user) => {
      inFlight = null;
      answered = user;
      if (user) markSignedIn(true);
      else forgetSessionHint();
      followProfileLocale(user);
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

/**
 * The user as the last answered check reported it, without waiting: undefined before any answer.
 * Inside the signed-in layout a check has always answered (refine's Authenticated awaits one).
 */
export function answeredSessionUser(): SessionUser | null | undefined {
  return answered;
}

export function setSessionUser(user: SessionUser | null): void {
  inFlight = null;
  answered = user;
  markSignedIn(user !== null);
  followProfileLocale(user);
  current = Promise.resolve(user);
}
