import { createAlias, createSession, createUser, type Database, listSessions } from "@tbc/db";
import { TEST_DIALECTS, type TestDatabase } from "@tbc/db/testing";
import {
  DEMO_PASSWORD,
  HTTP_PERMISSIONS,
  PERMISSIONS,
  type Permission,
  ROLES,
  type Role,
  roleAtLeast,
} from "@tbc/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../src/root";
import { createCallerFactory, protectedProcedure, publicProcedure, router } from "../src/trpc";
import {
  type Caller,
  callerFor,
  contextFor,
  newAgency,
  outcome,
  sampleValues,
  seededDatabase,
} from "./helpers";
import { letters, newOperation, newSeizure, sampleOperation } from "./operations-helpers";

/**
 * The access matrix: every procedure × { anonymous, viewer, staff, manager, admin }, each CALLED for
 * real. The expected outcome is derived from PERMISSIONS (@tbc/types), the one declaration the server
 * enforces: "public" → ok; anonymous otherwise → UNAUTHORIZED; a role below the entry → FORBIDDEN;
 * else ok (and the call must then succeed). A procedure missing from PERMISSIONS, or an entry that
 * is no procedure (other than the HTTP actions), fails the coverage test.
 */
type Outcome = "ok" | "UNAUTHORIZED" | "FORBIDDEN";
const WHO: (Role | null)[] = [null, ...ROLES];

function expected(path: Permission, who: Role | null): Outcome {
  const needed = PERMISSIONS[path];
  if (needed === "public") return "ok";
  if (who === null) return "UNAUTHORIZED";
  return roleAtLeast(who, needed) ? "ok" : "FORBIDDEN";
}

const NEW_PASSWORD = "violet harbour lantern 42";
const newAlias = (db: Database) =>
  createAlias(db.db, { kind: "country", name: `Alias ${letters()}`, code: "NL" }, { userId: null });
let n = 0;
const email = () => `user-${letters()}-${++n}@example.org`;
const newUser = (db: Database) =>
  createUser(db.db, { email: email(), name: "Someone", role: "viewer", password: NEW_PASSWORD });

/** A valid call of each procedure; write calls get their own fresh record. */
const CALLS: Record<string, (caller: Caller, database: Database) => Promise<unknown>> = {
  "auth.login": (c) => c.auth.login({ email: "viewer@example.org", password: DEMO_PASSWORD }),
  "auth.logout": (c) => c.auth.logout(),
  "auth.me": (c) => c.auth.me(),
  "auth.setLocale": (c) => c.auth.setLocale({ locale: "fr" }),
  "auth.demo": (c) => c.auth.demo(),
  "auth.changePassword": async (c) => {
    await c.auth.changePassword({ current: DEMO_PASSWORD, next: NEW_PASSWORD });
    // Back to the demo password, for the calls that sign in as demo users.
    return c.auth.changePassword({ current: NEW_PASSWORD, next: DEMO_PASSWORD });
  },
  "auth.sessions": (c) => c.auth.sessions(),
  "auth.endSession": async (c, db) => {
    const me = await c.auth.me();
    const extra = me ? await createSession(db.db, me.id) : null;
    const sessions = me ? await listSessions(db.db, me.id, extra?.token) : [];
    return c.auth.endSession({ id: sessions.find((s) => s.current)?.id ?? 1 });
  },
  "agencies.list": (c) => c.agencies.list({ pagination: { currentPage: 1, pageSize: 5 } }),
  "agencies.get": async (c, db) => c.agencies.get({ id: (await newAgency(db)).id }),
  "agencies.duplicates": (c) => c.agencies.duplicates({ name: "Police nationale", countryCode: "FR" }),
  "agencies.history": async (c, db) => c.agencies.history({ id: (await newAgency(db)).id }),
  "agencies.create": (c) => c.agencies.create({ values: sampleValues() }),
  "agencies.update": async (c, db) => {
    // The caller's own pending agency: the one kind staff may edit (canEditAgency).
    const a = await newAgency(db, sampleValues(), "pending", (await c.auth.me())?.id ?? null);
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
  "aliases.list": (c) => c.aliases.list({ pagination: { currentPage: 1, pageSize: 5 } }),
  "aliases.get": async (c, db) => c.aliases.get({ id: (await newAlias(db)).id }),
  "aliases.create": (c) =>
    c.aliases.create({ values: { kind: "country", name: `Land ${letters()}`, code: "NL" } }),
  "aliases.update": async (c, db) => {
    const a = await newAlias(db);
    return c.aliases.update({ id: a.id, version: a.version, values: { code: "BE" } });
  },
  "aliases.delete": async (c, db) => c.aliases.delete({ id: (await newAlias(db)).id }),
  "agencies.byCountry": (c) => c.agencies.byCountry(),
  "outcomes.kpis": (c) => c.outcomes.kpis({ yearFrom: 2010 }),
  "outcomes.byYear": (c) => c.outcomes.byYear({ figure: "arrests" }),
  "outcomes.byCrimeArea": (c) => c.outcomes.byCrimeArea(),
  "outcomes.topOperations": (c) => c.outcomes.topOperations({ figure: "seizedValueUsd", limit: 5 }),
  "outcomes.byCountry": (c) => c.outcomes.byCountry({ region: "Europe" }),
  "overview.kpis": (c) => c.overview.kpis({ from: "2014-01-01", to: "2014-12-31" }),
  "overview.map": (c) =>
    c.overview.map({ filters: { from: "2014-01-01", to: "2024-12-31" }, layer: "agencies" }),
  "operations.list": (c) => c.operations.list({ pagination: { currentPage: 1, pageSize: 5 } }),
  "operations.get": async (c, db) => c.operations.get({ id: (await newOperation(db)).id }),
  "operations.history": async (c, db) => c.operations.history({ id: (await newOperation(db)).id }),
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
  "imports.limits": (c) => c.imports.limits(),
  "engagement.series": (c) =>
    c.engagement.series({ filters: { from: "2024-01-01", to: "2024-01-31" }, metric: "engagementRate" }),
  "engagement.totals": (c) => c.engagement.totals({ channels: ["x"] }),
  "engagement.markers": (c) => c.engagement.markers({ from: "2020-01-01" }),
  "channels.list": (c) => c.channels.list(),
  "channels.create": (c) =>
    c.channels.create({ values: { code: `net-${letters()}`, label: "A new network" } }),
  "posts.list": (c) => c.posts.list({ pagination: { currentPage: 1, pageSize: 5 } }),
  "users.list": (c) => c.users.list({ pagination: { currentPage: 1, pageSize: 5 } }),
  "users.get": async (c, db) => c.users.get({ id: (await newUser(db)).id }),
  "users.create": (c) => c.users.create({ values: { email: email(), name: "New", role: "viewer" } }),
  "users.update": async (c, db) =>
    c.users.update({ id: (await newUser(db)).id, values: { name: "Renamed" } }),
  "users.disable": async (c, db) => c.users.disable({ id: (await newUser(db)).id }),
  "users.enable": async (c, db) => c.users.enable({ id: (await newUser(db)).id }),
  "users.resetPassword": async (c, db) => c.users.resetPassword({ id: (await newUser(db)).id }),
  "users.sessions": async (c, db) => c.users.sessions({ id: (await newUser(db)).id }),
  "users.endSessions": async (c, db) => c.users.endSessions({ userId: (await newUser(db)).id }),
  "audit.list": (c) => c.audit.list({ pagination: { currentPage: 1, pageSize: 5 } }),
  // Access is checked when the stream opens (these callers have no hub: the stream ends at once).
  "live.changes": (c) => c.live.changes({}),
};

const procedures = Object.keys(appRouter._def.procedures).sort();
const tabled = Object.keys(PERMISSIONS).filter((p) => !(HTTP_PERMISSIONS as readonly string[]).includes(p));

describe("access matrix coverage", () => {
  it("PERMISSIONS has exactly the procedures of appRouter (plus the HTTP actions), and each has a call", () => {
    expect(procedures.filter((p) => !tabled.includes(p))).toEqual([]); // procedures missing from the table
    expect(tabled.filter((p) => !procedures.includes(p))).toEqual([]); // entries that are no procedure
    expect(Object.keys(CALLS).sort()).toEqual(procedures);
  });

  it("keeps the roles the API had before the table (the imports history staff and above)", () => {
    const before: Record<string, string> = {
      "auth.login": "public",
      "imports.list": "staff",
      "agencies.update": "staff",
    };
    Object.assign(before, {
      "agencies.approve": "manager",
      "crimeAreas.create": "manager",
      "channels.create": "manager",
    });
    Object.assign(before, {
      "seizures.delete": "staff",
      "operations.delete": "manager",
      "posts.list": "viewer",
    });
    for (const [path, role] of Object.entries(before))
      expect(PERMISSIONS[path as Permission], path).toBe(role);
  });
});

describe("fail closed", () => {
  it("a procedure missing from PERMISSIONS is refused for everyone, even an admin", async () => {
    const extra = router({
      secret: router({
        read: publicProcedure.query(() => "leaked"),
        write: protectedProcedure.query(() => "leaked"),
      }),
    });
    const database = await seededDatabase("sqlite");
    try {
      for (const who of WHO) {
        const caller = createCallerFactory(extra)(await contextFor(database, who));
        expect(await outcome(caller.secret.read()), String(who)).toBe("FORBIDDEN");
        expect(await outcome(caller.secret.write()), String(who)).toBe("FORBIDDEN");
      }
    } finally {
      await database.drop();
    }
  });
});

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: access matrix (${procedures.length} procedures × ${WHO.length} roles)`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await seededDatabase(dialect);
    });
    afterAll(async () => {
      await database?.drop();
    });

    for (const path of procedures) {
      const want = WHO.map((who) => expected(path as Permission, who));
      it(`${path}: ${want.join(" / ")}`, async () => {
        const call = CALLS[path];
        if (!call) throw new Error(`no call for ${path}`);
        const actual: string[] = [];
        for (const who of WHO) actual.push(await outcome(call(await callerFor(database, who), database)));
        expect(actual).toEqual(want);
      });
    }
  });
}
