import { TEST_DIALECTS, type TestDatabase } from "@tbc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../src/app";
import { fieldErrorsOf } from "../src/trpc";
import {
  appFor,
  type Caller,
  callerFor,
  demoUserId,
  loginCookie,
  seededDatabase,
  trpcError,
  trpcHttp,
} from "./helpers";

const PASSPHRASE = "copper meadow violin 1987";
let n = 0;
const email = () => `person${++n}-${Math.random().toString(36).slice(2, 6)}@example.org`;

async function signIn(app: App, address: string, password: string): Promise<string> {
  const res = await trpcHttp(app, "mutation", "auth.login", { email: address, password });
  const value = res.cookies.find((c) => c.name === "tbc_session")?.value;
  if (!value) throw new Error(`sign-in failed: ${res.raw}`);
  return `tbc_session=${value}`;
}

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: user administration`, () => {
    let database: TestDatabase;
    let app: App;
    let admin: Caller;
    beforeAll(async () => {
      database = await seededDatabase(dialect);
      app = await appFor(database);
      admin = await callerFor(database, "admin");
    });
    afterAll(async () => {
      await app?.close();
      await database?.drop();
    });

    it("password policy: 11 characters ✗, a common password ✗, a 12+ character uncommon passphrase ✓", async () => {
      const create = (password: string) =>
        admin.users.create({ values: { email: email(), name: "P", role: "viewer", password } });
      const short = await trpcError(create("abcdefghijk"));
      expect([short.code, fieldErrorsOf(short.cause)?.password?.[0]]).toEqual([
        "BAD_REQUEST",
        "Use at least 12 characters (a few unrelated words work well)",
      ]);
      for (const common of ["password1234", "Password1234!", "qwertyuiop123"]) {
        const err = await trpcError(create(common));
        expect(err.code, common).toBe("BAD_REQUEST");
        expect(fieldErrorsOf(err.cause)?.password?.[0], common).toMatch(/too common/);
      }
      expect(await create(PASSPHRASE)).toMatchObject({ role: "viewer", oneTimePassword: null });
      const target = await create("another calm passphrase");
      expect(
        (await trpcError(admin.users.resetPassword({ id: target.id, password: "password1234" }))).code,
      ).toBe("BAD_REQUEST");
    });

    it("create without a password returns a one-time password once; it signs in; the audit has no secret", async () => {
      const address = email();
      const created = await admin.users.create({ values: { email: address, name: "Temp", role: "staff" } });
      expect(created.oneTimePassword).toMatch(/^[A-Za-z0-9_-]{20}$/);
      expect(created).not.toHaveProperty("passwordHash");
      await signIn(app, address, created.oneTimePassword as string);
      expect((await admin.users.get({ id: created.id })) as object).not.toHaveProperty("oneTimePassword");
      const audit = JSON.stringify(
        await database.db.selectFrom("auditLog").selectAll().where("entity", "=", "user").execute(),
      );
      expect(audit).not.toContain(created.oneTimePassword);
      expect(audit).not.toMatch(/passwordHash|scrypt\$/);
    });

    it("disable ends that user's sessions at once: their next call is UNAUTHORIZED; enable lets them in again", async () => {
      const address = email();
      const user = await admin.users.create({
        values: { email: address, name: "D", role: "staff", password: PASSPHRASE },
      });
      const cookie = await signIn(app, address, PASSPHRASE);
      expect((await trpcHttp(app, "query", "agencies.list", undefined, cookie)).status).toBe(200);
      const adminCookie = await loginCookie(app, "admin");
      const disabled = await trpcHttp(app, "mutation", "users.disable", { id: user.id }, adminCookie);
      expect(disabled.body.result?.data).toMatchObject({ id: user.id, disabledAt: expect.any(String) });
      expect((await trpcHttp(app, "query", "agencies.list", undefined, cookie)).status).toBe(401);
      expect(
        await database.db.selectFrom("sessions").select("id").where("userId", "=", user.id).execute(),
      ).toEqual([]);
      expect(
        (await trpcHttp(app, "mutation", "auth.login", { email: address, password: PASSPHRASE })).status,
      ).toBe(401);
      await admin.users.enable({ id: user.id });
      await signIn(app, address, PASSPHRASE);
    });

    it("an admin cannot change their own role or disable themself (clear BAD_REQUEST); others they can", async () => {
      const me = await demoUserId(database, "admin");
      const demote = await trpcError(admin.users.update({ id: me, values: { role: "viewer" } }));
      expect(demote.code).toBe("BAD_REQUEST");
      expect(demote.message).toBe("You cannot change your own role. Ask another admin to do it.");
      const disable = await trpcError(admin.users.disable({ id: me }));
      expect([disable.code, disable.message]).toEqual([
        "BAD_REQUEST",
        "You cannot disable your own account. Ask another admin to do it.",
      ]);
      expect(await admin.users.update({ id: me, values: { name: "Chief Admin" } })).toMatchObject({
        role: "admin",
      });
      const other = await admin.users.create({
        values: { email: email(), name: "O", role: "viewer", password: PASSPHRASE },
      });
      const promoted = await admin.users.update({
        id: other.id,
        version: other.version,
        values: { role: "manager" },
      });
      expect(promoted).toMatchObject({ role: "manager", version: other.version + 1 });
      const stale = await trpcError(
        admin.users.update({ id: other.id, version: other.version, values: { name: "X" } }),
      );
      expect(stale.code).toBe("CONFLICT");
    });

    it("resetPassword ends the user's sessions; the old password no longer works, the new one does", async () => {
      const address = email();
      const user = await admin.users.create({
        values: { email: address, name: "R", role: "viewer", password: PASSPHRASE },
      });
      const cookie = await signIn(app, address, PASSPHRASE);
      const reset = await admin.users.resetPassword({ id: user.id });
      expect((await trpcHttp(app, "query", "auth.me", undefined, cookie)).body.result?.data).toBeNull();
      expect(
        (await trpcHttp(app, "mutation", "auth.login", { email: address, password: PASSPHRASE })).status,
      ).toBe(401);
      await signIn(app, address, reset.oneTimePassword as string);
    });

    it("sessions: admins list (no token or hash) and end one or all; users see and end only their own", async () => {
      const address = email();
      const user = await admin.users.create({
        values: { email: address, name: "S", role: "viewer", password: PASSPHRASE },
      });
      const a = await signIn(app, address, PASSPHRASE);
      const b = await signIn(app, address, PASSPHRASE);
      const listed = await admin.users.sessions({ id: user.id });
      expect(listed).toHaveLength(2);
      expect(Object.keys(listed[0] ?? {}).sort()).toEqual([
        "createdAt",
        "current",
        "expiresAt",
        "id",
        "ip",
        "lastSeenAt",
        "userAgent",
      ]);
      const own = (await trpcHttp(app, "query", "auth.sessions", undefined, b)).body.result?.data as {
        id: number;
        current: boolean;
      }[];
      expect(own.filter((s) => s.current)).toHaveLength(1);
      const other = own.find((s) => !s.current) as { id: number };
      const viewer = await loginCookie(app, "viewer");
      const foreign = await trpcHttp(app, "mutation", "auth.endSession", { id: other.id }, viewer);
      expect(foreign.body.error?.data.code).toBe("NOT_FOUND");
      expect((await trpcHttp(app, "mutation", "auth.endSession", { id: other.id }, b)).status).toBe(200);
      expect((await trpcHttp(app, "query", "auth.me", undefined, a)).body.result?.data).toBeNull();
      expect(await admin.users.endSessions({ userId: user.id })).toEqual({ ended: 1 });
      expect((await trpcHttp(app, "query", "auth.me", undefined, b)).body.result?.data).toBeNull();
    });

    it("auth.changePassword: checks the current one, applies the policy, ends other sessions, rotates this one", async () => {
      const address = email();
      await admin.users.create({
        values: { email: address, name: "C", role: "viewer", password: PASSPHRASE },
      });
      const elsewhere = await signIn(app, address, PASSPHRASE);
      const here = await signIn(app, address, PASSPHRASE);
      const wrong = await trpcHttp(
        app,
        "mutation",
        "auth.changePassword",
        { current: "not it", next: "x" },
        here,
      );
      expect(Object.keys(wrong.body.error?.data.fieldErrors ?? {})).toEqual(["next"]); // schema first
      const bad = await trpcHttp(
        app,
        "mutation",
        "auth.changePassword",
        { current: "not it", next: "harbour signal pepper" },
        here,
      );
      expect(bad.body.error?.data.fieldErrors).toEqual({ current: ["Your current password is not correct"] });
      const common = await trpcHttp(
        app,
        "mutation",
        "auth.changePassword",
        { current: PASSPHRASE, next: "password1234" },
        here,
      );
      expect(common.body.error?.data.fieldErrors?.next?.[0]).toMatch(/too common/);
      const ok = await trpcHttp(
        app,
        "mutation",
        "auth.changePassword",
        { current: PASSPHRASE, next: "harbour signal pepper" },
        here,
      );
      expect(ok.status).toBe(200);
      const rotated = `tbc_session=${ok.cookies.find((c) => c.name === "tbc_session")?.value}`;
      expect(rotated).not.toBe(here);
      for (const old of [elsewhere, here]) {
        expect((await trpcHttp(app, "query", "auth.me", undefined, old)).body.result?.data).toBeNull();
      }
      expect((await trpcHttp(app, "query", "auth.me", undefined, rotated)).body.result?.data).toMatchObject({
        email: address,
      });
      await signIn(app, address, "harbour signal pepper");
    });

    it("user admin actions are audited with before/after (no hash) and the acting admin", async () => {
      const user = await admin.users.create({
        values: { email: email(), name: "Before", role: "viewer", password: PASSPHRASE },
      });
      await admin.users.update({ id: user.id, values: { name: "After", role: "staff" } });
      await admin.users.disable({ id: user.id });
      const rows = await database.db
        .selectFrom("auditLog")
        .innerJoin("users", "users.id", "auditLog.userId")
        .select(["auditLog.action", "auditLog.before", "auditLog.after", "users.email"])
        .where("auditLog.entity", "=", "user")
        .where("auditLog.entityId", "=", String(user.id))
        .orderBy("auditLog.id")
        .execute();
      expect(rows.map((r) => [r.action, r.email])).toEqual([
        ["create", "admin@example.org"],
        ["update", "admin@example.org"],
        ["disable", "admin@example.org"],
      ]);
      const update = rows[1];
      expect(JSON.parse(update?.before ?? "{}")).toMatchObject({ name: "Before", role: "viewer" });
      expect(JSON.parse(update?.after ?? "{}")).toMatchObject({ name: "After", role: "staff" });
      expect(JSON.stringify(rows)).not.toMatch(/passwordHash|scrypt/);
    });
  });
}
