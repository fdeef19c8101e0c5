/**
 * Whether this browser had a session when it last looked (localStorage: it outlives the tab): a
 * hint that makes the entry prefetch the landing page's data only when it will likely be answered.
 * Apart from session.ts, which keeps it, so that the entry can read it without the session's code.
 */
export const SESSION_HINT_KEY = "tbc.session";

export function mayHaveSession(): boolean {
  try {
    return localStorage.getItem(SESSION_HINT_KEY) === "1";
  } catch {
    return false;
  }
}
