import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSession, createUser, listImports, openDatabase, seedFile } from "@tbc/db";
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from "@tbc/db/testing";
import type { ImportRowError } from "@tbc/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../src/app";
import { runCli } from "../src/cli";
import { formatImportError, sanitizeFileName } from "../src/imports";
import { appFor } from "./helpers";
import { csvOf, csvRow, finalLine, operationsSnapshot, upload } from "./operations-helpers";

const dir = mkdtempSync(join(tmpdir(), "tbc-import-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The published file; then a revision (one figure corrected, one operation added); then a bad one. */
const SEED = readFileSync(seedFile("operations.csv"), "utf8").replace(/\r?\n?$/, "\r\n"); // CRLF, like csvOf
const rowsOf = (csv: string) => csv.slice(csv.indexOf("\r\n") + 2);
const REVISED =
  SEED.replace(",,185,,", ",,186,,") +
  rowsOf(csvOf([csvRow("Operation Parity", { countries: "Ghana; Togo" })]));
const BAD =
  REVISED +
  rowsOf(
    csvOf([
      csvRow("Operation Bad Year", { edition_year: "19x9" }),
      csvRow("Operation Bad Country", { countries: "Atlantis", source_url: "javascript:alert(1)" }),
    ]),
  );
const FILES = { "operations.csv": SEED, "revised.csv": REVISED, "bad.csv": BAD };
for (const [name, content] of Object.entries(FILES)) writeFileSync(join(dir, name), content);

async function cli(argv: string[], databaseUrl: string) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    env: { DATABASE_URL: databaseUrl },
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
  });
  return { code, stdout, stderr };
}

/** What the CLI's database holds afterwards (it is closed between commands). */
async function cliDatabaseState(url: string) {
  const database = openDatabase(url);
  try {
    return { operations: await operationsSnapshot(database), history: await historyOf(database) };
  } finally {
    await database.close();
  }
}

async function historyOf(database: { db: TestDatabase["db"] }) {
  const { data } = await listImports(database.db, { sorters: [{ field: "id", order: "asc" }] });
  return data.map(({ id: _id, at: _at, userEmail: _u, ...entry }) => entry);
}

// The CLI opens DATABASE_URL itself: an SQLite file (a schema-per-test PostgreSQL database cannot be
// named by a URL). The upload goes into a fresh database of each dialect, so the comparison also
// shows that both dialects store the same thing.
for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: the CLI and the upload endpoint import identically`, () => {
    const cliUrl = join(dir, `cli-${dialect}.sqlite`);
    let database: TestDatabase;
    let app: App;
    let cookie: string;

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      const user = await createUser(database.db, {
        email: "importer@example.org",
        name: "Importer",
        role: "staff",
        password: "a long enough password",
      });
      cookie = `tbc_session=${(await createSession(database.db, user.id)).token}`;
      app = await appFor(database);
    });
    afterAll(async () => {
      await app?.close();
      await database?.drop();
    });

    const steps = [
      { file: "operations.csv", counts: { total: 58, created: 58, updated: 0, unchanged: 0 } },
      { file: "revised.csv", counts: { total: 59, created: 1, updated: 1, unchanged: 57 } },
      { file: "operations.csv", counts: { total: 58, created: 0, updated: 1, unchanged: 57 } },
    ] as const;

    for (const [i, step] of steps.entries()) {
      it(`${i + 1}. ${step.file}: same counts, same operations (all columns and countries)`, async () => {
        const byCli = await cli(["import", "operations", join(dir, step.file)], cliUrl);
        expect(byCli.stderr).toBe("");
        expect(byCli.code).toBe(0);
        const { created, updated, unchanged, total } = step.counts;
        expect(byCli.stdout).toContain(
          `Imported ${step.file} into sqlite ${cliUrl} (import #${i + 1}, ${total} rows): ` +
            `${created} created, ${updated} updated, ${unchanged} unchanged.`,
        );

        const res = await upload(app, { body: FILES[step.file], cookie, fileName: step.file });
        expect(finalLine(res)).toEqual({
          type: "result",
          importId: i + 1,
          counts: { ...step.counts, rejected: 0 },
        });

        const viaCli = await cliDatabaseState(cliUrl);
        expect(await operationsSnapshot(database)).toEqual(viaCli.operations);
        expect(await historyOf(database)).toEqual(viaCli.history);
      });
    }

    it("4. a bad file: the same errors (row, column, message), nothing written by either", async () => {
      const before = await cliDatabaseState(cliUrl);
      const byCli = await cli(["import", "operations", join(dir, "bad.csv")], cliUrl);
      expect(byCli.code).toBe(1);
      const res = await upload(app, { body: BAD, cookie, fileName: "bad.csv" });
      const rejected = finalLine(res) as {
        type: string;
        errors: ImportRowError[];
      };
      expect(rejected.type).toBe("rejected");
      expect(rejected.errors.map((e) => [e.line, e.column])).toEqual([
        [61, "edition_year"],
        [62, "countries"],
        [62, "source_url"],
      ]);
      const printed = byCli.stderr.trimEnd().split("\n");
      expect(printed.slice(0, -1)).toEqual(rejected.errors.map(formatImportError));
      expect(printed[0]).toBe("row 61, column edition_year: Enter the year as a number");
      expect(printed.at(-1)).toBe(
        "Error: 3 error(s) in 2 of 61 row(s): nothing was imported. Correct the file and import it again.",
      );

      const after = await cliDatabaseState(cliUrl);
      expect(after.operations).toEqual(before.operations);
      expect(after.history.at(-1)).toMatchObject({
        fileName: "bad.csv",
        status: "rejected",
        rowsRejected: 2,
      });
      expect(await operationsSnapshot(database)).toEqual(after.operations);
      expect(await historyOf(database)).toEqual(after.history);
    });
  });
}

describe("pnpm tbc import operations", () => {
  const url = join(dir, "cli-errors.sqlite");

  it("usage, a missing file, an empty file and a directory", async () => {
    expect((await cli(["import", "operations"], url)).code).toBe(2);
    const missing = await cli(["import", "operations", join(dir, "nope.csv")], url);
    expect([missing.code, missing.stderr]).toEqual([
      1,
      `Error: Cannot read ${join(dir, "nope.csv")}: no such file\n`,
    ]);
    writeFileSync(join(dir, "empty.csv"), "");
    const empty = await cli(["import", "operations", join(dir, "empty.csv")], url);
    expect([empty.code, empty.stderr]).toEqual([1, "Error: The file is empty: nothing was imported.\n"]);
    // No size limit: the CLI streams a local file of any size.
    const notAFile = await cli(["import", "operations", dir], url);
    expect([notAFile.code, notAFile.stderr]).toEqual([1, `Error: Cannot read ${dir}: it is a directory\n`]);
  });
});

describe("sanitizeFileName", () => {
  it.each([
    ["operations.csv", "operations.csv"],
    ["C:\\fakepath\\ops 2024.csv", "ops 2024.csv"],
    ["../../etc/passwd", "passwd"],
    ["evil\u202Evsc.exe", "evilvsc.exe"],
    ["line\r\nbreak\u0000.csv", "linebreak.csv"],
    ["  ", "upload.csv"],
    ["..", "upload.csv"],
    [undefined, "upload.csv"],
    [`${"é".repeat(300)}.csv`, `${"é".repeat(251)}.csv`],
  ])("%j → %j", (raw, expected) => {
    expect(sanitizeFileName(raw)).toBe(expected);
  });
});
