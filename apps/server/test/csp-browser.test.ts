import { existsSync } from "node:fs";
import { join } from "node:path";
import { seedDemo } from "@tbc/db";
import { createTestDatabase } from "@tbc/db/testing";
import { DEMO_PASSWORD } from "@tbc/types";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../src/env";
import { appFor } from "./helpers";

const DIST = join(REPO_ROOT, "apps/dashboard/dist");
const CHROMIUM = "/usr/bin/chromium";
const ready = existsSync(join(DIST, "index.html")) && existsSync(CHROMIUM);

// The built dashboard under the real Content-Security-Policy, in Debian's chromium: it must render and
// sign in without a single console message (a CSP violation is reported there). Needs the build.
describe.skipIf(!ready)("the built dashboard under the CSP, in a browser", () => {
  it("renders the login page, signs in and shows the first page with no console errors", async () => {
    const database = await createTestDatabase("sqlite");
    await seedDemo(database.db);
    const app = await appFor(database, { dashboardDir: DIST });
    await app.listen({ port: 0, host: "127.0.0.1" });
    const { port } = app.server.address() as { port: number };
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    try {
      const page = await browser.newPage();
      const messages: string[] = [];
      page.on("console", (m) => messages.push(`${m.type()}: ${m.text()}`));
      page.on("pageerror", (e) => messages.push(`pageerror: ${e.message}`));
      await page.goto(`http://127.0.0.1:${port}/login`);
      await page.locator("input[type=password]").waitFor();
      await page.locator("input[type=email], input#email").first().fill("viewer@example.org");
      await page.locator("input[type=password]").fill(DEMO_PASSWORD);
      await page.keyboard.press("Enter");
      await page.getByText("Sign out").waitFor({ timeout: 15_000 });
      expect(messages).toEqual([]);
    } finally {
      await browser.close();
      await app.close();
      await database.drop();
    }
  }, 60_000);
});
