/**
 * End to end for a refused import file (issue 10): the import page lists the first 200 errors with
 * "and N more" for the rest (the server lists no more), and a file that is not UTF-8 shows the
 * server's message naming where. The dashboard served by the real server, in chromium.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { OPERATIONS_CSV_HEADER } from "@tbc/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, type Harness, open, shot, shownText, signIn, startHarness } from "./harness";

let harness: Harness;
let dir: string;

beforeAll(async () => {
  harness = await startHarness();
  dir = mkdtempSync(join(tmpdir(), "tbc-e2e-import-"));
});

afterAll(async () => {
  await harness?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function csvFile(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const HEADER = OPERATIONS_CSV_HEADER.join(",");

describe("a refused import file in the browser", () => {
  it("300 bad rows: 200 errors listed, '… and 400 more', Import disabled; a Latin-1 file says where", async () => {
    const { page, errors } = await open(harness.browser);
    await signIn(page, harness.base, "staff@example.org", "/operations/import");
    const fileInput = page.locator('input[type="file"]');

    // Two errors a row: an unknown country (quoted, cut short) and raids that are not a number.
    const country = `Atlantis ${"x".repeat(120)}`;
    const rows = Array.from(
      { length: 300 },
      (_, i) => `Operation Bad ${i},2022,,food,,,${country},many,,,,,,`,
    );
    await fileInput.setInputFiles(csvFile("many-errors.csv", [HEADER, ...rows, ""].join("\r\n")));
    await eventually(() => page.getByTestId("import-chosen").textContent()).toContain("many-errors.csv");
    await page.getByTestId("import-preview").click();
    const card = page.getByTestId("import-errors");
    await eventually(() => page.getByTestId("import-errors-more").count()).toBe(1);
    expect(await shownText(page.getByTestId("import-errors-more"))).toBe(
      "… and 400 more errors, not listed: only the first 200 are shown. Correct these and preview the file again to see the rest.",
    );
    expect(await shownText(card.locator(".ant-card-extra"))).toBe("Errors: 600 · rows rejected: 300");
    expect(await shownText(page.getByTestId("import-count-rejected"))).toBe("Rejected 300");
    // 20 a page: 200 listed are 10 pages.
    expect(await card.locator(".ant-pagination-item").last().textContent()).toBe("10");
    expect(await card.locator("tbody tr.ant-table-row").first().locator("td").allInnerTexts()).toEqual([
      "2",
      "countries",
      `Unknown country "${country.slice(0, 60)}…"`,
    ]);
    expect(await page.getByTestId("import-commit").isDisabled()).toBe(true);
    await shot(page, "import-errors-and-more");

    // Excel's plain "CSV" is Latin-1 (or Windows-1252): refused, naming the line and byte.
    const latin1 = Buffer.from(`${HEADER}\r\nOpération,2022,,food,,,,1,1,,,,,\r\n`, "latin1");
    await fileInput.setInputFiles(csvFile("latin1.csv", latin1));
    await eventually(() => page.getByTestId("import-chosen").textContent()).toContain("latin1.csv");
    await page.getByTestId("import-preview").click();
    await eventually(() => page.getByTestId("import-file-error").count()).toBe(1);
    expect(await shownText(page.getByTestId("import-file-error"))).toBe(
      `This file cannot be imported The file is not UTF-8 text (line 2, byte offset ${HEADER.length + 4}): save it as “CSV UTF-8” and import it again`,
    );
    await shot(page, "import-not-utf8");
    expect(errors).toEqual([]);
  });
});
