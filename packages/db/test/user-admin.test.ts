import { diffRecords } from "@tbc/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { historyOf, listAudit } from "../src/audit/audit.repository";
import { FieldError } from "../src/errors";
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from "../src/testing";
import {
  COMMON_PASSWORD_MESSAGE,
  commonPasswordCount,
  generatePassword,
  isCommonPassword,
  passwordProblem,
} from "../src/users/password-policy";
import {
  createSession,
  endSessions,
  listSessions,
  resolveSession,
  signIn,
  signOut,
} from "../src/users/sessions.repository";
import {
  changeOwnPassword,
  createUser,
  disableUser,
  getUser,
  listUsers,
  resetUserPassword,
  updateUser,
} from "../src/users/users.repository";

const PASS = "quiet orchard kettle 7";

describe("password policy", () => {
  it("ships a list of ~49k common passwords, checked case-insensitively and with digits/symbols around", () => {
    expect(commonPasswordCount()).toBeGreaterThan(40_000);
    for (const p of ["password1234", "PASSWORD1234", "qwertyuiop123", "iloveyou2024!", "123456789012"])
      expect(isCommonPassword(p), p).toBe(true);
    for (const p of [PASS, "correct horse battery staple", "turnbackcrime"])
      expect(isCommonPassword(p), p).toBe(false);
  });

  it("length 12 (code points) to 128, no composition rules", () => {
    expect(passwordProblem("abcdefghijk")).toMatch(/at least 12/);
    expect(passwordProblem("abcdefghijkl")).toBeNull(); // lower-case letters only: fine
    expect(passwordProblem("😀😀😀😀😀😀😀😀😀😀😀😀")).toBeNull(); // 12 characters, 24 code units
    expect(passwordProblem("x".repeat(129))).toMatch(/at most 128/);
    expect(passwordProblem("password1234")).toBe(COMMON_PASSWORD_MESSAGE);
    const generated = generatePassword();
    expect(generated).toHaveLength(20);
    expect(passwordProblem(generated)).toBeNull();
  });
});

for (const dialect of TEST_DIALECTS) {
  describe(`user administration and sessions on ${dialect}`, () => {
    let t: TestDatabase;
    let adminId: number;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      adminId = (
        await createUser(t.db, { email: "root@example.org", name: "Root", role: "admin", password: PASS })
      ).id;
    });
    afterAll(() => t.drop());
    const actor = () => ({ userId: adminId, ip: "192.0.2.1" });

    it("createUser applies the policy and audits without the hash; listUsers has no hash either", async () => {
      await expect(
        createUser(t.db, { email: "weak@example.org", name: "W", role: "viewer", password: "password1234" }),
      ).rejects.toBeInstanceOf(FieldError);
      const user = await createUser(
        t.db,
        { email: "New@Example.org", name: "N", role: "viewer", password: PASS },
        actor(),
      );
      expect(user).toMatchObject({
        email: "new@example.org",
        version: 1,
        disabledAt: null,
        lastSeenAt: null,
      });
      const { data } = await listUsers(t.db, {
        filters: [{ field: "email", operator: "eq", value: "new@example.org" }],
      });
      expect(Object.keys(data[0] ?? {}).sort()).toEqual(
        [
          "createdAt",
          "disabledAt",
          "email",
          "id",
          "lastSeenAt",
          "name",
          "role",
          "updatedAt",
          "version",
        ].sort(),
      );
      const bySeen = await listUsers(t.db, {
        sorters: [{ field: "lastSeenAt", order: "desc" }],
        filters: [{ field: "role", operator: "in", value: ["viewer", "admin"] }],
      });
      expect(bySeen.total).toBe(2);
      const audit = await listAudit(t.db, { filters: [{ field: "entity", operator: "eq", value: "user" }] });
      expect(JSON.stringify(audit)).not.toMatch(/passwordHash|scrypt/);
      expect(audit.data.find((e) => e.entityId === String(user.id))).toMatchObject({
        action: "create",
        userEmail: "root@example.org",
      });
    });

    it("signIn rotates: the previous token ends, a new one starts; failures are audited with the email", async () => {
      const first = await signIn(t.db, { email: "new@example.org", password: PASS, ip: "192.0.2.9" });
      expect(first?.user.email).toBe("new@example.org");
      const second = await signIn(t.db, {
        email: "new@example.org",
        password: PASS,
        previousToken: first?.session.token,
      });
      expect(await resolveSession(t.db, first?.session.token ?? "")).toBeNull();
      expect(await resolveSession(t.db, second?.session.token ?? "")).toMatchObject({
        email: "new@example.org",
      });
      expect(await signIn(t.db, { email: "new@example.org", password: "wrong wrong wrong" })).toBeNull();
      const failed = await listAudit(t.db, {
        filters: [{ field: "action", operator: "eq", value: "login_failed" }],
      });
      expect(failed.data[0]?.after).toEqual({ email: "new@example.org" });
      await signOut(t.db, second?.session.token ?? "", { userId: second?.user.id ?? null });
      expect(await resolveSession(t.db, second?.session.token ?? "")).toBeNull();
    });

    it("listSessions marks the current one and never returns a token hash; endSessions one or all", async () => {
      const user = await createUser(t.db, {
        email: "s@example.org",
        name: "S",
        role: "viewer",
        password: PASS,
      });
      const a = await createSession(t.db, user.id, { ip: "192.0.2.2", userAgent: "Firefox" });
      await createSession(t.db, user.id);
      const sessions = await listSessions(t.db, user.id, a.token);
      expect(sessions).toHaveLength(2);
      expect(sessions.filter((s) => s.current)).toHaveLength(1);
      expect(sessions.find((s) => s.current)).toMatchObject({ ip: "192.0.2.2", userAgent: "Firefox" });
      expect(JSON.stringify(sessions)).not.toMatch(/tokenHash|[0-9a-f]{64}/);
      await expect(endSessions(t.db, adminId, sessions[0]?.id, actor())).rejects.toThrow(/does not exist/); // not admin's
      expect(await endSessions(t.db, user.id, sessions[0]?.id, actor())).toEqual({ ended: 1 });
      expect(await endSessions(t.db, user.id, undefined, actor())).toEqual({ ended: 1 });
      expect(await listSessions(t.db, user.id)).toEqual([]);
    });

    it("disable ends sessions in the same transaction; self-demotion and self-disabling are refused", async () => {
      const user = await createUser(t.db, {
        email: "d@example.org",
        name: "D",
        role: "staff",
        password: PASS,
      });
      const { token } = await createSession(t.db, user.id);
      const disabled = await disableUser(t.db, user.id, actor());
      expect(disabled.disabledAt).not.toBeNull();
      expect(await t.db.selectFrom("sessions").select("id").where("userId", "=", user.id).execute()).toEqual(
        [],
      );
      expect(await resolveSession(t.db, token)).toBeNull();
      await expect(updateUser(t.db, adminId, { role: "viewer" }, undefined, actor())).rejects.toThrow(
        /own role/,
      );
      await expect(disableUser(t.db, adminId, actor())).rejects.toThrow(/your own account/);
      expect((await getUser(t.db, adminId)).role).toBe("admin");
    });

    it("resetUserPassword and changeOwnPassword: policy, sessions ended, audit diff without secrets", async () => {
      const user = await createUser(t.db, {
        email: "p@example.org",
        name: "P",
        role: "viewer",
        password: PASS,
      });
      await createSession(t.db, user.id);
      await expect(resetUserPassword(t.db, user.id, "short", actor())).rejects.toBeInstanceOf(FieldError);
      await resetUserPassword(t.db, user.id, "tidal compass orange", actor());
      expect(await listSessions(t.db, user.id)).toEqual([]);
      await expect(
        changeOwnPassword(t.db, user.id, PASS, "fresh basil window", { userId: user.id }),
      ).rejects.toThrow(/current password/);
      await changeOwnPassword(t.db, user.id, "tidal compass orange", "fresh basil window", {
        userId: user.id,
      });
      expect(await signIn(t.db, { email: "p@example.org", password: "fresh basil window" })).not.toBeNull();
      const history = await historyOf(t.db, "user", user.id);
      expect(history.map((h) => h.action).slice(0, 2)).toEqual(["password_change", "password_reset"]);
      expect(history[0]?.changes).toEqual([]); // nothing visible changed: the hash is not in the record
    });
  });
}

describe("diffRecords", () => {
  it("lists changed fields only, ignoring bookkeeping; creates and deletes list every field with a value", () => {
    expect(
      diffRecords(
        { a: 1, b: [1, 2], version: 1, updatedAt: "x" },
        { a: 1, b: [1, 3], version: 2, updatedAt: "y" },
      ),
    ).toEqual([{ field: "b", before: [1, 2], after: [1, 3] }]);
    expect(diffRecords(null, { id: 5, name: "N", notes: null })).toEqual([
      { field: "name", before: null, after: "N" },
    ]);
    expect(diffRecords({ name: "N" }, null)).toEqual([{ field: "name", before: "N", after: null }]);
  });
});
