import type { BaseKey, BaseRecord, DataProvider } from "@refinedev/core";
import { callApi } from "./errors";
import { type ListInput, toId, toListInput, toManyInput, toUpdateInput, toValues } from "./requests";
import { type Trpc, trpc } from "./trpc";

type Id = { id: BaseKey };
type UpdateInput = ReturnType<typeof toUpdateInput>;

/**
 * What the provider needs of a resource router (ARCHITECTURE.md §2): `list`, `get`, `create`, `update`,
 * `delete`, each where the router has it. Declared as methods on purpose: refine hands over form
 * values and ids it cannot type (`Record<string, unknown>`, a string or number key), and method
 * parameters are compared both ways, so that each router's own, narrower input is accepted here —
 * the server's zod schema is what checks them. Outputs are checked the strict way.
 */
type CrudProcedures = {
  list?(input: ListInput): Promise<{ data: BaseRecord[]; total: number }>;
  get?(input: Id): Promise<BaseRecord>;
  create?(input: { values: Record<string, unknown> }): Promise<BaseRecord>;
  update?(input: UpdateInput): Promise<BaseRecord>;
  delete?(input: Id): Promise<unknown>;
};

/** refine's resource names → their routers' procedures (a resource is addressed by name). */
function resourcesOf(c: Trpc) {
  return {
    agencies: {
      list: c.agencies.list.query,
      get: c.agencies.get.query,
      create: c.agencies.create.mutate,
      update: c.agencies.update.mutate,
      delete: c.agencies.delete.mutate,
    },
    operations: {
      list: c.operations.list.query,
      get: c.operations.get.query,
      create: c.operations.create.mutate,
      update: c.operations.update.mutate,
      delete: c.operations.delete.mutate,
    },
    users: {
      list: c.users.list.query,
      get: c.users.get.query,
      create: c.users.create.mutate,
      update: c.users.update.mutate,
    },
    aliases: {
      list: c.aliases.list.query,
      get: c.aliases.get.query,
      create: c.aliases.create.mutate,
      update: c.aliases.update.mutate,
      delete: c.aliases.delete.mutate,
    },
    seizures: { delete: c.seizures.delete.mutate },
    crimeAreas: { list: c.crimeAreas.list.query, create: c.crimeAreas.create.mutate },
    channels: { list: c.channels.list.query, create: c.channels.create.mutate },
    countries: { list: c.countries.list.query },
    imports: { list: c.imports.list.query },
    posts: { list: c.posts.list.query },
    audit: { list: c.audit.list.query },
  } satisfies Record<string, CrudProcedures>;
}

export type ResourceName = keyof ReturnType<typeof resourcesOf>;

function isResource(name: string, resources: object): name is ResourceName {
  return Object.hasOwn(resources, name);
}

/**
 * One call of a resolved procedure (resolved first: an unknown resource is a programming error,
 * not a network one). refine's methods are generic in the record type their caller names
 * (`useTable<Agency>`): the router's output is checked against BaseRecord by CrudProcedures, the
 * caller's narrower name is taken on trust (`as T` below, as in every refine data provider).
 */
function send<I, O>(procedure: (input: I) => Promise<O>, input: I): Promise<O> {
  return callApi(() => procedure(input));
}

/** One provider for every resource; `client` is injectable so that tests can record the calls. */
export function createDataProvider(client: Trpc = trpc): DataProvider {
  const resources: Record<ResourceName, CrudProcedures> = resourcesOf(client);
  const at = <M extends keyof CrudProcedures>(
    resource: string,
    method: M,
  ): NonNullable<CrudProcedures[M]> => {
    const found = isResource(resource, resources) ? resources[resource][method] : undefined;
    if (!found) throw new Error(`The resource "${resource}" has no ${method} procedure`);
    return found;
  };

  return {
    getApiUrl: () => "/trpc",

    getList: async <T extends BaseRecord>({
      resource,
      pagination,
      sorters,
      filters,
    }: Parameters<DataProvider["getList"]>[0]) => {
      const input = toListInput({ pagination, sorters, filters });
      const { data, total } = await send(at(resource, "list"), input);
      return { data: data as T[], total };
    },

    getMany: async <T extends BaseRecord>({ resource, ids }: { resource: string; ids: BaseKey[] }) => {
      const { data } = await send(at(resource, "list"), toManyInput(ids));
      return { data: data as T[] };
    },

    getOne: async <T extends BaseRecord>({ resource, id }: { resource: string; id: BaseKey }) => ({
      data: (await send(at(resource, "get"), { id: toId(id) })) as T,
    }),

    create: async <T extends BaseRecord>({
      resource,
      variables,
    }: {
      resource: string;
      variables: unknown;
    }) => ({
      data: (await send(at(resource, "create"), { values: toValues(variables) })) as T,
    }),

    update: async <T extends BaseRecord>({
      resource,
      id,
      variables,
      meta,
    }: Parameters<DataProvider["update"]>[0]) => ({
      data: (await send(at(resource, "update"), toUpdateInput(id, variables, meta))) as T,
    }),

    deleteOne: async <T extends BaseRecord>({ resource, id }: { resource: string; id: BaseKey }) => ({
      data: (await send(at(resource, "delete"), { id: toId(id) })) as T,
    }),

    /**
     * Every other procedure goes through providers/procedures.ts (typed by name); refine's custom
     * hooks need this method to exist, but the typed hooks bring their own query function.
     */
    custom: async () => {
      throw new Error(
        "Call procedures through useProcedure / useProcedureMutation (providers/procedures.ts)",
      );
    },
  };
}

export const dataProvider = createDataProvider();
