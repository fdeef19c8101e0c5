import { TEST_DIALECTS, type TestDatabase } from "@tbc/db/testing";
import { INT32_MAX, UNSTORABLE_MESSAGE } from "@tbc/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../src/app";
import { appFor, countAgencies, loginCookie, sampleValues, seededDatabase, trpcHttp } from "./helpers";

/**
 * Inputs that match the schemas' shapes but not the columns behind them (issue 10): PostgreSQL
 * answered an internal error to a NUL in any string, to an id above 2^31 − 1 and to two creates of
 * one key at the same moment; both dialects to a month 13, and 2024-02-30 passed as a date.
 */
const NUL = "a\u0000b";
const LONE_SURROGATE = "a\uD800b";

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: hostile input is refused field by field`, () => {
    let database: TestDatabase;
    let app: App;
    let staff: string;
    let manager: string;
    let admin: string;

    beforeAll(async () => {
      database = await seededDatabase(dialect);
      app = await appFor(database);
      [staff, manager, admin] = await Promise.all([
        loginCookie(app, "staff"),
        loginCookie(app, "manager"),
        loginCookie(app, "admin"),
      ]);
    });
    afterAll(async () => {
      await app?.close();
      await database?.drop();
    });

    it("a NUL or half a surrogate pair in a text field → that field's error; nothing written", async () => {
      const before = await countAgencies(database);
      for (const bad of [NUL, LONE_SURROGATE]) {
        const res = await trpcHttp(
          app,
          "mutation",
          "agencies.create",
          { values: { ...sampleValues(), name: `Police ${bad}`, notes: bad } },
          staff,
        );
        expect(res.status).toBe(400);
        expect(res.body.error?.data.fieldErrors).toEqual({
          name: [UNSTORABLE_MESSAGE],
          notes: [UNSTORABLE_MESSAGE],
        });
      }
      expect(await countAgencies(database)).toBe(before);
    });

    it("a NUL in a list filter, a sorter or an export parameter → 400, never 500", async () => {
      const filter = await trpcHttp(
        app,
        "query",
        "agencies.list",
        { filters: [{ field: "name", operator: "contains", value: NUL }] },
        staff,
      );
      expect(filter.status).toBe(400);
      const sorter = await trpcHttp(
        app,
        "query",
        "operations.list",
        { sorters: [{ field: `name${NUL}`, order: "asc" }] },
        staff,
      );
      expect(sorter.status).toBe(400);
      const filters = JSON.stringify([{ field: "name", operator: "eq", value: NUL }]);
      const exported = await app.inject({
        method: "GET",
        url: `/api/export/agencies.csv?filters=${encodeURIComponent(filters)}`,
        headers: { cookie: staff },
      });
      expect(exported.statusCode).toBe(400);
    });

    it("ids and versions above 2^31 − 1 → 400 on the field, not a database error", async () => {
      const show = await trpcHttp(app, "query", "agencies.get", { id: INT32_MAX + 1 }, staff);
      expect(show.status).toBe(400);
      expect(show.body.error?.data.fieldErrors?.id).toEqual(["Is too large"]);
      const inRange = await trpcHttp(app, "query", "agencies.get", { id: INT32_MAX }, staff);
      expect(inRange.body.error?.data.code).toBe("NOT_FOUND");
      const update = await trpcHttp(
        app,
        "mutation",
        "agencies.update",
        { id: 1, version: 2 ** 40, values: sampleValues() },
        staff,
      );
      expect(update.status).toBe(400);
      expect(Object.keys(update.body.error?.data.fieldErrors ?? {})).toEqual(["version"]);
      const operation = await trpcHttp(
        app,
        "mutation",
        "operations.create",
        {
          values: {
            name: "Operation Overflow",
            editionYear: 2024,
            crimeArea: "drugs",
            countriesCount: INT32_MAX + 1,
            raids: null,
            arrests: null,
            underInvestigation: null,
            seizedValueUsd: null,
          },
        },
        manager,
      );
      expect(operation.status).toBe(400);
      expect(Object.keys(operation.body.error?.data.fieldErrors ?? {})).toEqual(["countriesCount"]);
    });

    it("a date that matches YYYY-MM-DD but is no day → 400 naming the field", async () => {
      for (const to of ["2024-13-01", "2024-02-30", "2023-02-29"]) {
        const res = await trpcHttp(app, "query", "overview.kpis", { from: "2023-01-01", to }, staff);
        expect(res.status, to).toBe(400);
        expect(res.body.error?.data.fieldErrors?.to).toEqual(["Not a real date"]);
      }
      const leap = await trpcHttp(
        app,
        "query",
        "overview.kpis",
        { from: "2024-01-01", to: "2024-02-29" },
        staff,
      );
      expect(leap.status).toBe(200);
      const series = await trpcHttp(
        app,
        "query",
        "engagement.series",
        { filters: { from: "2024-02-30" }, metric: "impressions" },
        staff,
      );
      expect(series.status).toBe(400);
      const pledge = await trpcHttp(
        app,
        "mutation",
        "agencies.create",
        { values: { ...sampleValues(), pledgedOn: "2015-04-31" } },
        staff,
      );
      expect(pledge.body.error?.data.fieldErrors?.pledgedOn).toEqual(["Not a real date"]);
    });

    it("two creates of one key at the same moment: one is created, the other gets the field error", async () => {
      const create = (code: string) =>
        trpcHttp(app, "mutation", "channels.create", { values: { code, label: "Telegram" } }, manager);
      const answers = await Promise.all([create("telegram"), create("telegram"), create("telegram")]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 400, 400]);
      for (const a of answers.filter((x) => x.status === 400)) {
        expect(a.body.error?.data.fieldErrors?.code).toEqual(['The channel "telegram" already exists']);
      }
      const user = (n: number) =>
        trpcHttp(
          app,
          "mutation",
          "users.create",
          {
            values: {
              email: "twin@example.org",
              name: `Twin ${n}`,
              role: "viewer",
              password: "a long enough passphrase 42",
            },
          },
          admin,
        );
      const users = await Promise.all([user(1), user(2)]);
      expect(users.map((a) => a.status).sort()).toEqual([200, 400]);
      const refused = users.find((a) => a.status === 400);
      expect(refused?.body.error?.data.fieldErrors?.email).toEqual([
        "A user with the email twin@example.org already exists",
      ]);
    });
  });
}
