import { TEST_DIALECTS, type TestDatabase } from "@tbc/db/testing";
import { MAX_IMPORT_BYTES } from "@tbc/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../src/app";
import {
  appFor,
  type Caller,
  callerFor,
  capturingLogger,
  loginCookie,
  seededDatabase,
  trpcHttp,
} from "./helpers";
import { countRows, csvOf, csvRow, finalLine, type UploadResponse, upload } from "./operations-helpers";

const ONE_BAD_ROW = csvOf([
  csvRow("Operation Upload A"),
  csvRow("Operation Upload B", { edition_year: "1800" }),
  csvRow("Operation Upload C"),
]);
const GOOD = csvOf([csvRow("Operation Upload A"), csvRow("Operation Upload C", { countries: "Kenya" })]);

function expectProgress(res: UploadResponse) {
  for (const line of res.lines.filter((l) => l.type === "progress")) {
    expect(Object.keys(line).sort()).toEqual(["done", "phase", "total", "type"]);
    expect(["parse", "validate", "commit"]).toContain(line.phase);
    expect(line.done).toBeLessThanOrEqual(line.total as number);
  }
}

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: POST /api/imports/operations`, () => {
    let database: TestDatabase;
    let app: App;
    let staff: string;
    let staffCaller: Caller;

    beforeAll(async () => {
      database = await seededDatabase(dialect);
      app = await appFor(database);
      staff = await loginCookie(app, "staff");
      staffCaller = await callerFor(database, "staff");
    });
    afterAll(async () => {
      await app?.close();
      await database?.drop();
    });

    it("preview of a file with one bad row: NDJSON ending in `preview` with that row's error; nothing written", async () => {
      const operations = await countRows(database, "operations");
      const imports = await countRows(database, "imports");
      const res = await upload(app, { mode: "preview", body: ONE_BAD_ROW, cookie: staff });
      expect(res.status).toBe(200);
      expect(res.contentType).toBe("application/x-ndjson");
      expect(res.headers).toMatchObject({ "cache-control": "no-store", "x-content-type-options": "nosniff" });
      expectProgress(res);
      expect(res.lines[0]).toEqual({ type: "progress", phase: "validate", done: 3, total: 3 });
      expect(finalLine(res)).toEqual({
        type: "preview",
        fileError: null,
        fileErrorCoded: null,
        rows: [
          { line: 2, name: "Operation Upload A", editionYear: 2022, action: "create" },
          { line: 4, name: "Operation Upload C", editionYear: 2022, action: "create" },
        ],
        errors: [
          {
            line: 3,
            column: "edition_year",
            message: "Year must be 1990 or later",
            code: "validation.min_number",
            params: { minimum: 1990 },
          },
        ],
        unresolved: [],
        counts: { total: 3, create: 2, update: 0, unchanged: 0, rejected: 1, errors: 1 },
      });
      expect(await countRows(database, "operations")).toBe(operations);
      expect(await countRows(database, "imports")).toBe(imports);
    });

    it("commit of the same file → `rejected`, nothing written, a rejected entry in the history", async () => {
      const operations = await countRows(database, "operations");
      const res = await upload(app, {
        mode: "commit",
        body: ONE_BAD_ROW,
        cookie: staff,
        fileName: "bad.csv",
      });
      expect(res.status).toBe(200);
      const final = finalLine(res);
      expect(final).toMatchObject({
        type: "rejected",
        fileError: null,
        errors: [{ line: 3, column: "edition_year", message: "Year must be 1990 or later" }],
        counts: { total: 3, rejected: 1 },
      });
      expect(final).not.toHaveProperty("valid");
      expect(res.lines.some((l) => l.phase === "commit")).toBe(false);
      expect(await countRows(database, "operations")).toBe(operations);
      const [latest] = (await staffCaller.imports.list()).data;
      expect(latest).toMatchObject({
        fileName: "bad.csv",
        status: "rejected",
        userEmail: "staff@example.org",
        rowsRejected: 1,
        rowsCreated: 0,
      });
    });

    it("commit of a good file → `result` with counts and the KPIs change; again → all unchanged", async () => {
      const before = await staffCaller.outcomes.kpis({});
      const res = await upload(app, { mode: "commit", body: GOOD, cookie: staff, fileName: "good.csv" });
      expectProgress(res);
      expect(res.lines.filter((l) => l.phase === "commit").at(-1)).toMatchObject({ done: 2, total: 2 });
      const final = finalLine(res);
      expect(final).toEqual({
        type: "result",
        importId: expect.any(Number),
        counts: { total: 2, created: 2, updated: 0, unchanged: 0, rejected: 0 },
      });
      const after = await staffCaller.outcomes.kpis({});
      expect(after.operations).toBe(before.operations + 2);
      expect(after.arrests).toEqual({ sum: before.arrests.sum + 240, reported: before.arrests.reported + 2 });
      const kenya = await staffCaller.outcomes.kpis({ countryCode: "KE" });
      expect(kenya.operations).toBeGreaterThanOrEqual(1);
      const [entry] = (await staffCaller.imports.list()).data;
      expect(entry).toMatchObject({ id: final.importId, status: "committed", rowsCreated: 2 });

      const again = finalLine(await upload(app, { mode: "commit", body: GOOD, cookie: staff }));
      expect(again).toMatchObject({ counts: { total: 2, created: 0, updated: 0, unchanged: 2 } });
      const changed = csvOf([csvRow("Operation Upload A", { arrests: "121" }), csvRow("Operation Upload C")]);
      const preview = finalLine(await upload(app, { mode: "preview", body: changed, cookie: staff }));
      expect(preview.counts).toEqual({
        total: 2,
        create: 0,
        update: 2,
        unchanged: 0,
        rejected: 0,
        errors: 0,
      });
      expect((await staffCaller.outcomes.kpis({})).operations).toBe(before.operations + 2);
    });

    it("Excel's label application/vnd.ms-excel and a charset parameter are accepted", async () => {
      for (const type of ["application/vnd.ms-excel", "text/csv; charset=utf-8"]) {
        const res = await upload(app, {
          mode: "preview",
          body: GOOD,
          cookie: staff,
          headers: { "content-type": type },
        });
        expect(finalLine(res).type).toBe("preview");
      }
    });

    it("the file name is sanitised (basename, no control characters, ≤ 255) before it is stored", async () => {
      const fileName = `C:\\Users\\ana\\fake\u202Egpj\u0000\u0007${"x".repeat(300)}.csv`;
      const res = await upload(app, { mode: "commit", body: "", cookie: staff, fileName });
      expect(finalLine(res).type).toBe("rejected");
      const [entry] = (await staffCaller.imports.list()).data;
      expect(entry?.fileName).toBe(`fakegpj${"x".repeat(244)}.csv`);
    });

    it("an empty body or a wrong header → `rejected` with the file's problem", async () => {
      const empty = finalLine(await upload(app, { mode: "commit", body: "", cookie: staff }));
      expect(empty).toMatchObject({ type: "rejected", fileError: "The file is empty", errors: [], rows: [] });
      const header = finalLine(
        await upload(app, { mode: "commit", body: "name,year\r\nA,2020\r\n", cookie: staff }),
      );
      expect(header.type).toBe("rejected");
      expect(header.fileError).toMatch(/^The header must be exactly: operation,edition_year,month,/);
    });

    it("refused before reading the file: 401, 403 (role, cross-site), 415, 400 — and the refusals logged", async () => {
      const { logger, lines } = capturingLogger();
      const logged = await appFor(database, { logger });
      try {
        const viewer = await loginCookie(logged, "viewer");
        const anonymous = await upload(logged, { body: GOOD });
        expect([anonymous.status, anonymous.json?.message]).toEqual([401, "Please sign in."]);
        const low = await upload(logged, { body: GOOD, cookie: viewer });
        expect([low.status, low.json?.message]).toEqual([403, "This needs the staff role or higher."]);
        const cross = await upload(logged, {
          body: GOOD,
          cookie: staff,
          headers: { origin: "https://evil.example" },
        });
        expect([cross.status, cross.json?.message]).toEqual([403, "Cross-site request refused"]);
        for (const type of [
          "multipart/form-data; boundary=x",
          "application/x-www-form-urlencoded",
          "text/plain",
        ]) {
          const res = await upload(logged, { body: GOOD, cookie: staff, headers: { "content-type": type } });
          expect(res.status).toBe(415);
          expect(res.json?.message).toMatch(/text\/csv/);
        }
        const mode = await upload(logged, { mode: "overwrite", body: GOOD, cookie: staff });
        expect([mode.status, mode.json?.message]).toEqual([400, "Give mode=preview or mode=commit"]);
        const refusals = lines.map((l) => JSON.parse(l).msg).filter((m) => m?.startsWith("Access refused"));
        expect(refusals).toEqual([
          "Access refused: not signed in",
          "Access refused: role too low",
          "Access refused: cross-site request",
        ]);
      } finally {
        await logged.close();
      }
    });

    it("over the upload cap (IMPORT_MAX_BYTES) by content-length → 413 naming the limit; nothing written", async () => {
      const capped = await appFor(database, { importMaxBytes: 4096 });
      try {
        const cookie = await loginCookie(capped, "staff");
        // The upload pages learn the cap from the server, so that they state and check this one.
        const limits = await trpcHttp(capped, "query", "imports.limits", undefined, cookie);
        expect(limits.body.result?.data).toEqual({ maxBytes: 4096 });
        const imports = await countRows(database, "imports");
        const res = await upload(capped, { body: Buffer.alloc(4097, "a"), cookie });
        expect(res.status).toBe(413);
        expect(res.json).toEqual({
          statusCode: 413,
          error: "Payload Too Large",
          message: "The file is larger than the 4 KiB limit",
          coded: { code: "limit.upload_size", params: { size: 4, unit: "KiB" } },
        });
        expect(await countRows(database, "imports")).toBe(imports);
        // Exactly at the limit is read (and then judged as a file).
        const atLimit = await upload(capped, { mode: "preview", body: Buffer.alloc(4096, "a"), cookie });
        expect(finalLine(atLimit)).toMatchObject({
          type: "preview",
          fileError: expect.stringMatching(/header/),
        });
        expect(MAX_IMPORT_BYTES).toBeGreaterThanOrEqual(256 * 1024 * 1024); // the default cap
      } finally {
        await capped.close();
      }
    });

    it("the rest of the API keeps its 1 MiB limit and JSON-only rule", async () => {
      const res = await app.inject({
        method: "POST",
        url: "/trpc/auth.logout",
        headers: { "content-type": "text/csv" },
        payload: "a,b",
      });
      expect(res.statusCode).toBe(415);
    });
  });
}
