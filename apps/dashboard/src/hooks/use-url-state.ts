import { useCallback, useEffect, useMemo, useRef } from "react";
import { useLocation, useNavigate } from "react-router";
import { type ArrayFormat, parseQuery, serializeQuery, type UrlSchema, type UrlState } from "./url-state";

export type UrlWrite = {
  /** A new history entry (a cross-filter Back should undo) instead of replacing the current one. */
  push?: boolean;
  /** Milliseconds to wait for more changes (typing); the last change wins. */
  debounce?: number;
};

type Pending<T> = { state: T; timer: ReturnType<typeof setTimeout>; from: string };

const here = () => `${window.location.pathname}${window.location.search}`;

/**
 * A page's state kept in the URL query, validated by the page's zod schema (see url-state.ts).
 *
 * Issue 15: a write used to land after the user had left the page. React Router applies a
 * navigation in a transition, so the page being left stays mounted while the next page loads its
 * code, and a debounced write that fired then navigated "?…" relative to the old page: the browser
 * went back to it. Here every write is bound to the page that owns the state:
 * - it changes only the query of the owner's path, and is dropped when the browser is no longer on
 *   that path (checked against `window.location`, which moves before React renders the next page);
 * - a pending (debounced) write is cancelled when the page unmounts, on Back/Forward (popstate), and
 *   when anything else navigated since it was scheduled;
 * - `flush()` writes it at once (the filter bar calls it when the field loses focus or on Enter, so
 *   that leaving through a link keeps what was typed in the page's own history entry).
 */
export function useUrlState<S extends UrlSchema>(schema: S, options: { arrays?: ArrayFormat } = {}) {
  type State = UrlState<S>;
  const location = useLocation();
  const navigate = useNavigate();
  const owner = useRef(location.pathname);
  const state = useMemo(() => parseQuery(schema, location.search), [schema, location.search]);
  const latest = useRef(state);
  latest.current = state;
  const pending = useRef<Pending<State> | null>(null);
  const arrays = options.arrays;

  const cancel = useCallback(() => {
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
  }, []);

  const write = useCallback(
    (next: State, push: boolean) => {
      if (window.location.pathname !== owner.current) return;
      const search = serializeQuery(schema, next, { arrays });
      if (`?${search}` === window.location.search || (!search && !window.location.search)) return;
      void navigate({ pathname: owner.current, search: search ? `?${search}` : "" }, { replace: !push });
      // The next change builds on this one even before the page re-renders with the new URL.
      latest.current = next;
    },
    [schema, arrays, navigate],
  );

  const set = useCallback(
    (next: State | ((previous: State) => State), write_: UrlWrite = {}) => {
      const base = pending.current?.state ?? latest.current;
      const value = typeof next === "function" ? (next as (p: State) => State)(base) : next;
      cancel();
      if (!write_.debounce) {
        write(value, !!write_.push);
        return;
      }
      const from = here();
      const timer = setTimeout(() => {
        pending.current = null;
        // Someone else navigated meanwhile (a link, Back): their URL wins.
        if (here() === from) write(value, !!write_.push);
      }, write_.debounce);
      pending.current = { state: value, timer, from };
    },
    [cancel, write],
  );

  const flush = useCallback(() => {
    const waiting = pending.current;
    if (!waiting) return;
    cancel();
    if (here() === waiting.from) write(waiting.state, false);
  }, [cancel, write]);

  useEffect(() => {
    window.addEventListener("popstate", cancel);
    return () => {
      window.removeEventListener("popstate", cancel);
      cancel();
    };
  }, [cancel]);

  return { state, set, flush, pending: () => pending.current !== null };
}
