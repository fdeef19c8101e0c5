/// <reference types="node" />
/**
 * The end-to-end harness (as in e2e.test.ts): the built dashboard (dist/) served by the real server
 * (buildApp) over a fresh SQLite database with the demo seed, driven in Debian's chromium.
 * Screenshots go to .screenshots/ (gitignored) for a human to look at.
 */
import { existsSync, mkdirSync } from "node:fs";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { type SeedOptions, seedDemo } from "@tbc/db";
import { createTestDatabase, type TestDatabase } from "@tbc/db/testing";
import { type App, buildApp } from "@tbc/server";
import { DEMO_PASSWORD } from "@tbc/types";
import { pino } from "pino";
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from "playwright-core";
import { expect, onTestFailed } from "vitest";

// DASHBOARD_DIST: a private build (`vite build --outDir …`) so that a rebuild of dist/ by another run
// does not pull lazily loaded chunks from under a test's open pages.
export const DIST = process.env.DASHBOARD_DIST
  ? `${process.env.DASHBOARD_DIST.replace(/\/$/, "")}/`
  : fileURLToPath(new URL("../dist/", import.meta.url));
export const SHOTS = fileURLToPath(new URL("../.screenshots/", import.meta.url));
/** Playwright traces of failed tests (open with `npx playwright show-trace <file>`). */
export const TRACES = fileURLToPath(new URL("../.traces/", import.meta.url));
/** Debian's chromium unless CHROMIUM_PATH names another build. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * How long an action or a condition may take before the test fails. Nothing waits this long when the
 * page is ready sooner: it only bounds a hang. Generous, because CI shares a 2-core machine (seen:
 * a map drawn 40 s after navigation at a load average of 22).
 */
export const PATIENCE_MS = 300_000;

/**
 * Text that looks like an i18n key shown raw ("operations.fields.name"): a missing translation.
 * File names such as "operations.csv" (the seed's import in the history) are not keys.
 */
export const RAW_KEY =
  /\b(agencies|agencies-by-country|operations|imports|outcomes|engagement|engagement-import|overview|chartExport|report|users|audit|account|history|sessions|session|pages|buttons|notifications|actions|regions|roles|documentTitle|locale)\.(?!csv\b)[A-Za-z]/;

export type Harness = { base: string; browser: Browser; close: () => Promise<void> };

/**
 * `seed`: options for the demo seed, e.g. `{ sampleEngagement: { seed: 1, to: "2024-12-31" } }`;
 * `importMaxBytes`: the server's upload limit (IMPORT_MAX_BYTES), 256 MiB when left out.
 */
export async function startHarness(
  options: { seed?: SeedOptions; importMaxBytes?: number } = {},
): Promise<Harness> {
  if (!existsSync(`${DIST}index.html`)) {
    throw new Error(
      "apps/dashboard/dist is missing: run `pnpm --filter @tbc/dashboard build` (`pnpm test` builds it first)",
    );
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No chromium at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH`);
  }
  mkdirSync(SHOTS, { recursive: true });
  const database: TestDatabase = await createTestDatabase("sqlite");
  await seedDemo(database.db, options.seed);
  const app: App = await buildApp({
    database,
    config: {
      demo: true,
      dashboardDir: DIST,
      ...(options.importMaxBytes === undefined ? {} : { importMaxBytes: options.importMaxBytes }),
    },
    logger: consoleLogger(),
  });
  const base = await app.listen({ port: 0, host: "127.0.0.1" });
  const browser = await launchChromium();
  return {
    base,
    browser,
    close: async () => {
      await browser.close();
      await app.close();
      await database.drop();
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * The server's log goes through console.log, which vitest (`silent: "passed-only"`) prints only for
 * a test that failed: a passing run is quiet, a failing one shows what the server said.
 */
function consoleLogger() {
  const stream = new Writable({
    write(chunk, _encoding, done) {
      console.log(String(chunk).trimEnd());
      done();
    },
  });
  return pino({ level: "info" }, stream);
}

/**
 * A fresh browser context per user; uncaught page errors are collected for the test to check. A
 * test that fails leaves a Playwright trace (DOM snapshots, network, console) and a screenshot of
 * this page in .traces/.
 */
export async function open(
  browser: Browser,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  // Reduced motion: charts draw at once, so screenshots show the bars rather than an animation.
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    reducedMotion: "reduce",
  });
  const page = await context.newPage();
  page.setDefaultTimeout(PATIENCE_MS);
  page.setDefaultNavigationTimeout(PATIENCE_MS);
  const errors: string[] = [];
  page.on("pageerror", (err) => errors.push(err.message));
  await keepTraceIfFailed(context, page);
  return { context, page, errors };
}

async function keepTraceIfFailed(context: BrowserContext, page: Page) {
  const save = async (name: string) => {
    mkdirSync(TRACES, { recursive: true });
    const file = `${TRACES}${name.replace(/[^\w-]+/g, "-").slice(0, 80)}`;
    await page.screenshot({ path: `${file}.png`, fullPage: true }).catch(() => {});
    await context.tracing.stop({ path: `${file}.zip` }).catch(() => {});
    console.log(`Trace of the failed test: ${file}.zip (npx playwright show-trace …)`);
  };
  try {
    onTestFailed(({ task }) => save(task.name));
  } catch {
    // Opened in a beforeAll (no test yet): a failure there fails the whole file with its own error.
    return;
  }
  await context.tracing.start({ snapshots: true, screenshots: false });
}

/** Retry an assertion until the page shows it (vitest's default poll timeout is one second). */
export const eventually = <T>(fn: () => Promise<T> | T) =>
  expect.poll(fn, { timeout: PATIENCE_MS, interval: 100 });

export async function shot(page: Page, name: string) {
  await page.waitForLoadState("networkidle");
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is checked
  await eventually(() => page.locator("body").innerText()).not.toMatch(RAW_KEY);
  // Clicked inside the page, all at once: a notice also closes itself after a while, and one that went
  // between being found and being clicked left a locator click waiting for it to come back (CI, load 11).
  await page.evaluate(() => {
    for (const close of document.querySelectorAll<HTMLElement>(".ant-notification-notice-close"))
      close.click();
  });
  await page.locator(".ant-notification-notice").first().waitFor({ state: "detached" });
  await page.mouse.move(0, 0); // no hover tooltip over the content
  // From the top: a scrolled page would show the sticky header halfway down the full-page image.
  await page.evaluate(() => window.scrollTo(0, 0));
  await painted(page);
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true });
}

/** Resolves once the page has rendered a frame after everything done so far (two animation frames). */
export const painted = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/**
 * Signs in through the API (a cookie in the page's context, as the login form would get) and opens
 * `path`: the login form itself is tested by e2e-csp, e2e-admin and signInThroughLoginPage below.
 */
export async function signIn(page: Page, base: string, email: string, path = "/") {
  const response = await page.request.post(`${base}/trpc/auth.login`, {
    data: { email, password: DEMO_PASSWORD },
  });
  if (!response.ok())
    throw new Error(`Sign-in of ${email} failed: ${response.status()} ${await response.text()}`);
  await page.goto(`${base}${path}`);
  // The layout's Sign out button: the app took the cookie (a page without it shows the login form).
  await page.getByRole("button", { name: "Sign out" }).first().waitFor();
}

/** Signs in the way a user does: the login page, the form, and the landing on the overview. */
export async function signInThroughLoginPage(page: Page, base: string, email: string) {
  await page.goto(`${base}/`);
  await page.waitForURL("**/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Signing in lands on the overview.
  await page.waitForURL((url) => url.pathname === "/");
}

/** The text as laid out (blocks apart, cells tab-separated), whitespace collapsed to single spaces. */
export async function shownText(locator: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is checked
  return (await locator.innerText()).replace(/\s+/g, " ").trim();
}
