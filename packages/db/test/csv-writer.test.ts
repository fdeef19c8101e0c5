import { csvCell, csvLine } from "@tbc/types";
import { describe, expect, it } from "vitest";

describe("CSV writer", () => {
  it("quotes per RFC 4180 and ends lines with CRLF", () => {
    expect(csvLine(["plain", 'say "hi"', "a,b", "two\nlines", null, 42, -3.5, true])).toBe(
      'plain,"say ""hi""","a,b","two\nlines",,42,-3.5,true\r\n',
    );
  });

  it("neutralises text a spreadsheet would run as a formula, but not numbers", () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell("+1 555")).toBe("'+1 555");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
    expect(csvCell("\rcmd")).toBe('"\'\rcmd"');
    expect(csvCell(-2)).toBe("-2");
    expect(csvCell("Operation = Pangea")).toBe("Operation = Pangea");
  });
});

import { afterAll, beforeAll } from "vitest";
import { createAgency } from "../src/agencies/agencies.repository";
import { InvalidQueryError } from "../src/errors";
import { exportCsv } from "../src/export/exports";
import { seedDemo } from "../src/seed/seed";
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from "../src/testing";

async function collect(gen: AsyncGenerator<string>): Promise<string> {
  let out = "";
  for await (const chunk of gen) out += chunk;
  return out;
}

for (const dialect of TEST_DIALECTS) {
  describe(`CSV export on ${dialect}`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      await seedDemo(t.db);
    });
    afterAll(() => t.drop());

    it("exports the full filtered list, not a page, with the screen's headers", async () => {
      const csv = await collect(
        exportCsv(
          t.db,
          "operations",
          {
            pagination: { currentPage: 1, pageSize: 5 },
            filters: [{ field: "crimeArea", operator: "eq", value: "pharmaceuticals" }],
          },
          [{ key: "name", label: "Opération" }, { key: "arrests" }],
        ),
      );
      const lines = csv.split("\r\n").filter(Boolean);
      expect(lines[0]).toBe("\uFEFFOpération,Arrests");
      expect(lines).toHaveLength(1 + 16);
    });

    it("neutralises a name starting with =", async () => {
      await createAgency(
        t.db,
        {
          name: '=HYPERLINK("http://x")',
          acronym: null,
          countryCode: "FR",
          kind: "other",
          pledgedOn: null,
          website: null,
          socialHandle: null,
          notes: null,
          sourceUrl: null,
        },
        { userId: null },
      );
      const csv = await collect(
        exportCsv(t.db, "agencies", { filters: [{ field: "countryCode", operator: "eq", value: "FR" }] }, [
          { key: "name" },
        ]),
      );
      expect(csv).toContain('"\'=HYPERLINK(""http://x"")"');
    });

    it("refuses unknown resources and columns", async () => {
      await expect(collect(exportCsv(t.db, "users", undefined))).rejects.toBeInstanceOf(InvalidQueryError);
      await expect(
        collect(exportCsv(t.db, "agencies", undefined, [{ key: "passwordHash" }])),
      ).rejects.toBeInstanceOf(InvalidQueryError);
    });
  });
}
