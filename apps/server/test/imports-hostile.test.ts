/**
 * Hostile files through the real upload route (issue 10, item 2): bytes that are not UTF-8, cells,
 * rows and headers out of shape, and files made to produce huge answers. Each is a clear error,
 * nothing is imported, the refused commit is in the import history, and the answer stays small.
 */
import { TEST_DIALECTS, type TestDatabase } from "@tbc/db/testing";
import { ENGAGEMENT_CSV_HEADER, POSTS_CSV_HEADER } from "@tbc/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../src/app";
import { appFor, type Caller, callerFor, loginCookie, seededDatabase } from "./helpers";
import { countRows, csvOf, csvRow, finalLine, type ImportLine, upload } from "./operations-helpers";

const GOOD = csvOf([csvRow("Operation Hostile A"), csvRow("Operation Hostile B")]);
const HEADER_LINE = GOOD.slice(0, GOOD.indexOf("\r\n"));
const notUtf8 = (line: number, offset: number) =>
  `The file is not UTF-8 text (line ${line}, byte offset ${offset}): save it as “CSV UTF-8” and import it again`;
const MUST_BE = `The header must be exactly: ${HEADER_LINE}`;
const daily = (rows: string[]) => `${[ENGAGEMENT_CSV_HEADER.join(","), ...rows].join("\r\n")}\r\n`;

/** The most an answer may weigh, whatever the file: 200 errors of at most 300 characters, and counts. */
const ANSWER_MAX_BYTES = 128 * 1024;

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: hostile files through POST /api/imports/<kind>`, () => {
    let database: TestDatabase;
    let app: App;
    let staff: string;
    let caller: Caller;

    beforeAll(async () => {
      database = await seededDatabase(dialect);
      app = await appFor(database);
      staff = await loginCookie(app, "staff");
      caller = await callerFor(database, "staff");
    });
    afterAll(async () => {
      await app?.close();
      await database?.drop();
    });

    /**
     * The commit is refused: nothing is written, the refusal is in the history, the answer is small.
     * With `preview`, a preview first, which must show exactly what the refusal shows.
     */
    async function refused(body: string | Buffer, kind = "operations", preview = false) {
      const before = { operations: await countRows(database, "operations"), daily: await dailyRows() };
      const fileName = "hostile.csv";
      const commit = await upload(app, { kind, mode: "commit", body, cookie: staff, fileName });
      expect(commit.status).toBe(200);
      expect(Buffer.byteLength(commit.raw)).toBeLessThan(ANSWER_MAX_BYTES);
      const final = finalLine(commit);
      expect(final.type).toBe("rejected");
      if (preview) {
        const shown = await upload(app, { kind, mode: "preview", body, cookie: staff });
        expect(shown.status).toBe(200);
        expect(Buffer.byteLength(shown.raw)).toBeLessThan(ANSWER_MAX_BYTES);
        expect(finalLine(shown)).toEqual({ ...final, type: "preview" });
      }
      expect(await countRows(database, "operations")).toBe(before.operations);
      expect(await dailyRows()).toBe(before.daily);
      const [latest] = (await caller.imports.list()).data;
      expect(latest).toMatchObject({ fileName, status: "rejected", rowsCreated: 0 });
      return { final, history: latest?.message ?? null };
    }

    async function dailyRows(): Promise<number> {
      const row = await database.db
        .selectFrom("engagementDaily")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    }

    /** A file refused as a whole: its one message, and the same message in the history. */
    async function fileError(body: string | Buffer, kind = "operations", preview = false) {
      const { final, history } = await refused(body, kind, preview);
      expect(final).toMatchObject({ errors: [], rows: [], counts: { total: 0, errors: 0 } });
      expect(history).toBe(final.fileError);
      return final.fileError;
    }

    it("bytes that are not UTF-8 (a Latin-1 é) refuse the file, naming the line and byte offset", async () => {
      const latin1 = Buffer.from(csvOf([csvRow("Operation A"), csvRow("Opération B")]), "latin1");
      const offset = latin1.indexOf(0xe9);
      expect(await fileError(latin1, "operations", true)).toBe(notUtf8(3, offset));
    });

    it("a character cut off by the end of the file, a Latin-1 é in an engagement file: the same refusal", async () => {
      const cut = Buffer.concat([Buffer.from(GOOD), Buffer.from([0xe2, 0x82])]);
      expect(await fileError(cut)).toBe(notUtf8(4, Buffer.byteLength(GOOD)));
      const posts = Buffer.from(
        `${POSTS_CSV_HEADER.join(",")}\n2024-01-01T10:00:00Z,x,Caf\u00e9,,1,,,,,\n`,
        "latin1",
      );
      expect(await fileError(posts, "engagement")).toBe(notUtf8(2, posts.indexOf(0xe9)));
    });

    it("a UTF-16 file is told to be saved as UTF-8; a UTF-8 BOM is fine", async () => {
      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, "utf16le")]);
      expect(await fileError(utf16)).toBe(
        "This file is UTF-16 text: save it as “CSV UTF-8” and import it again",
      );
      const bom = Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from(csvOf([csvRow("Opération Zoë")])),
      ]);
      const res = finalLine(await upload(app, { mode: "commit", body: bom, cookie: staff }));
      expect(res).toMatchObject({ type: "result", counts: { total: 1, created: 1 } });
      const stored = await database.db
        .selectFrom("operations")
        .select("name")
        .where("name", "like", "Op%ration Zo%")
        .execute();
      expect(stored).toEqual([{ name: "Opération Zoë" }]);
    });

    it("a month with a third part is a field error, never cut to the first two", async () => {
      const { final } = await refused(
        csvOf([
          csvRow("Operation M1", { month: "2024-03/2024-04/2024-05" }),
          csvRow("Operation M2", { month: "2024-03-15" }),
          csvRow("Operation M3", { month: "2024-03-01-x" }),
        ]),
      );
      expect(final.errors).toMatchObject([
        {
          line: 2,
          column: "month",
          message: 'Use a month as YYYY-MM or a period as YYYY-MM/YYYY-MM, not "2024-03/2024-04/2024-05"',
        },
        { line: 3, column: "month", message: "Use a month as YYYY-MM" },
        { line: 4, column: "month", message: "Use a month as YYYY-MM" },
      ]);
    });

    it("150,000 unknown countries in one cell (0.3 MiB): one bounded error", async () => {
      const countries = Array.from({ length: 150_000 }, () => "q").join(";");
      const { final, history } = await refused(
        csvOf([csvRow("Operation C", { countries })]),
        "operations",
        true,
      );
      expect(final.errors).toMatchObject([
        {
          line: 2,
          column: "countries",
          message: "At most 300 countries in one cell; this one lists 150,000",
        },
      ]);
      expect(history).toBe("1 error(s) in 1 row(s)");
    });

    it("a 0.3 MiB file of 2,000 errors: 200 listed, each message short, the rest counted", async () => {
      const name = `Atlantis ${"x".repeat(150)}`;
      const rows = Array.from({ length: 1000 }, (_, i) =>
        csvRow(`Operation E${i}`, { countries: name, raids: "many" }),
      );
      const body = csvOf(rows);
      expect(body.length).toBeGreaterThan(0.2 * 1024 * 1024);
      const { final, history } = await refused(body, "operations", true);
      expect(final.counts).toEqual({
        total: 1000,
        create: 0,
        update: 0,
        unchanged: 0,
        rejected: 1000,
        errors: 2000,
      });
      const errors = final.errors as { line: number; message: string }[];
      expect(errors).toHaveLength(200);
      expect(errors.slice(0, 2)).toMatchObject([
        { line: 2, column: "countries", message: `Unknown country "${name.slice(0, 60)}…"` },
        { line: 2, column: "raids", message: "Raids must be a whole number" },
      ]);
      expect(errors.at(-1)).toMatchObject({ line: 101, column: "raids" });
      expect(history).toBe("2000 error(s) in 1000 row(s)");
    });

    it("engagement: a huge channel in 1,000 rows is quoted short; 200 of 2,000 errors listed", async () => {
      const channel = "c".repeat(500);
      const body = daily(
        Array.from({ length: 1000 }, (_, i) => `2014-07-0${(i % 9) + 1},${channel},,1,,,,,,,`),
      );
      const { final } = await refused(body, "engagement", true);
      expect(final.counts).toMatchObject({ total: 1000, rejected: 1000, errors: 2000 });
      expect((final.errors as unknown[]).slice(0, 2)).toMatchObject([
        { line: 2, column: "channel", message: "At most 30 characters" },
        { line: 2, column: "channel", message: `Unknown channel "${"c".repeat(60)}…"` },
      ]);
    });

    it("cells longer than their column, rows of the wrong width: field errors naming them", async () => {
      const long = csvOf([csvRow("O".repeat(201)), csvRow("Operation W", { source_title: "t".repeat(501) })]);
      expect((await refused(long)).final.errors).toMatchObject([
        { line: 2, column: "operation", message: "At most 200 characters" },
        { line: 3, column: "source_title", message: "At most 500 characters" },
      ]);
      const wide = `${GOOD}${csvOf([csvRow("Operation X")]).split("\r\n")[1]},extra\r\n`;
      expect((await refused(wide)).final.errors).toMatchObject([
        { line: 4, column: "operation", message: "This row has 15 cells; the header has 14" },
      ]);
      const text = "t".repeat(2001);
      const posts = `${POSTS_CSV_HEADER.join(",")}\n2024-01-01T10:00:00Z,x,${text},,1,,,,,\n`;
      expect((await refused(posts, "engagement")).final.errors).toMatchObject([
        { line: 2, column: "text", message: "At most 2000 characters" },
      ]);
    });

    it("a row past 1 MiB of characters is refused as a whole", async () => {
      const huge = csvOf([csvRow("Operation H", { seizure_description: "d".repeat(1024 * 1024) })]);
      expect(await fileError(huge)).toBe(
        "The file is not valid CSV: row 2 is longer than 1,048,576 characters",
      );
    });

    it("headers with a duplicate, unknown or missing column: the file's error names every one", async () => {
      const withHeader = (header: string) => `${header}${GOOD.slice(HEADER_LINE.length)}`;
      expect(await fileError(withHeader(HEADER_LINE.replace("region", "operation")))).toBe(
        `${MUST_BE} (missing: "region"; twice: "operation")`,
      );
      expect(await fileError(withHeader(HEADER_LINE.replace("region", "zone")))).toBe(
        `${MUST_BE} (unexpected: "zone"; missing: "region")`,
      );
      expect(await fileError(withHeader(HEADER_LINE.replace(",region", "")))).toBe(
        `${MUST_BE} (missing: "region")`,
      );
    });

    it("a header with a nameless column, or all in one quoted cell: the file's error, the name cut short", async () => {
      const withHeader = (header: string) => `${header}${GOOD.slice(HEADER_LINE.length)}`;
      expect(await fileError(withHeader(`${HEADER_LINE},`))).toBe(
        `${MUST_BE} (unexpected: (a column with no name))`,
      );
      expect(await fileError(withHeader(`"${HEADER_LINE}"`))).toEqual(
        expect.stringContaining(
          `${MUST_BE} (unexpected: "${HEADER_LINE.slice(0, 60)}…"; missing: "operation", `,
        ),
      );
    });

    it("only a header, or nothing at all: the file's error", async () => {
      expect(await fileError(`${HEADER_LINE}\r\n`)).toBe("The file has a header but no rows");
      expect(await fileError("")).toBe("The file is empty");
      expect(await fileError(`${ENGAGEMENT_CSV_HEADER.join(",")}\n`, "engagement")).toBe(
        "The file has a header but no rows",
      );
    });

    it("a quote left open at the end of the file: where it opened; nothing of the rows before", async () => {
      expect(await fileError(`${GOOD}"Operation Q,2022`)).toBe(
        "The file is not valid CSV: a quote opened in row 4 is never closed",
      );
      expect(
        await fileError(daily(["2014-07-01,x,,1,,,,,,,", '2014-07-02,"x,,1,,,,,,,']), "engagement"),
      ).toBe("The file is not valid CSV: a quote opened in row 3 is never closed");
    });

    it("CRLF, LF and CR line ends mixed in one file: every row read, errors on the right line", async () => {
      const [header, a, b, c] = csvOf([
        csvRow("Operation Mixed A"),
        csvRow("Operation Mixed B", { raids: "lots" }),
        csvRow("Operation Mixed C"),
      ]).split("\r\n");
      const res = finalLine(
        await upload(app, { mode: "preview", body: `${header}\n${a}\r${b}\r\n${c}\n`, cookie: staff }),
      );
      expect(res).toMatchObject({
        counts: { total: 3, create: 2, rejected: 1, errors: 1 },
        errors: [{ line: 3, column: "raids", message: "Raids must be a whole number" }],
      });
      expect((res.rows as ImportLine[]).map((r) => r.line)).toEqual([2, 4]);
    });
  });
}
