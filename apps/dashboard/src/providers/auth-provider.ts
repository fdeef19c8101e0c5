import type { AuthProvider } from "@refinedev/core";
import { translate } from "../i18n";
import { toHttpError } from "./errors";
import { refreshSession, sessionUser, setSessionUser } from "./session";
import { trpc } from "./trpc";

export type LoginParams = { email: string; password: string };

/**
 * Sign-out ends with a full page load of /login rather than a client-side redirect: it is the one
 * sure way to drop every cached query (lists, permissions) of the previous user before the next one
 * signs in on the same tab.
 */
function leave(): void {
  window.location.replace("/login");
}

export const authProvider: AuthProvider = {
  login: async ({ email, password }: LoginParams) => {
    try {
      const user = await trpc.auth.login.mutate({ email, password });
      setSessionUser(user);
      return { success: true, redirectTo: "/" };
    } catch (err) {
      const error = toHttpError(err);
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
    } catch {
      // The server is unreachable: treat as signed out, the login page will say if it is down.
    }
    return { authenticated: false, redirectTo: "/login" };
  },

  getIdentity: async () => sessionUser(),

  getPermissions: async () => (await sessionUser())?.role ?? null,

  /**
   * 401: the session ended (timeout, signed out elsewhere) → back to the login page.
   * 403: signed in but the role may not do this → stay; the failing hook shows the message.
   */
  onError: async (err) => {
    const error = toHttpError(err);
    if (error.statusCode === 401) return { logout: true, redirectTo: "/login", error };
    return {};
  },
};
