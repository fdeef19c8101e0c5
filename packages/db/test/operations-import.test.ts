import { OPERATIONS_CSV_HEADER } from "@tbc/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImportRejectedError } from "../src/imports/csv";
import { listImports } from "../src/imports/imports.repository";
import { commitOperationsImport, previewOperationsImport } from "../src/imports/operations-commit";
import { getOperation, listOperations } from "../src/operations/operations.repository";
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from "../src/testing";
import { createUser } from "../src/users/users.repository";

const HEADER = OPERATIONS_CSV_HEADER.join(",");
const row = (over: Partial<Record<(typeof OPERATIONS_CSV_HEADER)[number], string>> = {}) => {
  const cells = {
    operation: "Operation Test",
    edition_year: "2024",
    month: "2024-03/2024-05",
    crime_area: "pharmaceuticals",
    region: "Europe",
    countries_count: "2",
    countries: "France; Germany",
    raids: "",
    arrests: "12",
    under_investigation: "",
    seizure_description: "",
    seized_value_usd: "1500000",
    source_title: "Press release",
    source_url: "https://example.org/op",
    ...over,
  };
  return OPERATIONS_CSV_HEADER.map((h) => {
    const v = cells[h];
    return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  }).join(",");
};
const csv = (...rows: string[]) => `${HEADER}\n${rows.join("\n")}\n`;

for (const dialect of TEST_DIALECTS) {
  describe(`operations import on ${dialect}`, () => {
    let t: TestDatabase;
    let actor: { userId: number };
    const count = async () => (await listOperations(t.db, {})).total;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      actor = {
        userId: (
          await createUser(t.db, {
            email: "staff@x.org",
            name: "S",
            role: "staff",
            password: "long enough pass",
          })
        ).id,
      };
    });
    afterAll(() => t.drop());

    it("reads quoted fields with commas and newlines, and a BOM", async () => {
      const file = `\uFEFF${csv(row({ operation: "Operation Quoted", seizure_description: 'pills, "fake" vials\nand more' }))}`;
      const result = await commitOperationsImport(t.db, file, { fileName: "quoted.csv", actor });
      expect(result.counts).toMatchObject({ created: 1, updated: 0, unchanged: 0 });
      const { data } = await listOperations(t.db, {
        filters: [{ field: "name", operator: "eq", value: "Operation Quoted" }],
      });
      const op = await getOperation(t.db, data[0]?.id ?? 0);
      expect(op.seizureDescription).toBe('pills, "fake" vials\nand more');
      expect(op).toMatchObject({ periodStart: "2024-03", periodEnd: "2024-05", arrests: 12, raids: null });
      expect(op.countries.map((c) => c.code)).toEqual(["FR", "DE"]);
    });

    it("reads files mixing CRLF and LF line ends, and reports rows with too many or too few cells", async () => {
      const mixed = `${HEADER}\r\n${row({ operation: "Op CRLF" })}\r\n${row({ operation: "Op LF" })}\n`;
      const preview = await previewOperationsImport(t.db, mixed);
      expect(preview.rows.map((r) => r.name)).toEqual(["Op CRLF", "Op LF"]);
      const ragged = csv(
        `${row({ operation: "Op Wide" })},extra,cells`,
        row({ operation: "Op Narrow" }).split(",").slice(0, 5).join(","),
      );
      const bad = await previewOperationsImport(t.db, ragged);
      expect(bad.errors.filter((e) => e.column === "operation").map((e) => [e.line, e.message])).toEqual([
        [2, "This row has 16 cells; the header has 14"],
        [3, "This row has 5 cells; the header has 14"],
      ]);
    });

    it("a file with one bad row writes nothing and reports that row and column", async () => {
      const before = await count();
      const file = csv(
        row({ operation: "Good One" }),
        row({ operation: "Bad One", arrests: "twelve" }),
        row({ operation: "Good Two" }),
      );
      const preview = await previewOperationsImport(t.db, file);
      expect(preview.errors).toEqual([
        {
          line: 3,
          column: "arrests",
          message: "Arrests must be a whole number",
          code: "validation.not_a_number",
          params: {},
        },
      ]);
      expect(preview.counts).toMatchObject({ total: 3, create: 2, rejected: 1 });
      await expect(commitOperationsImport(t.db, file, { fileName: "bad.csv", actor })).rejects.toBeInstanceOf(
        ImportRejectedError,
      );
      expect(await count()).toBe(before);
      const history = await listImports(t.db, {});
      expect(history.data[0]).toMatchObject({
        fileName: "bad.csv",
        status: "rejected",
        rowsRejected: 1,
        rowsCreated: 0,
        userEmail: "staff@x.org",
      });
    });

    it("reports unknown countries, crime areas, bad months and duplicate keys per row", async () => {
      const preview = await previewOperationsImport(
        t.db,
        csv(
          row({ operation: "Op A", countries: "France; Atlantis" }),
          row({ operation: "Op B", crime_area: "piracy" }),
          row({ operation: "Op C", month: "2024-13" }),
          row({ operation: "Op C" }),
          row({ operation: "Op C" }),
          row({ operation: "Op D", source_url: "javascript:alert(1)" }),
        ),
      );
      expect(preview.errors.map((e) => [e.line, e.column])).toEqual([
        [2, "countries"],
        [3, "crime_area"],
        [4, "month"],
        [6, "operation"],
        [7, "source_url"],
      ]);
    });

    it("re-importing updates changed rows in place and never duplicates", async () => {
      const first = csv(
        row({ operation: "Operation Idem", arrests: "5" }),
        row({ operation: "Operation Idem 2" }),
      );
      expect((await commitOperationsImport(t.db, first, { fileName: "a.csv", actor })).counts).toMatchObject({
        created: 2,
      });
      const again = await commitOperationsImport(t.db, first, { fileName: "a.csv", actor });
      expect(again.counts).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
      const changed = csv(
        row({ operation: "Operation Idem", arrests: "7", countries: "Spain" }),
        row({ operation: "Operation Idem 2" }),
      );
      const third = await commitOperationsImport(t.db, changed, { fileName: "b.csv", actor });
      expect(third.counts).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
      const { data } = await listOperations(t.db, {
        filters: [{ field: "name", operator: "eq", value: "Operation Idem" }],
      });
      expect(data).toHaveLength(1);
      const op = await getOperation(t.db, data[0]?.id ?? 0);
      expect(op).toMatchObject({ arrests: 7, version: 2 });
      expect(op.countries.map((c) => c.code)).toEqual(["ES"]);
    });

    it("refuses files that are empty, not CSV, too large or with the wrong header, changing nothing", async () => {
      const before = await count();
      const cases: [string | Buffer, RegExp][] = [
        ["", /empty/],
        [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), /not a CSV/],
        [`${HEADER}\n`, /no rows/],
        ["operation,year\nX,2020\n", /header must be exactly/],
        [`${HEADER}\n"unterminated,2020\n`, /not valid CSV/],
      ];
      for (const [file, message] of cases) {
        const preview = await previewOperationsImport(t.db, file);
        expect(preview.fileError).toMatch(message);
        await expect(commitOperationsImport(t.db, file, { fileName: "f.csv", actor })).rejects.toThrow(
          message,
        );
      }
      expect(await count()).toBe(before);
    });

    it("refuses a stream past the size cap after some batches were written, keeping none of them", async () => {
      const before = await count();
      const first = `${HEADER}\n${row({ operation: "Operation Cap A" })}\n${row({ operation: "Operation Cap B" })}\n`;
      // Chunks as an upload delivers them: the cap is crossed by the second, after batches of one row.
      async function* chunks() {
        yield Buffer.from(first);
        yield Buffer.from(`${row({ operation: "Operation Cap C" })}\n`);
        yield Buffer.from(`${row({ operation: "Operation Cap D" })}\n`);
      }
      const opts = { fileName: "cap.csv", actor, batchSize: 1, maxBytes: Buffer.byteLength(first) + 10 };
      const progress: number[] = [];
      const err = await commitOperationsImport(t.db, chunks(), {
        ...opts,
        onProgress: (_phase, done) => progress.push(done),
      }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ImportRejectedError);
      expect((err as ImportRejectedError).preview.fileError).toMatch(/larger than the \d+ bytes limit/);
      // csv-parse hands on a chunk's last row only once it sees what follows: at least one batch.
      expect(progress[0]).toBe(1); // written (in the transaction) before the cap was reached
      expect(await count()).toBe(before);
      const history = await listImports(t.db, { sorters: [{ field: "id", order: "desc" }] });
      expect(history.data[0]).toMatchObject({ fileName: "cap.csv", status: "rejected" });
    });
  });
}
