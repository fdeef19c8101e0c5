import type { BaseRecord, DataProvider } from "@refinedev/core";
import { translate } from "../i18n";
import { toHttpError } from "./errors";
import { toId, toListInput, toManyInput, toProcedurePath, toUpdateInput } from "./requests";
import { trpc } from "./trpc";

/**
 * The tRPC proxy seen as a tree of procedures. Resources are addressed by name at runtime
 * (`trpc[resource].list`), which the router's static types cannot express; the shapes checked here
 * are the GUIDE's naming contract, which every resource router follows.
 */
type Procedure = {
  query(input?: unknown): Promise<unknown>;
  mutate(input?: unknown): Promise<unknown>;
};
type ProcedureTree = { [key: string]: ProcedureTree & Procedure };
export type LooseClient = ProcedureTree;

function procedure(client: LooseClient, path: string[]): Procedure {
  let node: ProcedureTree & Partial<Procedure> = client;
  for (const key of path) node = node[key] as ProcedureTree & Procedure;
  return node as Procedure;
}

/** Errors whose server text is generic get the user's language; field and conflict texts stay. */
const LOCALIZED: Record<string, string> = {
  FORBIDDEN: "notifications.forbidden",
  UNAUTHORIZED: "notifications.signedOut",
  NETWORK: "notifications.network",
  INTERNAL_SERVER_ERROR: "notifications.internal",
};

async function call<T>(run: () => Promise<unknown>): Promise<T> {
  try {
    return (await run()) as T;
  } catch (err) {
    const error = toHttpError(err);
    const key = LOCALIZED[error.code];
    if (key) error.message = translate(key);
    throw error;
  }
}

/** One provider for every resource; `client` is injectable so that tests can record the calls. */
export function createDataProvider(client: LooseClient = trpc as unknown as LooseClient): DataProvider {
  const at = (resource: string, name: string) => procedure(client, [resource, name]);

  return {
    getApiUrl: () => "/trpc",

    getList: async <T extends BaseRecord>({
      resource,
      pagination,
      sorters,
      filters,
    }: Parameters<DataProvider["getList"]>[0]) => {
      const input = toListInput({ pagination, sorters, filters });
      return call<{ data: T[]; total: number }>(() => at(resource, "list").query(input));
    },

    getMany: async <T extends BaseRecord>({
      resource,
      ids,
    }: {
      resource: string;
      ids: (string | number)[];
    }) => {
      const { data } = await call<{ data: T[] }>(() => at(resource, "list").query(toManyInput(ids)));
      return { data };
    },

    getOne: async <T extends BaseRecord>({ resource, id }: { resource: string; id: string | number }) => ({
      data: await call<T>(() => at(resource, "get").query({ id: toId(id) })),
    }),

    create: async <T extends BaseRecord>({
      resource,
      variables,
    }: {
      resource: string;
      variables: unknown;
    }) => ({
      data: await call<T>(() => at(resource, "create").mutate({ values: variables })),
    }),

    update: async <T extends BaseRecord>({
      resource,
      id,
      variables,
      meta,
    }: Parameters<DataProvider["update"]>[0]) => ({
      data: await call<T>(() => at(resource, "update").mutate(toUpdateInput(id, variables, meta))),
    }),

    deleteOne: async <T extends BaseRecord>({ resource, id }: { resource: string; id: string | number }) => ({
      data: await call<T>(() => at(resource, "delete").mutate({ id: toId(id) })),
    }),

    /**
     * Any other procedure: `meta.procedure` names it, `payload` (mutations) or `query` (queries) is
     * its input; method "get" means a tRPC query, every other method a mutation.
     */
    custom: async <T extends BaseRecord>({
      method,
      payload,
      query,
      meta,
    }: Parameters<NonNullable<DataProvider["custom"]>>[0]) => {
      const target = procedure(client, toProcedurePath(meta));
      const input = payload ?? query;
      const data = await call<T>(() => (method === "get" ? target.query(input) : target.mutate(input)));
      return { data };
    },
  };
}

export const dataProvider = createDataProvider();
