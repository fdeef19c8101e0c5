import type { AuthProvider } from "@refinedev/core";
import { translate } from "../i18n";
import { ApiError, toHttpError } from "./errors";
import { refreshSession, sessionUser, setSessionUser, wasSignedIn } from "./session";
import { onSessionEnd, trpc } from "./trpc";

export type LoginParams = { email: string; password: string };

/** Where a tab goes when its session ended on the server; the login page then says so. */
export const SESSION_ENDED_PATH = "/login?session=ended";

/**
 * Sign-out ends with a full page load of /login rather than a client-side redirect: it is the one
 * sure way to drop every cached query (lists, permissions) of the previous user before the next one
 * signs in on the same tab.
 */
let left = false;
let signingOut = false;
function leave(path = "/login"): void {
  if (left) return;
  left = true;
  window.location.replace(path);
}

/**
 * The session ended on the server while this tab was using it (timed out, ended by an admin, the
 * account disabled): sign out here too, and tell the user on the login page. Called for any
 * UNAUTHORIZED answer (the tRPC client watches them all) and when check() finds no session.
 */
export function sessionEnded(): void {
  if (left || signingOut || window.location.pathname === "/login") return;
  const known = wasSignedIn();
  setSessionUser(null);
  leave(known ? SESSION_ENDED_PATH : "/login");
}
onSessionEnd(sessionEnded);

/** Whether a failed sign-in was refused for too many attempts (the message says when to retry). */
export function isRateLimited(error: unknown): boolean {
  return error instanceof ApiError && error.code === "TOO_MANY_REQUESTS";
}

export const authProvider: AuthProvider = {
  login: async ({ email, password }: LoginParams) => {
    try {
      const user = await trpc.auth.login.mutate({ email, password });
      setSessionUser(user);
      return { success: true, redirectTo: "/" };
    } catch (err) {
      const error = toHttpError(err);
      // Too many attempts: the server's own words, which say when to try again.
      if (isRateLimited(error)) {
        error.name = translate("session.tooManyTitle");
        return { success: false, error };
      }
      const message =
        error.code === "UNAUTHORIZED"
          ? translate("pages.login.errors.invalid")
          : error.code === "BAD_REQUEST"
            ? translate("pages.login.errors.format")
            : translate("pages.login.errors.unavailable");
      return { success: false, error: { name: translate("pages.login.errors.title"), message } };
    }
  },

  logout: async () => {
    signingOut = true;
    try {
      await trpc.auth.logout.mutate();
    } catch {
      // Signing out must always leave the app, even when the server cannot be reached.
    }
    setSessionUser(null);
    leave();
    return { success: true };
  },

  check: async () => {
    try {
      const user = await refreshSession();
      if (user) return { authenticated: true };
      // Signed in a moment ago, not any more: the session ended on the server.
      if (wasSignedIn()) sessionEnded();
    } catch {
      // The server is unreachable: treat as signed out, the login page will say if it is down.
    }
    return { authenticated: false, redirectTo: "/login" };
  },

  getIdentity: async () => sessionUser(),

  getPermissions: async () => (await sessionUser())?.role ?? null,

  /**
   * 401: the session ended (timeout, signed out elsewhere, account disabled) → the login page,
   * which says so (the tRPC client has usually seen the 401 first; sessionEnded() runs once).
   * 403: signed in but the role may not do this → stay; the failing hook shows the message.
   */
  onError: async (err) => {
    const error = toHttpError(err);
    if (error.statusCode === 401) sessionEnded();
    return {};
  },
};
