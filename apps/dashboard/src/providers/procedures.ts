import { type HttpError, useCustom, useCustomMutation } from "@refinedev/core";
import { useState } from "react";
import { type ApiError, callApi } from "./errors";
import { type Trpc, trpc } from "./trpc";

/**
 * The one typed mapping from a procedure's name to the tRPC client call behind it: every procedure
 * the pages call outside the generic data provider (which addresses resources by name, see
 * data-provider.ts). Inputs and outputs are the router's own types (through the client, from
 * `AppRouter`): renaming a procedure breaks this table, reshaping one breaks the pages that use it.
 * Names stay dotted strings because refine keys its cache by them.
 */
function queriesOf(client: Trpc) {
  return {
    "overview.kpis": client.overview.kpis.query,
    "overview.map": client.overview.map.query,
    "outcomes.kpis": client.outcomes.kpis.query,
    "outcomes.byYear": client.outcomes.byYear.query,
    "outcomes.byCrimeArea": client.outcomes.byCrimeArea.query,
    "outcomes.topOperations": client.outcomes.topOperations.query,
    "engagement.series": client.engagement.series.query,
    "engagement.totals": client.engagement.totals.query,
    "engagement.markers": client.engagement.markers.query,
    "channels.list": client.channels.list.query,
    "agencies.byCountry": client.agencies.byCountry.query,
    "agencies.duplicates": client.agencies.duplicates.query,
    "agencies.history": client.agencies.history.query,
    "operations.history": client.operations.history.query,
    "users.sessions": client.users.sessions.query,
    "auth.sessions": client.auth.sessions.query,
    "auth.demo": client.auth.demo.query,
    "imports.limits": client.imports.limits.query,
  };
}

function mutationsOf(client: Trpc) {
  return {
    "agencies.approve": client.agencies.approve.mutate,
    "users.disable": client.users.disable.mutate,
    "users.enable": client.users.enable.mutate,
    "users.resetPassword": client.users.resetPassword.mutate,
    "users.endSessions": client.users.endSessions.mutate,
    "auth.changePassword": client.auth.changePassword.mutate,
    "auth.endSession": client.auth.endSession.mutate,
    "seizures.create": client.seizures.create.mutate,
    "aliases.create": client.aliases.create.mutate,
  };
}

type Queries = ReturnType<typeof queriesOf>;
type Mutations = ReturnType<typeof mutationsOf>;
export type QueryName = keyof Queries;
export type MutationName = keyof Mutations;
export type QueryInput<K extends QueryName> = Parameters<Queries[K]>[0];
export type QueryOutput<K extends QueryName> = Awaited<ReturnType<Queries[K]>>;
export type MutationInput<K extends MutationName> = Parameters<Mutations[K]>[0];
export type MutationOutput<K extends MutationName> = Awaited<ReturnType<Mutations[K]>>;

// Restated as mapped types so that `QUERIES[name](input)` type-checks for a generic name (a
// correlated union: TypeScript cannot relate a union of functions to a union of inputs otherwise).
const QUERIES: { [K in QueryName]: (input: QueryInput<K>) => Promise<QueryOutput<K>> } = queriesOf(trpc);
const MUTATIONS: { [K in MutationName]: (input: MutationInput<K>) => Promise<MutationOutput<K>> } =
  mutationsOf(trpc);

/** One query outside React (a report, a batch of per-channel totals); errors as ApiError. */
export function fetchProcedure<K extends QueryName>(name: K, input: QueryInput<K>): Promise<QueryOutput<K>> {
  return callApi(() => QUERIES[name](input));
}

/** How long a prefetched answer may wait for the page that asked for it. */
const PREFETCH_TTL_MS = 15_000;
type Prefetched = { at: number; answer: Promise<unknown>; arrived?: { value: unknown } };
const prefetched = new Map<string, Prefetched>();
const prefetchKey = (name: QueryName, input: unknown) => `${name} ${JSON.stringify(input ?? null)}`;

/**
 * Starts a query before the page that shows it has loaded (at boot, in parallel with the page's
 * code): the page's useProcedure with the same name and input then takes this answer, once, instead
 * of asking again. A failed prefetch is simply asked again by the page.
 */
export function prefetchProcedure<K extends QueryName>(name: K, input: QueryInput<K>): void {
  const answer = fetchProcedure(name, input);
  const entry: Prefetched = { at: Date.now(), answer };
  answer.then(
    (value) => {
      entry.arrived = { value };
    },
    () => {},
  );
  prefetched.set(prefetchKey(name, input), entry);
}

/**
 * The answer prefetched for this name and input if it has already arrived, once, while it is fresh:
 * the page renders with it at once (react-query's initialData) rather than rendering "loading" first
 * and again a tick later, when the promise answers.
 */
function takeArrived<K extends QueryName>(
  name: K,
  input: QueryInput<K>,
): { at: number; value: QueryOutput<K> } | undefined {
  const key = prefetchKey(name, input);
  const hit = prefetched.get(key);
  if (!hit?.arrived || Date.now() - hit.at > PREFETCH_TTL_MS) return undefined;
  prefetched.delete(key);
  return { at: hit.at, value: hit.arrived.value as QueryOutput<K> };
}

function takePrefetched<K extends QueryName>(
  name: K,
  input: QueryInput<K>,
): Promise<QueryOutput<K>> | undefined {
  const key = prefetchKey(name, input);
  const hit = prefetched.get(key);
  if (!hit) return undefined;
  prefetched.delete(key);
  if (Date.now() - hit.at > PREFETCH_TTL_MS) return undefined;
  return (hit.answer as Promise<QueryOutput<K>>).catch(() => fetchProcedure(name, input));
}

/** refine's custom hooks hold records; any output (a list, null) travels boxed. */
type Boxed<T> = { result: T };

export type ProcedureOptions = {
  /** Keep the previous answer on screen while a new input loads (charts: no flash of empty). */
  keepPrevious?: boolean;
  staleTime?: number;
  enabled?: boolean;
  /** refine's error toast as well (pages without a place of their own to say it). */
  toastErrors?: boolean;
};

/**
 * One query of a procedure, through refine's useCustom so that refine's cache, its session check
 * (authProvider.onError) and its loading states apply as for every other query. Errors show where
 * the data would, not as a toast (unless `toastErrors`).
 */
export function useProcedure<K extends QueryName>(
  name: K,
  input: QueryInput<K>,
  options: ProcedureOptions = {},
) {
  // A prefetched answer already here is the first render's data (its key kept: only for that input).
  const [arrived] = useState(() => {
    if (options.enabled === false) return undefined;
    const hit = takeArrived(name, input);
    return hit && { key: prefetchKey(name, input), ...hit };
  });
  const initial =
    arrived && arrived.key === prefetchKey(name, input)
      ? { initialData: { data: { result: arrived.value } }, initialDataUpdatedAt: arrived.at }
      : {};
  const { query } = useCustom<Boxed<QueryOutput<K>>, ApiError>({
    url: "",
    method: "get",
    meta: { procedure: name },
    config: { query: input },
    queryOptions: {
      queryFn: async () => ({
        data: { result: await (takePrefetched(name, input) ?? fetchProcedure(name, input)) },
      }),
      ...initial,
      ...(options.keepPrevious ? { placeholderData: (previous) => previous } : {}),
      ...(options.staleTime === undefined ? {} : { staleTime: options.staleTime }),
      ...(options.enabled === undefined ? {} : { enabled: options.enabled }),
    },
    ...(options.toastErrors ? {} : { errorNotification: false as const }),
  });
  return {
    data: query.data?.data.result,
    loading: query.isLoading,
    fetching: query.isFetching,
    error: query.isError,
    updatedAt: query.dataUpdatedAt,
    refetch: query.refetch,
  };
}

type Notice<T> = false | ((value: T) => { message: string; description?: string; type: "success" | "error" });

export type MutateOptions<K extends MutationName> = {
  /** Shown by refine on success (none when left out). */
  successNotification?: Notice<MutationOutput<K>>;
  /** Shown by refine on failure; refine's generic error toast when left out. */
  errorNotification?: Notice<ApiError>;
  onSuccess?: (output: MutationOutput<K>) => void;
  onError?: (error: HttpError) => void;
  onSettled?: () => void;
};

/**
 * One mutation of a procedure, through refine's useCustomMutation (its notifications and session
 * check). `mutate(input, options)`.
 */
export function useProcedureMutation<K extends MutationName>(name: K) {
  const { mutation } = useCustomMutation<Boxed<MutationOutput<K>>, ApiError, MutationInput<K>>({
    mutationOptions: {
      mutationFn: async ({ values }) => ({ data: { result: await callApi(() => MUTATIONS[name](values)) } }),
    },
  });
  const mutate = (input: MutationInput<K>, options: MutateOptions<K> = {}) => {
    const { successNotification, errorNotification } = options;
    mutation.mutate(
      {
        url: "",
        method: "post",
        values: input,
        meta: { procedure: name },
        ...(successNotification === undefined
          ? {}
          : {
              successNotification:
                successNotification && ((data) => (data ? successNotification(data.data.result) : false)),
            }),
        ...(errorNotification === undefined
          ? {}
          : {
              errorNotification: errorNotification && ((error) => (error ? errorNotification(error) : false)),
            }),
      },
      {
        onSuccess: (data) => options.onSuccess?.(data.data.result),
        onError: (error) => options.onError?.(error),
        onSettled: () => options.onSettled?.(),
      },
    );
  };
  return { mutate, mutation };
}
