import { TEST_DIALECTS, type TestDatabase } from "@tbc/db/testing";
import { type CodedMessage, DEMO_PASSWORD, formatMessage, isMessageCode } from "@tbc/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../src/app";
import { appFor, loginCookie, seededDatabase, staffAgency, trpcHttp } from "./helpers";
import { csvOf, csvRow, upload } from "./operations-helpers";

/**
 * What the server says when it refuses, as the dashboard reads it: a code from the catalogue and
 * its params, enough to write the message in any language without the English sentence.
 */
type ErrorBody = {
  error: {
    message: string;
    data: { code: string; coded: CodedMessage; fieldErrorCodes?: Record<string, CodedMessage[]> };
  };
};

/** A coded message that stands on its own: a known code whose params fill its every placeholder. */
function expectSelfContained(coded: CodedMessage): void {
  expect(isMessageCode(coded.code), coded.code).toBe(true);
  expect(formatMessage(coded.code, coded.params)).not.toMatch(/\{\{/);
}

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: refusals come as codes with params`, () => {
    let database: TestDatabase;
    let app: App;
    let staff: string;
    let manager: string;
    beforeAll(async () => {
      database = await seededDatabase(dialect);
      app = await appFor(database, {
        signInLimits: { perAddress: 1, perAccount: 100, windowMs: 60_000, delayBaseMs: 0, maxDelayMs: 0 },
        importMaxBytes: 64 * 1024,
      });
      staff = await loginCookie(app, "staff");
      manager = await loginCookie(app, "manager");
    });
    afterAll(async () => {
      await app?.close();
      await database?.drop();
    });

    it("bad input: each field's rule as a code, the limit it broke as a param", async () => {
      const values = { name: "X", countryCode: "fr", kind: "embassy", website: "not an address" };
      const res = await trpcHttp(app, "mutation", "agencies.create", { values }, staff);
      expect(res.status).toBe(400);
      const { data } = (res.body as unknown as ErrorBody).error;
      expect(data.coded).toEqual({ code: "validation.failed", params: { count: 4 } });
      expect(data.fieldErrorCodes).toEqual({
        name: [{ code: "validation.min_length", params: { count: 2 } }],
        countryCode: [{ code: "validation.country_code", params: {} }],
        kind: [
          { code: "validation.choice", params: { options: expect.stringContaining("national_police") } },
        ],
        website: [{ code: "validation.url", params: {} }],
      });
    });

    it("a value the database does not know: a field error with the value as a param", async () => {
      const values = { name: "Agence inconnue", countryCode: "QQ", kind: "customs" };
      const res = await trpcHttp(app, "mutation", "agencies.create", { values }, staff);
      expect(res.status).toBe(400);
      const { data, message } = (res.body as unknown as ErrorBody).error;
      expect(data.fieldErrorCodes).toEqual({
        countryCode: [{ code: "reference.unknown_country", params: { code: "QQ" } }],
      });
      expect(data.coded).toEqual({ code: "reference.unknown_country", params: { code: "QQ" } });
      expect(message).toBe(formatMessage(data.coded.code, data.coded.params));
    });

    it("a conflict, a missing record, a role too low", async () => {
      const agency = await staffAgency(database);
      const stale = await trpcHttp(
        app,
        "mutation",
        "agencies.update",
        { id: agency.id, version: agency.version + 1, values: { notes: "late" } },
        manager,
      );
      expect(stale.status).toBe(409);
      expect((stale.body as unknown as ErrorBody).error.data.coded).toEqual({
        code: "conflict.changed",
        params: {},
      });

      const missing = await trpcHttp(app, "query", "agencies.get", { id: 987654 }, staff);
      expect(missing.status).toBe(404);
      expect((missing.body as unknown as ErrorBody).error.data.coded).toEqual({
        code: "not_found.agency",
        params: { id: 987654 },
      });

      const viewer = await loginCookie(app, "viewer");
      const refused = await trpcHttp(app, "mutation", "agencies.approve", { id: agency.id }, viewer);
      expect(refused.status).toBe(403);
      const coded = (refused.body as unknown as ErrorBody).error.data.coded;
      expect(coded).toEqual({ code: "access.role", params: { role: "manager" } });
      for (const c of [coded, (stale.body as unknown as ErrorBody).error.data.coded]) expectSelfContained(c);
    });

    it("the sign-in limit: 429 with the wait in minutes and the retry-after seconds", async () => {
      const login = (password: string) =>
        app.inject({
          method: "POST",
          url: "/trpc/auth.login",
          remoteAddress: "10.9.0.1",
          headers: { "content-type": "application/json" },
          payload: JSON.stringify({ email: "viewer@example.org", password }),
        });
      const failed = await login("not the password");
      expect(failed.statusCode).toBe(401);
      expect(failed.json().error.data.coded).toEqual({ code: "account.login_failed", params: {} });
      const limited = await login(DEMO_PASSWORD);
      expect(limited.statusCode).toBe(429);
      const coded = limited.json().error.data.coded as CodedMessage;
      expect(coded.code).toBe("limit.login");
      expect(coded.params.count).toBe(1);
      expect(coded.params.retryAfter).toBeGreaterThan(0);
      expect(coded.params.retryAfter).toBeLessThanOrEqual(60);
      expectSelfContained(coded);
    });

    it("an import's bad rows: row, column, code and params; a bad file and a large one too", async () => {
      const file = csvOf([
        csvRow("Operation Codes", { arrests: "-5" }),
        csvRow("Operation Codes Two", { countries: "Nethrlands", month: "2022-01/2022-02/2022-03" }),
      ]);
      const preview = await upload(app, { mode: "preview", body: file, cookie: staff });
      const final = preview.lines.at(-1) as { type: string; errors: Record<string, unknown>[] };
      expect(final.type).toBe("preview");
      expect(final.errors).toEqual([
        expect.objectContaining({
          line: 2,
          column: "arrests",
          code: "validation.min_number",
          params: { minimum: 0 },
        }),
        expect.objectContaining({
          line: 3,
          column: "month",
          code: "import.row.months",
          params: { value: '"2022-01/2022-02/2022-03"' },
        }),
        expect.objectContaining({
          line: 3,
          column: "countries",
          code: "import.row.unknown_country_suggest",
          params: { name: '"Nethrlands"', suggestions: '"Netherlands" (NL)' },
        }),
      ]);
      for (const e of final.errors) expectSelfContained(e as CodedMessage);

      const empty = await upload(app, { mode: "commit", body: "", cookie: staff });
      expect(empty.lines.at(-1)).toMatchObject({
        type: "rejected",
        fileErrorCoded: { code: "import.file.empty", params: {} },
      });

      const large = await upload(app, { mode: "preview", body: "x".repeat(65 * 1024), cookie: staff });
      expect(large.status).toBe(413);
      expect(large.json).toMatchObject({
        coded: { code: "limit.upload_size", params: { size: 64, unit: "KiB" } },
      });
    });

    it("HTTP routes answer coded JSON too", async () => {
      const signedOut = await app.inject({ method: "GET", url: "/api/export/agencies.csv" });
      expect(signedOut.statusCode).toBe(401);
      expect(signedOut.json()).toMatchObject({
        message: "Please sign in.",
        coded: { code: "access.sign_in", params: {} },
      });
    });
  });
}
