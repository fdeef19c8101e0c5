import type { CrudFilter, ListInput } from "@tbc/types";
import { type ColumnDefinitionBuilder, type Kysely, type SelectQueryBuilder, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvalidQueryError } from "../src/errors";
import { type ListOptions, runList } from "../src/list";
import type { DB } from "../src/schema";
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from "../src/testing";

/** The base query type runList takes; the fixture table is not part of DB. */
type Base<O> = Parameters<typeof runList<O>>[1];

type Row = {
  id: number;
  name: string | null;
  code: string | null;
  count: number | null;
  amount: number | null;
  active: number | null;
  day: string | null;
};

// Names chosen to trip up: case pairs, LIKE wildcards, a backslash, non-ASCII, a NULL.
const ROWS: Row[] = [
  { id: 1, name: "Alpha", code: "FR", count: 10, amount: 1.5, active: 1, day: "2024-01-01" },
  { id: 2, name: "alpha beta", code: "DE", count: 20, amount: 2.5, active: 0, day: "2024-01-15" },
  { id: 3, name: "Ünïcode Straße", code: "DE", count: null, amount: 3.25, active: 1, day: "2024-02-01" },
  { id: 4, name: "100% sure", code: "GB", count: 5, amount: -1, active: 0, day: "2024-02-29" },
  { id: 5, name: "under_score", code: null, count: 0, amount: 0, active: 1, day: null },
  { id: 6, name: null, code: "FR", count: 100, amount: null, active: 0, day: "2024-03-10" },
  { id: 7, name: "Beta", code: "US", count: 20, amount: 10, active: 1, day: "2023-12-31" },
  { id: 8, name: "back\\slash", code: "XX", count: null, amount: 7.75, active: null, day: "2024-01-01" },
  { id: 9, name: "ALPHA", code: "FR", count: 15, amount: 1.5, active: null, day: "2024-01-01" },
  { id: 10, name: "zeta", code: "IT", count: 7, amount: 7.75, active: 1, day: "2024-04-01" },
];
interface FixtureDB extends DB {
  listFixture: Row;
}
const ALL = ROWS.map((r) => r.id);
const except = (...ids: number[]) => ALL.filter((id) => !ids.includes(id));

const OPTIONS: ListOptions = {
  fields: {
    id: { type: "number" },
    name: { type: "string" },
    code: { type: "string" },
    count: { type: "number" },
    amount: { type: "number" },
    active: { type: "boolean" },
    day: { type: "date" },
  },
  defaultSort: { field: "name", order: "asc" },
};

for (const dialect of TEST_DIALECTS) {
  describe(dialect, () => {
    let t: TestDatabase;
    let db: Kysely<DB>;
    const fx = () => db as unknown as Kysely<FixtureDB>;
    const base = () =>
      fx()
        .selectFrom("listFixture")
        .select(["id", "name", "code", "count", "amount", "active", "day"]) as unknown as Base<Row>;
    const list = (input: ListInput | undefined, options: ListOptions = OPTIONS) =>
      runList(db, base(), input, options);
    const f = (field: string, operator: string, value?: unknown) =>
      ({ field, operator, value }) as CrudFilter;
    const ids = async (...filters: CrudFilter[]) => {
      const r = await list({ filters, pagination: { mode: "off" } });
      expect(r.total).toBe(r.data.length);
      return r.data.map((row) => row.id).sort((a, b) => a - b);
    };
    const order = async (sorters: ListInput["sorters"], options?: ListOptions) =>
      (await list({ sorters, pagination: { mode: "off" } }, options)).data.map((row) => row.id);

    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      db = t.db;
      // A linguistic collation on PG, as a production database may have by default: the engine's
      // code point ordering must not depend on the server's locale.
      const text = (c: ColumnDefinitionBuilder) =>
        dialect === "postgres" ? c.modifyEnd(sql`collate "en-x-icu"`) : c;
      await fx()
        .schema.createTable("list_fixture")
        .addColumn("id", "integer", (c) => c.primaryKey())
        .addColumn("name", "text", text)
        .addColumn("code", "text", text)
        .addColumn("count", "integer")
        .addColumn("amount", "double precision")
        .addColumn("active", "integer")
        .addColumn("day", "text")
        .execute();
      await fx().insertInto("listFixture").values(ROWS).execute();
    });
    afterAll(async () => {
      await t?.drop();
    });

    describe("operators", () => {
      it("eq: exact and case-sensitive; coerces numeric and boolean strings", async () => {
        expect(await ids(f("name", "eq", "Alpha"))).toEqual([1]);
        expect(await ids(f("count", "eq", "20"))).toEqual([2, 7]);
        expect(await ids(f("amount", "eq", 7.75))).toEqual([8, 10]);
        expect(await ids(f("active", "eq", true))).toEqual([1, 3, 5, 7, 10]);
        expect(await ids(f("active", "eq", "false"))).toEqual([2, 4, 6]);
        expect(await ids(f("day", "eq", "2024-01-01"))).toEqual([1, 8, 9]);
      });
      it("ne: includes NULL rows", async () => {
        expect(await ids(f("name", "ne", "Alpha"))).toEqual(except(1));
        expect(await ids(f("count", "ne", 20))).toEqual([1, 3, 4, 5, 6, 8, 9, 10]);
        expect(await ids(f("active", "ne", "true"))).toEqual([2, 4, 6, 8, 9]);
      });
      it("lt", async () => {
        expect(await ids(f("count", "lt", 10))).toEqual([4, 5, 10]);
        expect(await ids(f("amount", "lt", "1.5"))).toEqual([4, 5]);
        expect(await ids(f("day", "lt", "2024-01-01"))).toEqual([7]);
        // Code point order on both dialects: digits < upper case < "B".
        expect(await ids(f("name", "lt", "B"))).toEqual([1, 4, 9]);
      });
      it("gt: a fractional bound on an integer column", async () => {
        expect(await ids(f("count", "gt", 15))).toEqual([2, 6, 7]);
        expect(await ids(f("count", "gt", 9.5))).toEqual([1, 2, 6, 7, 9]);
        expect(await ids(f("amount", "gt", "2.5"))).toEqual([3, 7, 8, 10]);
      });
      it("lte", async () => {
        expect(await ids(f("count", "lte", 10))).toEqual([1, 4, 5, 10]);
        expect(await ids(f("day", "lte", "2024-01-01"))).toEqual([1, 7, 8, 9]);
      });
      it("gte", async () => {
        expect(await ids(f("count", "gte", 15))).toEqual([2, 6, 7, 9]);
        expect(await ids(f("day", "gte", "2024-03-01"))).toEqual([6, 10]);
      });
      it("in, including an empty list (matches nothing)", async () => {
        expect(await ids(f("code", "in", ["FR", "DE"]))).toEqual([1, 2, 3, 6, 9]);
        expect(await ids(f("count", "in", ["5", 7]))).toEqual([4, 10]);
        expect(await ids(f("code", "in", []))).toEqual([]);
      });
      it("nin, including NULL rows; an empty list matches everything", async () => {
        expect(await ids(f("code", "nin", ["FR", "DE"]))).toEqual([4, 5, 7, 8, 10]);
        expect(await ids(f("code", "nin", []))).toEqual(ALL);
      });
      it("ina behaves as in (no array columns)", async () => {
        expect(await ids(f("code", "ina", ["US", "IT"]))).toEqual([7, 10]);
        expect(await ids(f("code", "ina", []))).toEqual([]);
      });
      it("nina behaves as nin", async () => {
        expect(await ids(f("code", "nina", ["US", "IT"]))).toEqual(except(7, 10));
        expect(await ids(f("code", "nina", []))).toEqual(ALL);
      });
      it("contains: case-insensitive, Unicode-aware, wildcards literal", async () => {
        expect(await ids(f("name", "contains", "alpha"))).toEqual([1, 2, 9]);
        expect(await ids(f("name", "contains", "straße"))).toEqual([3]);
        expect(await ids(f("name", "contains", "ÜNÏ"))).toEqual([3]);
        expect(await ids(f("name", "contains", "%"))).toEqual([4]);
        expect(await ids(f("name", "contains", "_"))).toEqual([5]);
        expect(await ids(f("name", "contains", "\\"))).toEqual([8]);
        expect(await ids(f("day", "contains", "-01-01"))).toEqual([1, 8, 9]);
        expect(await ids(f("name", "contains", "'; drop table list_fixture; --"))).toEqual([]);
      });
      it("ncontains: includes NULL rows", async () => {
        expect(await ids(f("name", "ncontains", "alpha"))).toEqual([3, 4, 5, 6, 7, 8, 10]);
        expect(await ids(f("name", "ncontains", "%"))).toEqual(except(4));
      });
      it("containss: case-sensitive", async () => {
        expect(await ids(f("name", "containss", "Alpha"))).toEqual([1]);
        expect(await ids(f("name", "containss", "alpha"))).toEqual([2]);
        expect(await ids(f("name", "containss", "ALPHA"))).toEqual([9]);
        expect(await ids(f("name", "containss", "ü"))).toEqual([]);
        expect(await ids(f("name", "containss", "Ü"))).toEqual([3]);
        expect(await ids(f("name", "containss", "%"))).toEqual([4]);
      });
      it("ncontainss", async () => {
        expect(await ids(f("name", "ncontainss", "alpha"))).toEqual(except(2));
      });
      it("startswith: case-insensitive", async () => {
        expect(await ids(f("name", "startswith", "al"))).toEqual([1, 2, 9]);
        expect(await ids(f("name", "startswith", "ü"))).toEqual([3]);
        expect(await ids(f("name", "startswith", "_"))).toEqual([]);
        expect(await ids(f("name", "startswith", "under_"))).toEqual([5]);
      });
      it("nstartswith", async () => {
        expect(await ids(f("name", "nstartswith", "al"))).toEqual([3, 4, 5, 6, 7, 8, 10]);
      });
      it("startswiths: case-sensitive", async () => {
        expect(await ids(f("name", "startswiths", "Al"))).toEqual([1]);
        expect(await ids(f("name", "startswiths", "al"))).toEqual([2]);
        expect(await ids(f("name", "startswiths", "ü"))).toEqual([]);
        expect(await ids(f("name", "startswiths", "Alpha and more"))).toEqual([]);
      });
      it("nstartswiths", async () => {
        expect(await ids(f("name", "nstartswiths", "Al"))).toEqual(except(1));
      });
      it("endswith: case-insensitive", async () => {
        expect(await ids(f("name", "endswith", "BETA"))).toEqual([2, 7]);
        expect(await ids(f("name", "endswith", "STRAßE"))).toEqual([3]);
        expect(await ids(f("name", "endswith", "%"))).toEqual([]);
      });
      it("nendswith", async () => {
        expect(await ids(f("name", "nendswith", "beta"))).toEqual(except(2, 7));
      });
      it("endswiths: case-sensitive, longer value than the column", async () => {
        expect(await ids(f("name", "endswiths", "beta"))).toEqual([2]);
        expect(await ids(f("name", "endswiths", "Beta"))).toEqual([7]);
        expect(await ids(f("name", "endswiths", "a"))).toEqual([1, 2, 7, 10]);
        expect(await ids(f("name", "endswiths", "Straße"))).toEqual([3]);
        expect(await ids(f("name", "endswiths", "xxAlpha"))).toEqual([]);
      });
      it("nendswiths", async () => {
        expect(await ids(f("name", "nendswiths", "a"))).toEqual([3, 4, 5, 6, 8, 9]);
      });
      it("between: inclusive; a blank bound is open", async () => {
        expect(await ids(f("count", "between", [5, 15]))).toEqual([1, 4, 9, 10]);
        expect(await ids(f("count", "between", ["5", "15"]))).toEqual([1, 4, 9, 10]);
        expect(await ids(f("day", "between", ["2024-01-01", "2024-02-01"]))).toEqual([1, 2, 3, 8, 9]);
        expect(await ids(f("count", "between", [null, 5]))).toEqual([4, 5]);
        expect(await ids(f("count", "between", [15, ""]))).toEqual([2, 6, 7, 9]);
        expect(await ids(f("count", "between", [15, 5]))).toEqual([]);
      });
      it("nbetween: includes NULL rows", async () => {
        expect(await ids(f("count", "nbetween", [5, 15]))).toEqual([2, 3, 5, 6, 7, 8]);
      });
      it("null (value ignored)", async () => {
        expect(await ids(f("code", "null"))).toEqual([5]);
        expect(await ids(f("name", "null", "whatever"))).toEqual([6]);
        expect(await ids(f("active", "null"))).toEqual([8, 9]);
      });
      it("nnull", async () => {
        expect(await ids(f("code", "nnull"))).toEqual(except(5));
        expect(await ids(f("count", "nnull", true))).toEqual(except(3, 8));
      });
      it("top-level filters are ANDed", async () => {
        expect(await ids(f("code", "eq", "FR"), f("count", "gte", 15))).toEqual([6, 9]);
      });
      it("or", async () => {
        const or = { operator: "or", value: [f("name", "contains", "beta"), f("count", "eq", 100)] };
        expect(await ids(or as CrudFilter)).toEqual([2, 6, 7]);
      });
      it("and", async () => {
        const and = { operator: "and", value: [f("code", "eq", "FR"), f("active", "eq", true)] };
        expect(await ids(and as CrudFilter)).toEqual([1]);
      });
      it("nested: or inside and inside or", async () => {
        const nested = {
          operator: "or",
          value: [
            {
              operator: "and",
              value: [
                { operator: "or", value: [f("code", "eq", "FR"), f("code", "eq", "DE")] },
                f("count", "gte", 20),
              ],
            },
            f("name", "eq", "zeta"),
          ],
        };
        expect(await ids(nested as CrudFilter)).toEqual([2, 6, 10]);
        const deeper = {
          operator: "and",
          value: [
            { operator: "or", value: [f("code", "eq", "FR"), f("code", "eq", "DE")] },
            {
              operator: "or",
              value: [
                f("count", "gte", 20),
                { operator: "and", value: [f("active", "eq", true), f("day", "lt", "2024-01-15")] },
              ],
            },
          ],
        };
        expect(await ids(deeper as CrudFilter)).toEqual([1, 2, 6]);
      });
      it("empty or/and and cleared values are no-ops", async () => {
        expect(await ids({ operator: "or", value: [] })).toEqual(ALL);
        expect(await ids({ operator: "and", value: [] })).toEqual(ALL);
        expect(await ids({ operator: "or", value: [f("name", "eq", undefined)] })).toEqual(ALL);
        expect(await ids({ operator: "or", value: [f("name", "eq", ""), f("code", "eq", "IT")] })).toEqual([
          10,
        ]);
        expect(
          await ids(f("name", "eq", undefined), f("name", "contains", ""), f("code", "eq", null)),
        ).toEqual(ALL);
        expect(await ids(f("count", "in", undefined), f("count", "between", [null, null]))).toEqual(ALL);
        expect(await ids(f("count", "nbetween", ["", null]))).toEqual(ALL);
      });
    });

    describe("errors", () => {
      const rejects = async (input: ListInput, message: RegExp) => {
        const err = await list(input).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(InvalidQueryError);
        expect((err as Error).message).toMatch(message);
      };
      it("unknown field in filters, sorters, or a nested or", async () => {
        await rejects({ filters: [f("xyz", "eq", 1)] }, /^Unknown field 'xyz' in filters$/);
        await rejects({ sorters: [{ field: "xyz", order: "asc" }] }, /^Unknown field 'xyz' in sorters$/);
        const nested = { operator: "or", value: [f("name", "eq", "a"), f("secret", "eq", 1)] } as CrudFilter;
        await rejects(
          { filters: [{ operator: "and", value: [nested] }] },
          /Unknown field 'secret' in filters/,
        );
        await rejects({ filters: [f("constructor", "eq", 1)] }, /Unknown field 'constructor'/);
        await rejects({ filters: [f("__proto__", "eq", 1)] }, /Unknown field '__proto__'/);
      });
      it("unknown field is reported even when its value is cleared", async () => {
        await rejects({ filters: [f("xyz", "eq", undefined)] }, /Unknown field 'xyz' in filters/);
      });
      it("unknown operator", async () => {
        await rejects({ filters: [f("name", "regex", "a.*")] }, /^Unknown operator 'regex' on field 'name'$/);
      });
      it("an SQL injection attempt as a field name", async () => {
        const field = "name; drop table list_fixture; --";
        await rejects({ filters: [f(field, "eq", "x")] }, /Unknown field 'name; drop table/);
        await rejects({ sorters: [{ field, order: "asc" }] }, /Unknown field 'name; drop table/);
        const n = await fx()
          .selectFrom("listFixture")
          .select(sql<number>`count(*)`.as("n"))
          .executeTakeFirst();
        expect(Number(n?.n)).toBe(ROWS.length);
      });
      it("a non-numeric value for a number field", async () => {
        await rejects({ filters: [f("count", "eq", "abc")] }, /field 'count'.*number/);
        await rejects({ filters: [f("count", "gt", "0x10")] }, /field 'count'/);
        await rejects({ filters: [f("count", "in", [1, "two"])] }, /field 'count'/);
        await rejects({ filters: [f("amount", "between", [1, true])] }, /field 'amount'/);
      });
      it("a non-boolean value for a boolean field", async () => {
        await rejects({ filters: [f("active", "eq", "yes")] }, /field 'active'/);
      });
      it("list operators need lists; between needs two values; scalars need one", async () => {
        await rejects({ filters: [f("code", "in", "FR")] }, /'in' on field 'code' takes a list/);
        await rejects({ filters: [f("code", "nin", "FR")] }, /'nin' on field 'code' takes a list/);
        await rejects({ filters: [f("count", "between", 5)] }, /'between' on field 'count' takes two values/);
        await rejects({ filters: [f("count", "nbetween", [1, 2, 3])] }, /takes two values/);
        await rejects({ filters: [f("code", "ne", ["FR"])] }, /'ne' on field 'code' takes one value/);
        await rejects({ filters: [f("name", "ncontains", ["a"])] }, /'ncontains' on field 'name' takes one/);
        await rejects({ filters: [f("code", "in", ["FR", null])] }, /contains null/);
      });
      it("text operators on a number field", async () => {
        await rejects(
          { filters: [f("count", "contains", "1")] },
          /'contains' does not apply to number field 'count'/,
        );
      });
      it("bad sort order, malformed or/and, nesting too deep", async () => {
        await rejects(
          { sorters: [{ field: "name", order: "up" as "asc" }] },
          /Invalid sort order 'up' on field 'name'/,
        );
        await rejects(
          { filters: [{ operator: "or", value: f("name", "eq", "a") as never }] },
          /list of filters/,
        );
        let deep: CrudFilter = f("name", "eq", "a");
        for (let i = 0; i < 10; i++) deep = { operator: "or", value: [deep] };
        await rejects({ filters: [deep] }, /nested too deeply/);
      });
    });

    describe("sorting", () => {
      it("strings by code point, NULLs last in both directions", async () => {
        expect(await order([{ field: "name", order: "asc" }])).toEqual([4, 9, 1, 7, 2, 8, 5, 10, 3, 6]);
        expect(await order([{ field: "name", order: "desc" }])).toEqual([3, 10, 5, 8, 2, 7, 1, 9, 4, 6]);
      });
      it("numbers, then the default sort, NULLs last descending too", async () => {
        expect(await order([{ field: "count", order: "asc" }])).toEqual([5, 4, 10, 1, 9, 7, 2, 6, 8, 3]);
        expect(await order([{ field: "count", order: "desc" }])).toEqual([6, 7, 2, 9, 1, 10, 4, 5, 8, 3]);
      });
      it("several sorters", async () => {
        const sorters = [
          { field: "code", order: "asc" },
          { field: "count", order: "desc" },
        ] as const;
        expect(await order([...sorters])).toEqual([2, 3, 6, 9, 1, 4, 10, 7, 8, 5]);
      });
      it("booleans", async () => {
        expect(await order([{ field: "active", order: "desc" }])).toEqual([1, 7, 5, 10, 3, 4, 2, 6, 9, 8]);
      });
      it("no sorters: the default sort", async () => {
        expect(await order(undefined)).toEqual([4, 9, 1, 7, 2, 8, 5, 10, 3, 6]);
      });
      it("ties break on id, so pages never overlap", async () => {
        const options: ListOptions = { ...OPTIONS, defaultSort: { field: "active", order: "asc" } };
        const sorters = [{ field: "active", order: "asc" }] as const;
        expect(await order([...sorters], options)).toEqual([2, 4, 6, 1, 3, 5, 7, 10, 8, 9]);
        const pages: number[] = [];
        for (let currentPage = 1; currentPage <= 4; currentPage++) {
          const r = await list({ sorters: [...sorters], pagination: { currentPage, pageSize: 3 } }, options);
          expect(r.total).toBe(10);
          pages.push(...r.data.map((row) => row.id));
        }
        expect(pages).toEqual([2, 4, 6, 1, 3, 5, 7, 10, 8, 9]);
      });
    });

    describe("pagination", () => {
      it("a page and the filtered total", async () => {
        const r = await list({
          filters: [f("name", "nnull")],
          sorters: [{ field: "id", order: "asc" }],
          pagination: { currentPage: 2, pageSize: 4 },
        });
        expect(r.total).toBe(9);
        expect(r.data.map((row) => row.id)).toEqual([5, 7, 8, 9]);
        const last = await list({
          filters: [f("name", "nnull")],
          pagination: { currentPage: 3, pageSize: 4 },
        });
        expect(last.data).toHaveLength(1);
        const past = await list({ pagination: { currentPage: 9, pageSize: 4 } });
        expect(past).toEqual({ data: [], total: 10 });
      });
      it("returns the rows as the base query shapes them", async () => {
        const r = await list({ filters: [f("id", "eq", 3)] });
        expect(r.data).toEqual([ROWS[2]]);
      });
      const countries = () =>
        db.selectFrom("countries").select(["code", "name", "region"]) as SelectQueryBuilder<
          DB,
          "countries",
          { code: string; name: string; region: string }
        >;
      const countryOptions: ListOptions = {
        fields: { code: { type: "string" }, name: { type: "string" }, region: { type: "string" } },
        defaultSort: { field: "code", order: "asc" },
      };
      it("defaults to the first page of 10; clamps the page size; mode off returns all", async () => {
        const n = Number(
          (await db.selectFrom("countries").select(sql<number>`count(*)`.as("n")).executeTakeFirstOrThrow())
            .n,
        );
        expect(n).toBeGreaterThan(200);
        const first = await runList(db, countries(), undefined, countryOptions);
        expect(first.total).toBe(n);
        expect(first.data).toHaveLength(10);
        const big = await runList(db, countries(), { pagination: { pageSize: 5000 } }, countryOptions);
        expect(big.data).toHaveLength(200);
        const off = await runList(db, countries(), { pagination: { mode: "off" } }, countryOptions);
        expect(off.data).toHaveLength(n);
      });
      it("sorts real names identically on both dialects (code point order)", async () => {
        const r = await runList(
          db,
          countries(),
          { sorters: [{ field: "name", order: "asc" }], pagination: { mode: "off" } },
          countryOptions,
        );
        const names = r.data.map((c) => c.name);
        expect(names).toEqual([...names].sort());
      });
    });

    it("filters and sorts on joined and computed columns", async () => {
      const joined = fx()
        .selectFrom("listFixture as f")
        .leftJoin("countries as c", "c.code", "f.code")
        .select(["f.id as id", "c.name as countryName", sql<number>`coalesce(f.count, 0) * 2`.as("doubled")]);
      const options: ListOptions = {
        fields: { id: { type: "number" }, countryName: { type: "string" }, doubled: { type: "number" } },
        defaultSort: { field: "id", order: "asc" },
      };
      const run = (input: ListInput) =>
        runList(db, joined as unknown as Base<{ id: number }>, input, options);
      const germany = await run({ filters: [f("countryName", "contains", "GERM")] });
      expect(germany.data.map((r) => r.id)).toEqual([2, 3]);
      const sorted = await run({
        filters: [f("doubled", "gte", 30)],
        sorters: [{ field: "doubled", order: "desc" }],
      });
      expect(sorted.data).toEqual([
        { id: 6, countryName: "France", doubled: 200 },
        { id: 2, countryName: "Germany", doubled: 40 },
        { id: 7, countryName: "United States of America", doubled: 40 },
        { id: 9, countryName: "France", doubled: 30 },
      ]);
    });
  });
}
