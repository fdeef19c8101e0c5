import type { Database } from "@tbc/db";
import { TEST_DIALECTS, type TestDatabase } from "@tbc/db/testing";
import { DEMO_PASSWORD, ROLES, type Role } from "@tbc/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../src/root";
import { type Caller, callerFor, newAgency, outcome, sampleValues, seededDatabase } from "./helpers";
import { letters, newOperation, newSeizure, sampleOperation } from "./operations-helpers";

/**
 * The access matrix: every procedure × { anonymous, viewer, staff, manager, admin }.
 * "ok" = allowed (and the call succeeds), otherwise the tRPC code the access check must give.
 * A procedure missing here fails the coverage test below: add its row when you add it.
 */
type Outcome = "ok" | "UNAUTHORIZED" | "FORBIDDEN";
type Row = [anonymous: Outcome, viewer: Outcome, staff: Outcome, manager: Outcome, admin: Outcome];

// biome-ignore format: the matrix reads best as a table
const MATRIX: Record<string, Row> = {
  //                              anonymous       viewer       staff        manager admin
  "auth.login":                 ["ok",           "ok",        "ok",        "ok",   "ok"],
  "auth.logout":                ["ok",           "ok",        "ok",        "ok",   "ok"],
  "auth.me":                    ["ok",           "ok",        "ok",        "ok",   "ok"],
  "auth.demo":                  ["ok",           "ok",        "ok",        "ok",   "ok"],
  "agencies.list":              ["UNAUTHORIZED", "ok",        "ok",        "ok",   "ok"],
  "agencies.get":               ["UNAUTHORIZED", "ok",        "ok",        "ok",   "ok"],
  "agencies.duplicates":        ["UNAUTHORIZED", "ok",        "ok",        "ok",   "ok"],
  "agencies.create":            ["UNAUTHORIZED", "FORBIDDEN", "ok",        "ok",   "ok"],
  "agencies.update":            ["UNAUTHORIZED", "FORBIDDEN", "ok",        "ok",   "ok"],
  "agencies.approve":           ["UNAUTHORIZED", "FORBIDDEN", "FORBIDDEN", "ok",   "ok"],
  "agencies.delete":            ["UNAUTHORIZED", "FORBIDDEN", "FORBIDDEN", "ok",   "ok"],
  "countries.list":             ["UNAUTHORIZED", "ok",        "ok",        "ok",   "ok"],
  "analytics.agenciesByCountry":["UNAUTHORIZED", "ok",        "ok",        "ok",   "ok"],
  "analytics.outcomeKpis":      ["UNAUTHORIZED", "ok",        "ok",        "ok",   "ok"],
  "analytics.outcomesByYear":   ["UNAUTHORIZED", "ok",        "ok",        "ok",   "ok"],
  "analytics.outcomesByCrimeArea":["UNAUTHORIZED", "ok",      "ok",        "ok",   "ok"],
  "analytics.topOperations":    ["UNAUTHORIZED", "ok",        "ok",        "ok",   "ok"],
  "analytics.operationsByCountry":["UNAUTHORIZED", "ok",      "ok",        "ok",   "ok"],
  "operations.list":            ["UNAUTHORIZED", "ok",        "ok",        "ok",   "ok"],
  "operations.get":             ["UNAUTHORIZED", "ok",        "ok",        "ok",   "ok"],
  "operations.create":          ["UNAUTHORIZED", "FORBIDDEN", "ok",        "ok",   "ok"],
  "operations.update":          ["UNAUTHORIZED", "FORBIDDEN", "ok",        "ok",   "ok"],
  "operations.delete":          ["UNAUTHORIZED", "FORBIDDEN", "FORBIDDEN", "ok",   "ok"],
  "seizures.create":            ["UNAUTHORIZED", "FORBIDDEN", "ok",        "ok",   "ok"],
  "seizures.delete":            ["UNAUTHORIZED", "FORBIDDEN", "ok",        "ok",   "ok"],
  "crimeAreas.list":            ["UNAUTHORIZED", "ok",        "ok",        "ok",   "ok"],
  "crimeAreas.create":          ["UNAUTHORIZED", "FORBIDDEN", "FORBIDDEN", "ok",   "ok"],
  "imports.list":               ["UNAUTHORIZED", "FORBIDDEN", "ok",        "ok",   "ok"],
  "engagement.series":          ["UNAUTHORIZED", "ok",        "ok",        "ok",   "ok"],
  "engagement.totals":          ["UNAUTHORIZED", "ok",        "ok",        "ok",   "ok"],
  "engagement.markers":         ["UNAUTHORIZED", "ok",        "ok",        "ok",   "ok"],
  "channels.list":              ["UNAUTHORIZED", "ok",        "ok",        "ok",   "ok"],
  "channels.create":            ["UNAUTHORIZED", "FORBIDDEN", "FORBIDDEN", "ok",   "ok"],
  "posts.list":                 ["UNAUTHORIZED", "ok",        "ok",        "ok",   "ok"],
};

/** A valid call of each procedure; write calls get their own fresh agency, operation or seizure. */
const CALLS: Record<string, (caller: Caller, database: Database) => Promise<unknown>> = {
  "auth.login": (c) => c.auth.login({ email: "viewer@example.org", password: DEMO_PASSWORD }),
  "auth.logout": (c) => c.auth.logout(),
  "auth.me": (c) => c.auth.me(),
  "auth.demo": (c) => c.auth.demo(),
  "agencies.list": (c) => c.agencies.list({ pagination: { currentPage: 1, pageSize: 5 } }),
  "agencies.get": async (c, db) => c.agencies.get({ id: (await newAgency(db)).id }),
  "agencies.duplicates": (c) => c.agencies.duplicates({ name: "Police nationale", countryCode: "FR" }),
  "agencies.create": (c) => c.agencies.create({ values: sampleValues() }),
  "agencies.update": async (c, db) => {
    const a = await newAgency(db);
    return c.agencies.update({
      id: a.id,
      version: a.version,
      values: { ...sampleValues(), notes: "edited" },
    });
  },
  "agencies.approve": async (c, db) => {
    const a = await newAgency(db);
    return c.agencies.approve({ id: a.id, version: a.version });
  },
  "agencies.delete": async (c, db) => c.agencies.delete({ id: (await newAgency(db)).id }),
  "countries.list": (c) => c.countries.list(),
  "analytics.agenciesByCountry": (c) => c.analytics.agenciesByCountry(),
  "analytics.outcomeKpis": (c) => c.analytics.outcomeKpis({ yearFrom: 2010 }),
  "analytics.outcomesByYear": (c) => c.analytics.outcomesByYear({ figure: "arrests" }),
  "analytics.outcomesByCrimeArea": (c) => c.analytics.outcomesByCrimeArea(),
  "analytics.topOperations": (c) => c.analytics.topOperations({ figure: "seizedValueUsd", limit: 5 }),
  "analytics.operationsByCountry": (c) => c.analytics.operationsByCountry({ region: "Europe" }),
  "operations.list": (c) => c.operations.list({ pagination: { currentPage: 1, pageSize: 5 } }),
  "operations.get": async (c, db) => c.operations.get({ id: (await newOperation(db)).id }),
  "operations.create": (c) => c.operations.create({ values: sampleOperation() }),
  "operations.update": async (c, db) => {
    const o = await newOperation(db);
    return c.operations.update({
      id: o.id,
      version: o.version,
      values: { ...sampleOperation(o.name), raids: 1 },
    });
  },
  "operations.delete": async (c, db) => c.operations.delete({ id: (await newOperation(db)).id }),
  "seizures.create": async (c, db) =>
    c.seizures.create({
      operationId: (await newOperation(db)).id,
      values: { category: "cash", valueUsd: 10 },
    }),
  "seizures.delete": async (c, db) => c.seizures.delete({ id: (await newSeizure(db)).id }),
  "crimeAreas.list": (c) => c.crimeAreas.list(),
  "crimeAreas.create": (c) => c.crimeAreas.create({ values: { code: `area ${letters()}` } }),
  "imports.list": (c) => c.imports.list(),
  "engagement.series": (c) =>
    c.engagement.series({ filters: { from: "2024-01-01", to: "2024-01-31" }, metric: "engagementRate" }),
  "engagement.totals": (c) => c.engagement.totals({ channels: ["x"] }),
  "engagement.markers": (c) => c.engagement.markers({ from: "2020-01-01" }),
  "channels.list": (c) => c.channels.list(),
  "channels.create": (c) =>
    c.channels.create({ values: { code: `net-${letters()}`, label: "A new network" } }),
  "posts.list": (c) => c.posts.list({ pagination: { currentPage: 1, pageSize: 5 } }),
};

const WHO: (Role | null)[] = [null, ...ROLES];

describe("access matrix coverage", () => {
  it("has a row and a call for every procedure of appRouter", () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    expect(Object.keys(MATRIX).sort()).toEqual(procedures);
    expect(Object.keys(CALLS).sort()).toEqual(procedures);
  });
});

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: access matrix`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await seededDatabase(dialect);
    });
    afterAll(async () => {
      await database?.drop();
    });

    for (const [path, expected] of Object.entries(MATRIX)) {
      it(`${path}: ${expected.join(" / ")}`, async () => {
        const call = CALLS[path];
        if (!call) throw new Error(`no call for ${path}`);
        const actual: string[] = [];
        for (const who of WHO) actual.push(await outcome(call(await callerFor(database, who), database)));
        expect(actual).toEqual(expected);
      });
    }
  });
}
