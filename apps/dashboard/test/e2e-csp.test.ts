/// <reference types="node" />
/**
 * The built dashboard under the server's real Content-Security-Policy (script-src 'self'), in
 * Debian's chromium: it must render and sign in without a single console message (a CSP violation
 * is reported there), and the built index.html must hold no inline script or event handler.
 */
import { readFileSync } from "node:fs";
import { DEMO_PASSWORD } from "@tbc/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIST, type Harness, open, startHarness } from "./harness";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe("the built dashboard under the CSP", () => {
  it("index.html has no inline <script> and no inline event handler", () => {
    const html = readFileSync(`${DIST}index.html`, "utf8");
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
      ([, attrs = "", body = ""]) => !/\bsrc=/.test(attrs) || body.trim() !== "",
    );
    expect(inline).toEqual([]);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it("renders the login page, signs in and shows the first page with no console message", async () => {
    const { context, page, errors } = await open(harness.browser);
    const messages: string[] = [];
    page.on("console", (m) => messages.push(`${m.type()}: ${m.text()}`));
    await page.goto(`${harness.base}/login`);
    await page.getByLabel("Email").fill("viewer@example.org");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.keyboard.press("Enter");
    await page.getByText("Sign out").waitFor();
    expect(messages).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
