import type { CrudFilter } from "@refinedev/core";
import { parseTableParams, stringifyTableParams } from "@refinedev/core";
import type { AppRouter } from "@tbc/server";
import { createTRPCClient, httpLink, TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { createDataProvider } from "../src/providers/data-provider";
import { ApiError, toHttpError } from "../src/providers/errors";
import { encodeQueryValues } from "../src/providers/query-encoding";
import { toId, toListInput, toManyInput, toUpdateInput } from "../src/providers/requests";

/** An error response exactly as the server's error formatter shapes it (apps/server/src/trpc.ts). */
function serverError(code: string, httpStatus: number, message: string, extra: object = {}) {
  return TRPCClientError.from({
    error: { code: -32000, message, data: { code, httpStatus, path: "agencies.create", ...extra } },
  });
}

describe("toHttpError", () => {
  it("maps field errors to refine's errors map and keeps the status", () => {
    const err = toHttpError(
      serverError("BAD_REQUEST", 400, "Please correct: name: Enter the agency's name", {
        fieldErrors: { name: ["Enter the agency's name"], countryCode: ["Unknown country code XX"] },
      }),
    );
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({
      statusCode: 400,
      code: "BAD_REQUEST",
      message: "Please correct: name: Enter the agency's name",
      errors: { name: ["Enter the agency's name"], countryCode: ["Unknown country code XX"] },
    });
  });

  it.each([
    ["CONFLICT", 409],
    ["FORBIDDEN", 403],
    ["UNAUTHORIZED", 401],
    ["NOT_FOUND", 404],
  ])("keeps %s as status %i, without errors", (code, status) => {
    const err = toHttpError(serverError(code, status, "nope"));
    expect(err.statusCode).toBe(status);
    expect(err.code).toBe(code);
    expect(err.errors).toBeUndefined();
  });

  it("falls back to the code's status when httpStatus is missing", () => {
    const err = toHttpError(
      TRPCClientError.from({ error: { code: -32603, message: "x", data: { code: "CONFLICT" } } }),
    );
    expect(err.statusCode).toBe(409);
  });

  it("ignores a fieldErrors value that is not a map of string lists", () => {
    const err = toHttpError(serverError("BAD_REQUEST", 400, "bad", { fieldErrors: { name: "not a list" } }));
    expect(err.errors).toBeUndefined();
  });

  it("reports a request that never reached the server as NETWORK, status 0", () => {
    const err = toHttpError(TRPCClientError.from(new TypeError("Failed to fetch")));
    expect(err).toMatchObject({ statusCode: 0, code: "NETWORK", message: "Failed to fetch" });
    expect(toHttpError(new Error("boom"))).toMatchObject({ statusCode: 0, code: "NETWORK" });
  });

  it("returns an ApiError as it is", () => {
    const err = new ApiError("x", 409, "CONFLICT");
    expect(toHttpError(err)).toBe(err);
  });
});

/** Every refine operator, nested and/or included, with the value types refine and the URL produce. */
const ALL_FILTERS: CrudFilter[] = [
  { field: "name", operator: "contains", value: "police" },
  { field: "countryCode", operator: "eq", value: "FR" },
  { field: "kind", operator: "in", value: ["customs", "coast_guard"] },
  { field: "id", operator: "between", value: ["1", "9"] },
  { field: "region", operator: "null", value: true },
  { field: "acronym", operator: "nendswiths", value: "X" },
  {
    operator: "or",
    value: [
      { field: "status", operator: "eq", value: "pending" },
      { operator: "and", value: [{ field: "pledgedOn", operator: "gte", value: "2014-01-01" }] },
    ],
  },
];

describe("request shaping", () => {
  it("passes filters and sorters through unchanged", () => {
    const sorters = [{ field: "name", order: "desc" as const }];
    const input = toListInput({
      pagination: { currentPage: 3, pageSize: 50 },
      sorters,
      filters: ALL_FILTERS,
    });
    expect(input).toEqual({ pagination: { currentPage: 3, pageSize: 50 }, sorters, filters: ALL_FILTERS });
  });

  it("defaults pagination and keeps its mode", () => {
    expect(toListInput({})).toEqual({ pagination: { currentPage: 1, pageSize: 10 } });
    expect(toListInput({ pagination: { mode: "off" } }).pagination).toEqual({
      currentPage: 1,
      pageSize: 10,
      mode: "off",
    });
  });

  it("turns numeric route ids into numbers, leaves codes alone", () => {
    expect(toId("12")).toBe(12);
    expect(toId(7)).toBe(7);
    expect(toId("FR")).toBe("FR");
  });

  it("takes the version from the variables, else from meta, and never sends it as a value", () => {
    expect(toUpdateInput("4", { name: "A", version: 3 })).toEqual({
      id: 4,
      version: 3,
      values: { name: "A" },
    });
    expect(toUpdateInput(4, { name: "A" }, { version: 5 })).toEqual({
      id: 4,
      version: 5,
      values: { name: "A" },
    });
    expect(toUpdateInput(4, { name: "A" }).version).toBeUndefined();
  });

  it("asks for many records with an `in` filter on id", () => {
    expect(toManyInput(["1", 2])).toEqual({
      pagination: { currentPage: 1, pageSize: 2, mode: "off" },
      filters: [{ field: "id", operator: "in", value: [1, 2] }],
    });
  });

  it("refuses a filter operator the server does not know", () => {
    expect(() => toListInput({ filters: [{ field: "name", operator: "eqs", value: "X" }] })).toThrow(/eqs/);
  });
});

type Reply = { status: number; body: unknown };
const ok = (data: unknown): Reply => ({ status: 200, body: { result: { data } } });

/**
 * The real tRPC client over a recording transport: no server, only the provider's wiring. Each
 * request is recorded as the procedure path, its kind and its input; `reply` answers it.
 */
function recordingClient(reply: (path: string, input: unknown) => Reply = () => ok({ data: [], total: 0 })) {
  const calls: { path: string; kind: "query" | "mutate"; input: unknown }[] = [];
  const client = createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: "http://dashboard.test/trpc",
        fetch: async (url, init) => {
          const { pathname, searchParams } = new URL(String(url));
          const path = decodeURIComponent(pathname.slice("/trpc/".length));
          const kind = init?.method === "POST" ? "mutate" : "query";
          const raw = kind === "mutate" ? init?.body : searchParams.get("input");
          const input: unknown = typeof raw === "string" ? JSON.parse(raw) : undefined;
          calls.push({ path, kind, input });
          const { status, body } = reply(path, input);
          return new Response(JSON.stringify(body), {
            status,
            headers: { "content-type": "application/json" },
          });
        },
      }),
    ],
  });
  return { client, calls };
}

describe("createDataProvider", () => {
  it("routes every method to the resource router's list, get, create, update and delete", async () => {
    const { client, calls } = recordingClient();
    const dp = createDataProvider(client);
    await dp.getList({
      resource: "agencies",
      filters: ALL_FILTERS,
      pagination: { currentPage: 2, pageSize: 20 },
    });
    await dp.getOne({ resource: "agencies", id: "5" });
    await dp.create({ resource: "agencies", variables: { name: "X" } });
    await dp.update({ resource: "agencies", id: "5", variables: { name: "Y", version: 2 } });
    await dp.deleteOne({ resource: "agencies", id: 5 });
    await dp.getMany?.({ resource: "agencies", ids: [1, 2] });

    expect(calls).toEqual([
      {
        path: "agencies.list",
        kind: "query",
        input: { pagination: { currentPage: 2, pageSize: 20 }, filters: ALL_FILTERS },
      },
      { path: "agencies.get", kind: "query", input: { id: 5 } },
      { path: "agencies.create", kind: "mutate", input: { values: { name: "X" } } },
      { path: "agencies.update", kind: "mutate", input: { id: 5, version: 2, values: { name: "Y" } } },
      { path: "agencies.delete", kind: "mutate", input: { id: 5 } },
      { path: "agencies.list", kind: "query", input: toManyInput([1, 2]) },
    ]);
  });

  it("refuses a resource or a method the router does not have, before any request", async () => {
    const { client, calls } = recordingClient();
    const dp = createDataProvider(client);
    await expect(dp.getList({ resource: "__proto__" })).rejects.toThrow(/no list procedure/);
    await expect(dp.deleteOne({ resource: "countries", id: "FR" })).rejects.toThrow(/no delete procedure/);
    expect(calls).toEqual([]);
  });

  it("throws refine HttpErrors with the field errors", async () => {
    const { client } = recordingClient(() => ({
      status: 400,
      body: {
        error: {
          code: -32600,
          message: "bad",
          data: { code: "BAD_REQUEST", httpStatus: 400, fieldErrors: { name: ["Too short"] } },
        },
      },
    }));
    await expect(
      createDataProvider(client).create({ resource: "agencies", variables: {} }),
    ).rejects.toMatchObject({
      statusCode: 400,
      errors: { name: ["Too short"] },
    });
  });
});

describe("URL filters", () => {
  it("survive refine's URL round trip once values are encoded, '&' included", () => {
    const filters: CrudFilter[] = [
      { field: "region", operator: "eq", value: "Asia & South Pacific" },
      { field: "name", operator: "contains", value: "100% = a#b?c" },
      { field: "kind", operator: "in", value: ["customs", "coast_guard"] },
    ];
    const search = stringifyTableParams({ filters: encodeQueryValues(filters), sorters: [] });
    expect(parseTableParams(`?${search}`).parsedFilters).toEqual(filters);
  });

  it("reads the drill-down format the by-country view links to", () => {
    const { parsedFilters } = parseTableParams(
      "?filters[0][field]=region&filters[0][operator]=eq&filters[0][value]=Europe",
    );
    expect(parsedFilters).toEqual([{ field: "region", operator: "eq", value: "Europe" }]);
  });
});
