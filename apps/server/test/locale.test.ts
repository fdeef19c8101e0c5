import { TEST_DIALECTS, type TestDatabase } from "@tbc/db/testing";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@tbc/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../src/app";
import { fieldErrorsOf } from "../src/trpc";
import { appFor, callerFor, demoUserId, outcome, seededDatabase, trpcError, trpcHttp } from "./helpers";

/** Issue 14: the dashboard's language is kept in the user's profile (auth.setLocale, auth.me). */
for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: a user's language`, () => {
    let database: TestDatabase;
    let app: App;
    beforeAll(async () => {
      database = await seededDatabase(dialect);
      app = await appFor(database);
    });
    afterAll(async () => {
      await app?.close();
      await database?.drop();
    });

    it("is null until chosen; set, it comes back from me and from the next sign-in; others keep theirs", async () => {
      const viewer = await callerFor(database, "viewer");
      expect((await viewer.auth.me())?.locale).toBeNull();
      await viewer.auth.setLocale({ locale: "fr" });
      // A new session reads the profile again (a caller's user is resolved once, at its start).
      expect((await (await callerFor(database, "viewer")).auth.me())?.locale).toBe("fr");
      const email = DEMO_ACCOUNTS.find((a) => a.role === "viewer")?.email;
      const login = await trpcHttp(app, "mutation", "auth.login", { email, password: DEMO_PASSWORD });
      expect(login.body).toMatchObject({ result: { data: { email, locale: "fr" } } });

      await (await callerFor(database, "staff")).auth.setLocale({ locale: "ar" });
      for (const role of ["admin", "manager"] as const)
        expect((await (await callerFor(database, role)).auth.me())?.locale, role).toBeNull();
      expect((await (await callerFor(database, "viewer")).auth.me())?.locale).toBe("fr");
      expect((await (await callerFor(database, "staff")).auth.me())?.locale).toBe("ar");
    });

    it("is audited as a change of the user, before and after; the same language again writes nothing", async () => {
      const manager = await callerFor(database, "manager");
      const id = await demoUserId(database, "manager");
      const entries = () =>
        database.db
          .selectFrom("auditLog")
          .select(["userId", "action", "before", "after"])
          .where("entity", "=", "user")
          .where("entityId", "=", String(id))
          .execute();
      const before = (await entries()).length;
      await manager.auth.setLocale({ locale: "es" });
      await manager.auth.setLocale({ locale: "es" });
      const added = (await entries()).slice(before);
      expect(added).toHaveLength(1);
      expect(added[0]).toMatchObject({ userId: id, action: "update" });
      expect([JSON.parse(added[0]?.before ?? ""), JSON.parse(added[0]?.after ?? "")]).toEqual([
        { locale: null },
        { locale: "es" },
      ]);
    });

    it("refuses a code outside the four with a clear error, and anyone not signed in", async () => {
      const admin = await callerFor(database, "admin");
      for (const locale of ["de", "", "EN", "fr-FR"]) {
        const err = await trpcError(admin.auth.setLocale({ locale } as never));
        expect([err.code, fieldErrorsOf(err.cause)?.locale?.[0]], locale).toEqual([
          "BAD_REQUEST",
          "Choose one of en, fr, es, ar",
        ]);
      }
      expect((await admin.auth.me())?.locale).toBeNull();
      expect(await outcome((await callerFor(database, null)).auth.setLocale({ locale: "fr" }))).toBe(
        "UNAUTHORIZED",
      );
    });

    it("the database itself holds the column to the four codes", async () => {
      const id = await demoUserId(database, "admin");
      await expect(
        database.db.updateTable("users").set({ locale: "de" }).where("id", "=", id).execute(),
      ).rejects.toThrow(/check/i);
    });
  });
}
