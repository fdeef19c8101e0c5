/// <reference types="node" />
/**
 * Live updates in the browser (issue 11): an open overview picks up an agency approved elsewhere,
 * without a reload. On PostgreSQL the dashboard is open on server process B and the agency is
 * approved through process A (two processes, one database: LISTEN/NOTIFY between them); on SQLite,
 * one process. Also the Refresh button and the last-refreshed time.
 */

import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from "@tbc/db/testing";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type Role } from "@tbc/types";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, killServer, type ServerProcess, startServer } from "../../server/test/server-process";
import { eventually, type Harness, launchChromium, open, shot, signIn, startHarness } from "./harness";
import { kpi } from "./overview-e2e-helpers";

type Servers = { a: string; b: string; browser: Browser; close: () => Promise<void> };

/** PostgreSQL: two server processes on one fresh database; SQLite: the harness's one server. */
async function servers(dialect: string): Promise<Servers> {
  if (dialect !== "postgres") {
    const harness: Harness = await startHarness();
    return { a: harness.base, b: harness.base, browser: harness.browser, close: harness.close };
  }
  const base: TestDatabase = await createTestDatabase("postgres");
  for (const role of ["viewer", "staff", "manager"] as const) await createAccount(base.db, role);
  const started: ServerProcess[] = await Promise.all([startServer(base.url), startServer(base.url)]);
  const [a, b] = started.map((s) => s.origin);
  const browser = await launchChromium();
  return {
    a: a ?? "",
    b: b ?? "",
    browser,
    close: async () => {
      await browser.close();
      await Promise.all(started.map(killServer));
      await base.drop();
    },
  };
}

/** A call through the API of `origin` as a demo account (what another user's browser does). */
async function asUser<T>(origin: string, role: Role, path: string, input: unknown): Promise<T> {
  const email = DEMO_ACCOUNTS.find((a) => a.role === role)?.email;
  const headers = { origin, "content-type": "application/json" };
  const login = await fetch(`${origin}/trpc/auth.login`, {
    method: "POST",
    headers,
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const cookie = login.headers
    .getSetCookie()
    .find((c) => c.startsWith("tbc_session="))
    ?.split(";")[0];
  const res = await fetch(`${origin}/trpc/${path}`, {
    method: "POST",
    headers: { ...headers, cookie: cookie ?? "" },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { result?: { data: T }; error?: unknown };
  if (!body.result) throw new Error(`${path}: ${res.status} ${JSON.stringify(body.error)}`);
  return body.result.data;
}

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: live updates on an open dashboard`, () => {
    let s: Servers;
    beforeAll(async () => {
      s = await servers(dialect);
    });
    afterAll(async () => {
      await s?.close();
    });

    it("an agency approved through A appears on the overview open on B, without a reload", async () => {
      const { context, page, errors } = await open(s.browser);
      // One event stream per tab, however many queries on the page listen.
      const streams = new Map<unknown, number>();
      context.on("request", (r) => {
        if (r.url().includes("/trpc/live.changes"))
          streams.set(r.frame().page(), (streams.get(r.frame().page()) ?? 0) + 1);
      });
      await signIn(page, s.b, "viewer@example.org", "/");
      // A second tab on the agency list: refine's liveMode "auto" refetches it too.
      const list = await context.newPage();
      await list.goto(`${s.b}/agencies`);
      await list.getByRole("table").waitFor();
      await eventually(() => kpi(page, "agencies")).not.toBeNaN();
      const start = await kpi(page, "agencies");
      const refreshed = await page.getByTestId("overview-last-refreshed").textContent();
      expect(refreshed).toMatch(/^Last refreshed \d/);
      await shot(page, `live-overview-before-${dialect}`);
      // A reload would lose this.
      await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

      const name = `Live Agency ${Date.now()}`;
      const created = await asUser<{ id: number; version: number }>(s.a, "staff", "agencies.create", {
        values: { name, kind: "other", countryCode: "FR" },
      });
      await asUser(s.a, "manager", "agencies.approve", { id: created.id, version: created.version });

      await eventually(() => kpi(page, "agencies")).toBe(start + 1);
      await list.getByRole("cell", { name, exact: true }).waitFor();
      expect([streams.get(page), streams.get(list)]).toEqual([1, 1]);
      await page.getByTestId("overview-just-updated").waitFor();
      expect(await page.evaluate(() => (window as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(
        true,
      );
      await shot(page, `live-overview-updated-${dialect}`);

      // The Refresh button asks the server again.
      const asked = page.waitForRequest((r) => r.url().includes("overview.kpis"));
      await page.getByTestId("overview-refresh").click();
      await asked;
      expect(errors).toEqual([]);
    });
  });
}
