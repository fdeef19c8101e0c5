/// <reference types="node" />
/**
 * End to end for operations: Outcomes KPIs, the operations list and show page, and the CSV import
 * (preview with progress, row errors, commit) against the real server and the demo seed.
 * `pnpm test` builds dist/ first; see harness.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, type Harness, open, shot, shownText, signIn, startHarness } from "./harness";
import { BAD_CSV, GOOD_CSV, IMPORTED_ARRESTS, LOAD_CSV } from "./operations-csv";

let harness: Harness;
let dir: string;

beforeAll(async () => {
  // A small upload limit (IMPORT_MAX_BYTES): the import page must state and apply the server's own.
  harness = await startHarness({ importMaxBytes: 1024 * 1024 });
  dir = mkdtempSync(join(tmpdir(), "tbc-e2e-"));
});

afterAll(async () => {
  await harness?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function csvFile(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const digits = (text: string | null) => Number((text ?? "").replace(/\D/g, ""));

async function kpiValue(page: Page, key: string): Promise<number> {
  return digits(await page.getByTestId(`kpi-${key}`).locator(".ant-statistic-content-value").textContent());
}

/** A KPI and its coverage line ("reported by 36 of 58 operations"). */
async function kpi(page: Page, key: string): Promise<{ value: number; coverage: string }> {
  const coverage = await page.getByTestId(`kpi-${key}-coverage`).textContent();
  return { value: await kpiValue(page, key), coverage: coverage ?? "" };
}

async function openOutcomes(page: Page) {
  await page.getByRole("menuitem", { name: "Outcomes" }).click();
  await page.waitForURL("**/outcomes");
  await page.getByTestId("kpi-arrests-coverage").waitFor();
}

describe("operations end to end", () => {
  it("staff imports a CSV: preview, row errors, commit, and the Outcomes KPIs move exactly", async () => {
    const { context, page, errors } = await open(harness.browser);
    await signIn(page, harness.base, "staff@example.org", "/agencies/by-country");

    // Outcomes after the seed: "Arrests: 49,953 across 36 of 58 operations".
    await openOutcomes(page);
    await eventually(() => kpi(page, "arrests")).toEqual({
      value: 49_953,
      coverage: "reported by 36 of 58 operations",
    });
    expect(await kpi(page, "countries")).toMatchObject({
      coverage: expect.stringMatching(/^listed by \d+ of 58/),
    });
    const charts = ["by-year-chart", "by-crime-area-chart"];
    for (const id of charts) {
      await eventually(() => page.getByTestId(id).locator(".recharts-bar-rectangle").count()).toBeGreaterThan(
        0,
      );
    }
    await eventually(() => page.getByTestId("top-operations").locator("tbody tr.ant-table-row").count()).toBe(
      10,
    );
    await shot(page, "07-outcomes");

    // The operations list: unknown figures are "—", never 0.
    await page.getByRole("menuitem", { name: "Operations" }).click();
    await page.waitForURL("**/operations?**");
    const rows = page.getByTestId("operations-table").locator("tbody tr.ant-table-row");
    await eventually(() => rows.count()).toBe(20);
    expect(await page.getByTestId("operations-table").locator("[data-unknown=true]").count()).toBeGreaterThan(
      0,
    );
    await shot(page, "08-operations-list");

    // Operation Jupiter VI: figures, source link, grade and caveat.
    await page.getByPlaceholder("Search by name").fill("Jupiter");
    await page.getByRole("link", { name: "Operation Jupiter VI", exact: true }).click();
    await page.waitForURL("**/operations/show/*");
    const source = page.getByTestId("source-link");
    await expect
      .poll(() => source.getAttribute("href"))
      .toBe("https://www.interpol.int/en/News-and-media/News/2014/N2014-083");
    expect(await source.getAttribute("rel")).toBe("noopener noreferrer");
    expect(await source.getAttribute("target")).toBe("_blank");
    await eventually(() => page.getByTestId("operation-caveat").textContent()).toContain(
      "raids 'more than 600'",
    );
    const figures = (await page.getByTestId("operation-figures").textContent()) ?? "";
    expect(figures).toContain("USD 27,400,000".replace(" ", "\u00a0"));
    expect(figures).toContain("Not published"); // arrests are unknown for Jupiter VI
    await eventually(() => page.getByTestId("operation-countries").textContent()).toContain("Argentina");
    await shot(page, "09-operation-show");

    // Itemised seizures: the shared schema checks the form; add one, then delete it again.
    const seizures = page.getByTestId("operation-seizures").locator("tbody tr.ant-table-row");
    await page.getByTestId("add-seizure").click();
    const seizureForm = page.getByTestId("seizure-form");
    await page.getByRole("button", { name: "Save" }).click();
    await eventually(() =>
      seizureForm.locator(".ant-form-item-explain-error", { hasText: "Choose a category" }).isVisible(),
    ).toBe(true);
    await seizureForm.getByLabel("Category", { exact: true }).click();
    await page
      .locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: /^Cigarettes$/ })
      .click();
    await seizureForm.getByLabel("Quantity", { exact: true }).fill("2800000");
    await seizureForm.getByLabel("Unit", { exact: true }).fill("packets");
    await seizureForm.getByLabel("Value (USD)", { exact: true }).fill("4700000");
    await page.getByRole("button", { name: "Save" }).click();
    await eventually(() => seizures.count()).toBe(1);
    expect(await shownText(seizures.first())).toBe("Cigarettes — 2,800,000 packets USD 4,700,000 —");
    await seizures.first().getByRole("button").click();
    await page.locator(".ant-popconfirm").getByRole("button", { name: "Delete" }).click();
    await eventually(() => seizures.count()).toBe(0);

    // Import: a file with a bad row shows the row and column, and Import stays disabled.
    await page.getByRole("menuitem", { name: "Operations" }).click();
    await page.getByTestId("import").click();
    await page.waitForURL("**/operations/import");
    await eventually(() => page.getByTestId("import-limit").textContent()).toContain("at most 1 MiB");
    const fileInput = page.locator('input[type="file"]');
    await fileInput.setInputFiles(csvFile("big.csv", "x".repeat(1024 * 1024 + 1)));
    await eventually(() => page.getByTestId("import-file-problem").textContent()).toBe(
      "“big.csv” is 1 MiB: the limit is 1 MiB.",
    );
    await fileInput.setInputFiles(csvFile("bad-rows.csv", BAD_CSV));
    await eventually(() => page.getByTestId("import-chosen").textContent()).toContain("bad-rows.csv");
    await page.getByTestId("import-preview").click();
    const errorRows = page.getByTestId("import-errors").locator("tbody tr.ant-table-row");
    await eventually(() => errorRows.count()).toBe(1);
    expect(await errorRows.first().locator("td").allInnerTexts()).toEqual([
      "3",
      "arrests",
      "Arrests must be a whole number",
    ]);
    expect(await page.getByTestId("import-commit").isDisabled()).toBe(true);
    await shot(page, "10-import-preview-error");

    // A file that is not CSV is refused in the browser, before any upload.
    await fileInput.setInputFiles(csvFile("notes.txt", "hello"));
    await eventually(() => page.getByTestId("import-file-problem").textContent()).toContain(
      "is not a .csv file",
    );
    expect(await page.getByTestId("import-preview").isDisabled()).toBe(true);

    // A larger file: the progress bar shows while the preview runs, then 3,000 rows to create.
    await fileInput.setInputFiles(csvFile("load.csv", LOAD_CSV));
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { phases: string[] }).phases = seen;
      new MutationObserver(() => {
        const phase = document.querySelector("[data-testid=import-progress]")?.getAttribute("data-phase");
        if (phase && seen.at(-1) !== phase) seen.push(phase);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.getByTestId("import-preview").click();
    await eventually(() => page.getByTestId("import-count-create").textContent()).toContain("3,000");
    const phases = await page.evaluate(() => (window as unknown as { phases: string[] }).phases);
    expect(phases[0]).toBe("upload");
    expect(await page.getByTestId("import-progress").count()).toBe(0);

    // Two valid rows: preview says "create" twice, then the commit imports them.
    await fileInput.setInputFiles(csvFile("two-operations.csv", GOOD_CSV));
    await page.getByTestId("import-preview").click();
    const actions = page.getByTestId("import-rows").locator("[data-action]");
    await eventually(() => actions.allTextContents()).toEqual(["Create", "Create"]);
    expect(await page.getByTestId("import-errors").count()).toBe(0);
    await eventually(() => page.getByTestId("import-commit").isEnabled()).toBe(true);
    await shot(page, "11-import-preview-ok");
    await page.getByTestId("import-commit").click();
    await eventually(() => page.getByTestId("import-result").textContent()).toContain("2 created, 0 updated");
    const history = page.getByTestId("import-history").locator("tbody tr.ant-table-row");
    await eventually(() => history.first().textContent()).toContain("two-operations.csv");
    expect(await history.first().textContent()).toContain("staff@example.org");
    await shot(page, "12-import-done");

    // Back on Outcomes: arrests up by exactly the imported sum, coverage 36 → 38 operations.
    await openOutcomes(page);
    await eventually(() => kpi(page, "arrests")).toEqual({
      value: 49_953 + IMPORTED_ARRESTS,
      coverage: "reported by 38 of 60 operations",
    });
    expect(await kpiValue(page, "operations")).toBe(60);

    // Cross-filter: a crime-area bar narrows the page, in the URL, and drills down to the list.
    await page.getByTestId("by-crime-area-chart").locator(".recharts-bar-rectangle").first().click();
    await page.waitForURL(/crimeArea=/);
    const area = new URL(page.url()).searchParams.get("crimeArea");
    await eventually(() => kpiValue(page, "operations")).toBeLessThan(60);
    await page.getByTestId("by-crime-area-chart-drill").click();
    await page.waitForURL(/\/operations\?.*filters\[0\]\[field\]=crimeArea/);
    await eventually(() => rows.count()).toBeGreaterThan(0);
    const areas = await page
      .getByTestId("operations-table")
      .locator("[data-crime-area]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-crime-area")));
    expect(new Set(areas)).toEqual(new Set([area]));

    expect(errors).toEqual([]);
    await context.close();
  });

  it("staff creates an operation (empty figures stay unknown) and edits it", async () => {
    const { context, page, errors } = await open(harness.browser);
    await signIn(page, harness.base, "staff@example.org", "/operations/create");
    const form = page.getByTestId("operation-form");
    await form.waitFor();
    const field = (label: string) => form.getByLabel(label, { exact: true });

    await field("Operation").fill("Operation E2E Form");
    await field("Edition year").fill("2023");
    await field("Crime area").click();
    await page
      .locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: /^Firearms$/ })
      .click();
    await field("First month").fill("2023-05");
    await field("First month").press("Enter");
    await field("Last month").fill("2023-02");
    await field("Last month").press("Enter");
    await field("Arrests").fill("0");
    await field("Source URL").fill("ftp://example.org");
    await page.getByRole("button", { name: "Save" }).click();
    // The shared schema, field by field and across fields.
    await eventually(() => form.getByText("Use a full http(s):// address").isVisible()).toBe(true);
    await field("Source URL").fill("https://example.org/e2e");
    await page.getByRole("button", { name: "Save" }).click();
    await eventually(() => form.getByText("The period ends before it starts").isVisible()).toBe(true);
    await field("Last month").fill("2023-07");
    await field("Last month").press("Enter");
    await page.getByRole("button", { name: "Save" }).click();

    // A published 0 is 0; a figure left empty is "Not published".
    await page.waitForURL("**/operations/show/*");
    const figures = page.getByTestId("operation-figures");
    await eventually(() => shownText(figures)).toContain("Arrests 0");
    const text = await shownText(figures);
    expect(text).toContain("Raids Not published");
    expect(text).toContain("Arrests 0 people arrested");
    await eventually(() => shownText(page.getByTestId("operation-details"))).toContain("May–Jul 2023");

    await page.getByRole("button", { name: "Edit" }).click();
    await page.waitForURL("**/operations/edit/*");
    await eventually(() => field("Operation").inputValue()).toBe("Operation E2E Form");
    await field("Raids").fill("12");
    await page.getByRole("button", { name: "Save" }).click();
    await page.waitForURL("**/operations/show/*");
    await eventually(() => shownText(figures)).toContain("Raids 12 raids / checks");

    expect(errors).toEqual([]);
    await context.close();
  });

  it("viewer sees Outcomes and operations but no Create or Import, and the upload answers 403", async () => {
    const { context, page, errors } = await open(harness.browser);
    await signIn(page, harness.base, "viewer@example.org", "/agencies/by-country");
    await openOutcomes(page);
    await page.getByRole("menuitem", { name: "Operations" }).click();
    await page.getByTestId("operations-table").locator("tbody tr.ant-table-row").first().waitFor();
    await page.waitForLoadState("networkidle");
    expect(await page.getByTestId("import").count()).toBe(0);
    expect(await page.getByTestId("create-operation").count()).toBe(0);
    expect(await page.locator(".refine-edit-button").count()).toBe(0);
    // Nor on an operation: no Edit, no Add seizure.
    await page.getByTestId("operations-table").getByRole("link").first().click();
    await page.waitForURL("**/operations/show/*");
    await page.getByTestId("operation-seizures").waitFor();
    await page.waitForLoadState("networkidle");
    expect(await page.getByTestId("add-seizure").count()).toBe(0);
    expect(await page.locator(".refine-edit-button").count()).toBe(0);

    const status = await page.evaluate(async (csv) => {
      const res = await fetch("/api/imports/operations?mode=commit&fileName=x.csv", {
        method: "POST",
        headers: { "content-type": "text/csv" },
        body: csv,
      });
      return res.status;
    }, GOOD_CSV);
    expect(status).toBe(403);

    expect(errors).toEqual([]);
    await context.close();
  });
});
