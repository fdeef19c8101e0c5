/// <reference types="node" />
/**
 * `pnpm bench` for the dashboard (issue 9, item 5): how fast the overview loads. The built app
 * (DASHBOARD_DIST or dist/) served by the real server over the demo seed on loopback, in headless
 * chromium with a cold cache (a fresh context per run, signed in through a saved session):
 *   - the app shell's JS (the entry and its static imports) in kB gzip, from the build's manifest;
 *   - every JS file the page fetched before its last chart was drawn, in kB gzip and bytes on the
 *     wire (what the server actually sent, compressed or not);
 *   - ms from navigation to every overview chart drawn (median and worst of the runs);
 *   - ms from navigation to the first API request and to the map's shapes (when they start).
 * `--runs N` (default 7; the first, warming the server, is not counted). `pnpm bench` builds first.
 */
import { parseArgs } from "node:util";
import { type Browser, chromium } from "playwright-core";
import { type BuildSizes, buildSizes, gzipOf, kB } from "../test/budget";
import { CHROMIUM, CHROMIUM_ARGS, DIST, signIn, startHarness } from "../test/harness";
import { CHARTS } from "../test/overview-e2e-helpers";

type Run = {
  drawnAt: number;
  firstDrawnAt: number;
  shellAt: number;
  routeAt: number;
  dataAt: number;
  js: { path: string; wire: number; end: number }[];
  apiAt: number;
  mapAt: number;
};

const { values } = parseArgs({ options: { runs: { type: "string", default: "7" } } });
const runs = Math.max(1, Number(values.runs));

/** One cold load of `/`: resource timings (same clock as the cards' data-ready-at) until drawn. */
async function coldLoad(browser: Browser, base: string, storageState: string): Promise<Run> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    reducedMotion: "reduce",
    storageState: JSON.parse(storageState),
  });
  const page = await context.newPage();
  await page.goto(`${base}/`);
  for (const id of CHARTS) {
    await page.locator(`[data-testid="${id}"][data-ready="true"]`).waitFor({ timeout: 60_000 });
  }
  const drawn = (
    await Promise.all(CHARTS.map((id) => page.getByTestId(id).getAttribute("data-ready-at")))
  ).map(Number);
  const drawnAt = Math.max(...drawn);
  const entries = await page.evaluate(() =>
    performance.getEntriesByType("resource").map((e) => {
      const r = e as PerformanceResourceTiming;
      return { name: r.name, start: r.startTime, end: r.responseEnd, wire: r.transferSize };
    }),
  );
  await context.close();
  const path = (name: string) => new URL(name).pathname;
  const js = entries
    .filter((e) => path(e.name).endsWith(".js") && e.end <= drawnAt)
    .map((e) => ({ path: path(e.name), wire: e.wire, end: e.end }));
  const first = (test: (p: string) => boolean) =>
    Math.min(...entries.filter((e) => test(path(e.name))).map((e) => e.start));
  const lastEnd = (test: (p: string) => boolean) =>
    Math.max(...entries.filter((e) => test(path(e.name))).map((e) => e.end));
  // Where the time goes: the entry script in, the overview's own chunk in, its data answered.
  return {
    drawnAt,
    firstDrawnAt: Math.min(...drawn),
    shellAt: lastEnd((p) => /\/assets\/index-[^/]*\.js$/.test(p)),
    routeAt: lastEnd((p) => /\/assets\/overview-[^/]*\.js$/.test(p)),
    dataAt: lastEnd((p) => p.startsWith("/trpc/") && !p.includes("auth.me")),
    js,
    apiAt: first((p) => p.startsWith("/trpc/") && !p.includes("auth.me")),
    mapAt: first((p) => /map-shapes|countries-110m|world/.test(p)),
  };
}

/** The pause between two cold loads: see main(). */
const SETTLE_MS = 1000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

function report(sizes: BuildSizes, measured: Run[]) {
  const last = measured[measured.length - 1];
  if (!last) throw new Error("no run measured");
  const gzip = last.js.reduce((n, f) => n + gzipOf(DIST, f.path), 0);
  const wire = last.js.reduce((n, f) => n + f.wire, 0);
  const drawn = measured.map((r) => r.drawnAt);
  const rows: [string, string, string][] = [
    ["app shell JS (entry + static imports)", `${kB(sizes.shell)} kB gzip`, "≤ 300 kB gzip"],
    ["overview JS by the build (shell + route + map)", `${kB(sizes.overview)} kB gzip`, "≤ 450 kB gzip"],
    [
      `JS loaded before every chart drawn (${last.js.length} files)`,
      `${kB(gzip)} kB gzip, ${kB(wire)} kB on the wire`,
      "≤ 450 kB gzip, compressed",
    ],
    [
      `navigation → every overview chart drawn (${measured.length} cold runs)`,
      `median ${median(drawn).toFixed(0)} ms, worst ${Math.max(...drawn).toFixed(0)} ms`,
      "≤ 1,000 ms",
    ],
    ...(
      [
        ["navigation → entry script received", (r: Run) => r.shellAt],
        ["navigation → overview route chunk received", (r: Run) => r.routeAt],
        ["navigation → last overview data answer received", (r: Run) => r.dataAt],
        ["navigation → first overview chart drawn", (r: Run) => r.firstDrawnAt],
      ] as const
    ).map(([label, at]): [string, string, string] => [
      label,
      `median ${median(measured.map(at)).toFixed(0)} ms`,
      "",
    ]),
    [
      "navigation → first data request starts",
      `median ${median(measured.map((r) => r.apiAt)).toFixed(0)} ms`,
      "",
    ],
    [
      "navigation → map shapes request starts",
      `median ${median(measured.map((r) => r.mapAt)).toFixed(0)} ms`,
      "",
    ],
  ];
  const width = rows
    .map((r) => r.map((c) => c.length))
    .reduce((a, b) => a.map((n, i) => Math.max(n, b[i] ?? 0)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(width[i] ?? 0)).join(" | ")} |`;
  print(line(["dashboard load (headless chromium, loopback)", "measured", "target"]));
  print(line(width.map((n) => "-".repeat(n))));
  for (const r of rows) print(line(r));
}

// The harness sends the server's log to console.log (for failed tests): kept off the table here.
const print = console.log;
console.log = () => {};

async function main() {
  const sizes = buildSizes(DIST);
  const harness = await startHarness({ seed: { sampleEngagement: { seed: 1, to: "2024-12-31" } } });
  try {
    const context = await harness.browser.newContext();
    const page = await context.newPage();
    await signIn(page, harness.base, "viewer@example.org");
    const session = JSON.stringify(await context.storageState());
    await context.close();
    const measured: Run[] = [];
    for (let i = 0; i <= runs; i++) {
      // A new browser per run: nothing the previous run compiled or cached carries over.
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      try {
        const run = await coldLoad(browser, harness.base, session);
        if (i > 0) measured.push(run);
        process.stderr.write(`run ${i}${i === 0 ? " (warm-up)" : ""}: ${run.drawnAt} ms\n`);
      } finally {
        await browser.close();
      }
      // The closed browser's processes and profile directory take a moment to go: a load started
      // at once shares the machine with that teardown (~200 ms slower, measured interleaved).
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    }
    report(sizes, measured);
  } finally {
    await harness.close();
  }
}

await main();
