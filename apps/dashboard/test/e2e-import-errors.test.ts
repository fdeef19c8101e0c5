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

  it("an unknown country: did you mean …?, mapped right there, then imported; an update shows old → new", async () => {
    const { page, errors } = await open(harness.browser);
    await signIn(page, harness.base, "staff@example.org", "/operations/import");
    const fileInput = page.locator('input[type="file"]');
    const row = (arrests: number) =>
      `Operation E2E Names,2024,2024-03,drugs,Americas,2,Netherlands (Aruba); Nethrlands,,${arrests},,,,,`;

    await fileInput.setInputFiles(csvFile("names.csv", [HEADER, row(7), ""].join("\n")));
    await page.getByTestId("import-preview").click();
    const unresolved = page.getByTestId("import-unresolved");
    await eventually(() => unresolved.count()).toBe(1);
    expect(await shownText(unresolved.getByTestId("unresolved-suggestion"))).toBe("Netherlands (NL)");
    expect(
      await shownText(page.getByTestId("import-errors").locator("tbody tr.ant-table-row td").last()),
    ).toBe('Unknown country "Nethrlands": did you mean "Netherlands" (NL)?');
    expect(await page.getByTestId("import-commit").isDisabled()).toBe(true);
    await shot(page, "import-unknown-name");

    // The best suggestion is chosen already: Save mapping, and the preview runs again, clean.
    await unresolved.getByTestId("unresolved-map").click();
    await eventually(() => page.getByTestId("import-unresolved").count()).toBe(0);
    expect(await page.getByTestId("import-errors").count()).toBe(0);
    await eventually(() => page.getByTestId("import-commit").isEnabled()).toBe(true);
    await page.getByTestId("import-commit").click();
    await eventually(() => page.getByTestId("import-result").textContent()).toContain("1 created, 0 updated");

    // The same operation again with other arrests: the preview names the field, old → new.
    await fileInput.setInputFiles(csvFile("names-update.csv", [HEADER, row(9), ""].join("\n")));
    await page.getByTestId("import-preview").click();
    await eventually(() => page.getByTestId("import-changes").count()).toBe(1);
    expect(await shownText(page.getByTestId("import-changes"))).toBe("arrests 7 → 9");
    await shot(page, "import-update-changes");

    // The mapping is listed (and audited) under Name mappings.
    await page.goto(`${harness.base}/aliases`);
    const table = page.getByTestId("alias-table");
    await eventually(() => table.locator("tbody tr.ant-table-row").count()).toBe(1);
    expect(await shownText(table.locator("tbody tr.ant-table-row").first())).toContain("Nethrlands");
    expect(await shownText(table.locator("tbody tr.ant-table-row").first())).toContain("Netherlands (NL)");
    await shot(page, "aliases-list");
    expect(errors).toEqual([]);
  });
});
