import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { FieldError } from "../src/errors";
import { createTestDatabase, TEST_DIALECTS, TEST_PASSWORD_COST, type TestDatabase } from "../src/testing";
import {
  hashPassword,
  PRODUCTION_PASSWORD_COST,
  setPasswordCost,
  verifyPassword,
} from "../src/users/passwords";
import {
  createSession,
  deleteSession,
  resolveSession,
  SESSION_IDLE_MS,
} from "../src/users/sessions.repository";
import { createUser, verifyCredentials } from "../src/users/users.repository";

describe("passwords", () => {
  afterEach(() => setPasswordCost(TEST_PASSWORD_COST));

  it("are hashed with scrypt N=2^17, r=8 and a random salt by default (production)", async () => {
    expect(PRODUCTION_PASSWORD_COST).toBe(17);
    setPasswordCost(PRODUCTION_PASSWORD_COST);
    const a = await hashPassword("correct horse battery");
    const b = await hashPassword("correct horse battery");
    expect(a).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword("correct horse battery", a)).toBe(true);
    expect(await verifyPassword("correct horse batterY", a)).toBe(false);
    expect(await verifyPassword("x", "md5$abc")).toBe(false);
  });

  it("a hash keeps its own cost: it verifies after the cost changes, and a bad cost is refused", async () => {
    const low = await hashPassword("correct horse battery");
    expect(low).toMatch(new RegExp(`^scrypt\\$${2 ** TEST_PASSWORD_COST}\\$8\\$1\\$`));
    setPasswordCost(12);
    expect(await verifyPassword("correct horse battery", low)).toBe(true);
    expect(await hashPassword("x")).toMatch(/^scrypt\$4096\$/);
    expect(() => setPasswordCost(9)).toThrow(RangeError);
    expect(() => setPasswordCost(16.5)).toThrow(RangeError);
    // A corrupted stored cost must not make scrypt allocate gigabytes: it simply does not verify.
    const huge = low.replace(/^scrypt\$\d+\$/, `scrypt$${2 ** 30}$`);
    expect(await verifyPassword("correct horse battery", huge)).toBe(false);
  });
});

for (const dialect of TEST_DIALECTS) {
  describe(`users and sessions on ${dialect}`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
    });
    afterAll(() => t.drop());

    it("signs in with the right password only, and emails are case-insensitive", async () => {
      await createUser(t.db, {
        email: "Ana@Example.org",
        name: "Ana",
        role: "staff",
        password: "a long passphrase",
      });
      expect(await verifyCredentials(t.db, "ana@example.org", "a long passphrase")).toMatchObject({
        role: "staff",
      });
      expect(await verifyCredentials(t.db, "ana@example.org", "wrong")).toBeNull();
      expect(await verifyCredentials(t.db, "nobody@example.org", "a long passphrase")).toBeNull();
      await expect(
        createUser(t.db, {
          email: "ana@example.org",
          name: "Ana 2",
          role: "viewer",
          password: "another passphrase",
        }),
      ).rejects.toBeInstanceOf(FieldError);
    });

    it("keeps only a hash of the session token, and ends sessions on logout, idle and disable", async () => {
      const user = await createUser(t.db, {
        email: "s@example.org",
        name: "S",
        role: "viewer",
        password: "a long passphrase",
      });
      const { token } = await createSession(t.db, user.id);
      expect(Buffer.from(token, "base64url").length).toBeGreaterThanOrEqual(16);
      const stored = await t.db
        .selectFrom("sessions")
        .select("tokenHash")
        .where("userId", "=", user.id)
        .execute();
      expect(stored.map((s) => s.tokenHash)).not.toContain(token);
      expect(await resolveSession(t.db, token)).toMatchObject({ email: "s@example.org" });

      await deleteSession(t.db, token);
      expect(await resolveSession(t.db, token)).toBeNull();

      const idle = await createSession(t.db, user.id);
      const old = new Date(Date.now() - SESSION_IDLE_MS - 1000).toISOString();
      await t.db.updateTable("sessions").set({ lastSeenAt: old }).where("userId", "=", user.id).execute();
      expect(await resolveSession(t.db, idle.token)).toBeNull();

      const live = await createSession(t.db, user.id);
      await t.db
        .updateTable("users")
        .set({ disabledAt: new Date().toISOString() })
        .where("id", "=", user.id)
        .execute();
      expect(await resolveSession(t.db, live.token)).toBeNull();
    });
  });
}
