/// <reference types="node" />
/**
 * End to end for administration and security: access control from PERMISSIONS, users (create with a
 * one-time password, disable → that user's open dashboard is signed out), the audit log, object
 * history, my account, and the sign-in limit. Against the real server with the demo seed (its CSP
 * included: no page may log a CSP violation). `pnpm test` builds dist/ first; see harness.ts.
 *
 * The server allows 10 sign-in attempts per address per 15 minutes: this file makes 5 before the
 * last test, which spends the rest on purpose.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, type Harness, open, shot, shownText, signIn, startHarness } from "./harness";

let harness: Harness;
let admin: { context: BrowserContext; page: Page; errors: string[] };
const csp: string[] = [];
const NEW_USER = { email: "new.analyst@example.org", name: "New Analyst" };

/** A context whose console is watched for CSP violations (the server sends a strict policy). */
async function watched() {
  const opened = await open(harness.browser);
  opened.page.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) csp.push(message.text());
  });
  return opened;
}

async function signInWith(page: Page, email: string, password: string) {
  await page.goto(`${harness.base}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Pick an option of an antd Select by its visible label. */
async function choose(page: Page, scope: string, label: string, option: string) {
  await page.getByTestId(scope).getByLabel(label, { exact: true }).click();
  await page
    .locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: new RegExp(`^${option}$`) })
    .click();
}

const userRow = (page: Page, email: string) =>
  page.getByTestId("users-table").locator("tbody tr.ant-table-row", { hasText: email });

async function openUsers(page: Page) {
  await page.getByRole("menuitem", { name: "Users" }).click();
  await page.waitForURL("**/users?**");
  await page.getByTestId("users-table").locator("tbody tr.ant-table-row").first().waitFor();
}

beforeAll(async () => {
  harness = await startHarness();
  admin = await watched();
  await signIn(admin.page, harness.base, "admin@example.org", "/agencies/by-country");
});

afterAll(async () => {
  await admin?.context.close();
  await harness?.close();
});

describe("administration end to end", () => {
  it("(a) a viewer cannot reach the users page: no menu entry, access denied, API 403", async () => {
    const { context, page, errors } = await watched();
    await signIn(page, harness.base, "viewer@example.org", "/agencies/by-country");
    await page.getByRole("menuitem", { name: "Agencies" }).waitFor();
    await page.waitForLoadState("networkidle");
    expect(await page.getByRole("menuitem", { name: "Users" }).count()).toBe(0);
    expect(await page.getByRole("menuitem", { name: "Audit log" }).count()).toBe(0);

    await page.goto(`${harness.base}/users`);
    await eventually(() => page.getByTestId("access-denied").isVisible()).toBe(true);
    expect(await page.getByTestId("users-table").count()).toBe(0);
    await page.goto(`${harness.base}/audit`);
    await eventually(() => page.getByTestId("access-denied").isVisible()).toBe(true);

    const response = await page.evaluate(async () => {
      const res = await fetch("/trpc/users.list");
      return { status: res.status, body: await res.json() };
    });
    expect(response.status).toBe(403);
    expect(response.body.error.data.code).toBe("FORBIDDEN");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("(b) staff edit only their own pending agencies; disabling them signs out their open dashboard", async () => {
    const staff = await watched();
    const { page } = staff;
    await signIn(page, harness.base, "staff@example.org", "/agencies/by-country");

    // Per object: an agency staff registered themselves is theirs to edit while pending; the seeded
    // (active, nobody's) ones are not. The Edit buttons follow canEditAgency.
    const created = await page.evaluate(async () => {
      const res = await fetch("/trpc/agencies.create", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ values: { name: "Staff Own Agency E2E", kind: "other" } }),
      });
      return res.status;
    });
    expect(created).toBe(200);
    await page.goto(`${harness.base}/agencies`);
    const rows = page.getByTestId("agencies-table").locator("tbody tr.ant-table-row");
    await rows.first().waitFor();
    await eventually(() => page.locator(".refine-show-button").count()).toBeGreaterThan(0);
    await page.waitForLoadState("networkidle");
    await page.getByPlaceholder("Search by name").fill("Staff Own Agency");
    await eventually(() => rows.count()).toBe(1);
    await eventually(() => rows.first().locator(".refine-edit-button").count()).toBe(1);
    await page.getByTestId("agency-filters").getByRole("button", { name: "Clear" }).click();
    await eventually(() => rows.count()).toBeGreaterThan(1);
    await page.waitForLoadState("networkidle");
    const seeded = rows.filter({ hasNotText: "Staff Own Agency" });
    await eventually(() => seeded.locator(".refine-show-button").count()).toBeGreaterThan(0);
    expect(await seeded.locator(".refine-edit-button").count()).toBe(0);
    // Typing the edit address of a seeded agency says so up front, with the form locked.
    const seededId = await page.evaluate(async () => {
      const res = await fetch(
        `/trpc/agencies.list?input=${encodeURIComponent(JSON.stringify({ filters: [{ field: "acronym", operator: "eq", value: "RCMP" }] }))}`,
      );
      return (await res.json()).result.data.data[0].id as number;
    });
    await page.goto(`${harness.base}/agencies/edit/${seededId}`);
    await page.getByTestId("not-editable").waitFor();
    expect(await page.getByRole("button", { name: "Save" }).isDisabled()).toBe(true);

    // The admin disables staff@example.org from the Users page, after a confirmation.
    await openUsers(admin.page);
    await eventually(() => shownText(admin.page.getByTestId("users-table"))).toContain("staff@example.org");
    await shot(admin.page, "admin-01-users");
    const row = userRow(admin.page, "staff@example.org");
    await row.getByTestId("disable-user").click();
    await eventually(() => admin.page.getByText("This ends their sessions at once").isVisible()).toBe(true);
    await admin.page.getByTestId("confirm-status").click();
    await eventually(() => row.locator("[data-status]").getAttribute("data-status")).toBe("disabled");

    // Staff's next request: the login page, saying why.
    await page.getByRole("menuitem", { name: "Operations" }).click();
    await page.waitForURL((url) => url.pathname === "/login" && url.search.includes("session=ended"));
    await eventually(() => page.getByTestId("session-ended").textContent()).toContain(
      "Your session has ended. Please sign in again.",
    );
    await shot(page, "admin-07-session-ended");
    expect(staff.errors).toEqual([]);
    expect(csp).toEqual([]);
    await staff.context.close();
  });

  it("(c) a new user gets a one-time password, signs in with it and changes it", async () => {
    const { page } = admin;
    await page.getByTestId("create-user").click();
    const form = page.getByTestId("user-create-form");
    await form.getByLabel("Email").fill("not-an-email");
    await form.getByLabel("Password (optional)").fill("short");
    await page.getByRole("dialog").getByRole("button", { name: "Save" }).click();
    await eventually(() => page.getByText("Enter a valid email address").isVisible()).toBe(true);
    await eventually(() => page.getByText(/Use at least 12 characters/).isVisible()).toBe(true);
    await form.getByLabel("Email").fill(NEW_USER.email);
    await form.getByLabel("Name").fill(NEW_USER.name);
    await form.getByLabel("Password (optional)").fill("");
    await page.getByRole("dialog").getByRole("button", { name: "Save" }).click();

    const secret = page.getByTestId("one-time-password");
    await secret.waitFor();
    const password = (await secret.textContent())?.trim() ?? "";
    expect(password.length).toBeGreaterThanOrEqual(12);
    await eventually(() => page.getByTestId("one-time-modal").textContent()).toContain(
      "shown only this once",
    );
    await shot(page, "admin-02-one-time-password");
    await page.getByTestId("one-time-done").click();
    await eventually(() => userRow(page, NEW_USER.email).count()).toBe(1);

    const fresh = await watched();
    await signInWith(fresh.page, NEW_USER.email, password);
    await fresh.page.waitForURL((url) => url.pathname === "/");
    await eventually(() => fresh.page.getByTestId("current-user").textContent()).toBe(NEW_USER.name);

    // My account: a common password is refused with the server's reason; a good one is taken.
    await fresh.page.getByTestId("account-link").click();
    await fresh.page.waitForURL("**/account");
    await eventually(() => fresh.page.getByTestId("this-device").count()).toBe(1);
    const change = fresh.page.getByTestId("change-password");
    await change.getByLabel("Current password").fill(password);
    await change.getByLabel("New password", { exact: true }).fill("password1234");
    await change.getByLabel("New password again").fill("password1234");
    await change.getByRole("button", { name: "Change password" }).click();
    await eventually(() => change.textContent()).toContain("This password is too common");
    await change.getByLabel("New password", { exact: true }).fill("violet tractor harbour");
    await change.getByLabel("New password again").fill("violet tractor harbour");
    await change.getByRole("button", { name: "Change password" }).click();
    await eventually(() => fresh.page.getByText("Password changed.").isVisible()).toBe(true);
    // Still signed in here (a new session), and that session is the only one.
    await fresh.page.reload();
    await eventually(() =>
      fresh.page.getByTestId("sessions-table").locator("tbody tr.ant-table-row").count(),
    ).toBe(1);
    await eventually(() => fresh.page.getByTestId("this-device").count()).toBe(1);
    await shot(fresh.page, "admin-03-my-account");
    expect(fresh.errors).toEqual([]);
    expect(csp).toEqual([]);
    await fresh.context.close();
  });

  it("(d) the audit log lists the disable and a failed sign-in; the entity filter narrows it", async () => {
    const failed = await watched();
    await signInWith(failed.page, "viewer@example.org", "not the password at all");
    await eventually(() => failed.page.getByText("Email or password is incorrect").first().isVisible()).toBe(
      true,
    );
    await failed.context.close();

    const { page } = admin;
    await page.getByRole("menuitem", { name: "Audit log" }).click();
    await page.waitForURL("**/audit?**");
    const table = page.getByTestId("audit-table");
    const rows = table.locator("tbody tr.ant-table-row");
    await rows.first().waitFor();
    const disableRow = rows.filter({ has: page.locator('[data-action="disable"]') });
    await eventually(() => disableRow.count()).toBe(1);
    await eventually(() => rows.filter({ has: page.locator('[data-action="login_failed"]') }).count()).toBe(
      1,
    );
    expect(await shownText(disableRow)).toContain("admin@example.org");

    await choose(page, "audit-filters", "Entity", "User");
    await page.waitForURL(/filters\[\d\]\[field\]=entity/);
    await eventually(() => rows.filter({ has: page.locator('[data-action="login_failed"]') }).count()).toBe(
      0,
    );
    await eventually(() => disableRow.count()).toBe(1);
    const entities = await rows.locator("td:nth-child(5)").allInnerTexts();
    expect(entities.length).toBeGreaterThan(0);
    expect(entities.every((text) => text.startsWith("User"))).toBe(true);

    await disableRow.locator(".ant-table-row-expand-icon").click();
    const diff = page.getByTestId("audit-diff");
    await eventually(() => shownText(diff)).toMatch(
      /Disabled at: \(empty\) \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/,
    );
    await shot(page, "admin-04-audit");
  });

  it("(e) an agency's history shows an edit with the changed field; operations have one too", async () => {
    const { page } = admin;
    await page.getByRole("menuitem", { name: "Agencies" }).click();
    await page.getByPlaceholder("Search by name").fill("Royal Canadian Mounted");
    const rows = page.getByTestId("agencies-table").locator("tbody tr.ant-table-row");
    await eventually(() => rows.count()).toBe(1);
    await rows.first().getByRole("link").first().click();
    await page.waitForURL("**/agencies/show/*");
    await page.getByTestId("history-list").waitFor();
    await page.locator(".refine-edit-button").first().click();
    await page.waitForURL("**/agencies/edit/*");
    const acronym = page.getByTestId("agency-form").getByLabel("Acronym", { exact: true });
    await eventually(() => acronym.inputValue()).not.toBe("");
    const before = await acronym.inputValue();
    await acronym.fill("RCMP-GRC");
    await page.getByRole("button", { name: "Save" }).click();
    await page.waitForURL("**/agencies/show/*");

    const entry = page.getByTestId("history-entry").first();
    await eventually(() => entry.getAttribute("data-action")).toBe("update");
    await eventually(() => shownText(entry)).toContain("admin@example.org");
    expect(await shownText(entry.locator('[data-field="acronym"]'))).toBe(`Acronym: ${before} RCMP-GRC`);
    await page.getByTestId("history").scrollIntoViewIfNeeded();
    await shot(page, "admin-05-agency-history");

    await page.getByRole("menuitem", { name: "Operations" }).click();
    await page.getByTestId("operations-table").locator("tbody tr.ant-table-row a").first().click();
    await page.waitForURL("**/operations/show/*");
    await page.getByTestId("history-list").waitFor();
    expect(await page.getByTestId("history").locator(".ant-alert-error").count()).toBe(0);
    await shot(page, "admin-08-operation-history");
    expect(admin.errors).toEqual([]);
    expect(csp).toEqual([]);
  });

  it("(f) too many sign-in attempts: the login page shows the server's message", async () => {
    const { context, page } = await watched();
    let status = 0;
    for (let attempt = 0; attempt < 12 && status !== 429; attempt++) {
      const answer = page.waitForResponse((r) => r.url().includes("auth.login"));
      await signInWith(page, "ghost@example.org", "not the password at all");
      status = (await answer).status();
    }
    expect(status).toBe(429);
    const alert = page.getByTestId("login-limited");
    await eventually(() => alert.textContent()).toMatch(/Too many .*Try again in \d+ minutes?\./);
    await shot(page, "admin-06-login-limited");
    expect(csp).toEqual([]);
    await context.close();
  });
});
