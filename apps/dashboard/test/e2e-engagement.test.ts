/// <reference types="node" />
/**
 * End to end for engagement: the sample-data banner, the period and granularity of the charts, the
 * announcement markers, the timeline's exports (CSV against the API, SVG parsed), top posts, and the
 * import of real daily figures, against the real server and the demo seed with sample engagement
 * up to 2024-12-31. `pnpm test` builds dist/ first.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, type Harness, open, shot, shownText, signIn, startHarness } from "./harness";
import { api, exportChart, parseCsv } from "./overview-e2e-helpers";

let harness: Harness;
let dir: string;

beforeAll(async () => {
  harness = await startHarness({ seed: { sampleEngagement: { seed: 1, to: "2024-12-31" } } });
  dir = mkdtempSync(join(tmpdir(), "tbc-e2e-engagement-"));
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

/** Real daily figures for X on 1–2 March 2024 (all countries): 90,000 impressions in all. */
const X_MARCH = [
  "day,channel,country,impressions,reach,engagements,shares,video_views,new_followers,hashtag_mentions,site_visits",
  "2024-03-01,x,,50000,30000,1200,300,,80,400,",
  "2024-03-02,x,,40000,25000,900,200,,60,300,",
  "",
].join("\n");
const X_MARCH_IMPRESSIONS = 90_000;

const plot = (page: Page) => page.getByTestId("timeline-plot");

/** The timeline's range as its container states it, and the x-axis labels actually drawn. */
async function timeline(page: Page) {
  const p = plot(page);
  const ticks = await p
    .locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value")
    .allTextContents();
  return {
    granularity: await p.getAttribute("data-granularity"),
    first: await p.getAttribute("data-first-bucket"),
    last: await p.getAttribute("data-last-bucket"),
    firstTick: ticks[0],
    lastTick: ticks.at(-1),
  };
}

async function kpi(page: Page, key: string): Promise<number | null> {
  const raw = await page.getByTestId(`kpi-${key}`).locator("[data-value]").getAttribute("data-value");
  return raw ? Number(raw) : null;
}

/** Waits until the charts show the answer for the current URL (no stale placeholder left). */
async function settled(page: Page) {
  await page.waitForLoadState("networkidle");
  await plot(page).waitFor();
}

describe("engagement end to end", () => {
  it("viewer: sample banner, ten years by month, one month by day, markers and top posts", async () => {
    const { context, page, errors } = await open(harness.browser);
    await signIn(page, harness.base, "viewer@example.org", "/agencies/by-country");
    await page.getByRole("menuitem", { name: "Engagement" }).click();
    await page.waitForURL("**/engagement");
    await settled(page);
    expect(await page.title()).toBe("Engagement | Turn Back Crime");

    // Sample data is said loudly: the banner, and a tag on every chart card.
    await eventually(() => shownText(page.getByTestId("sample-banner"))).toContain("Sample data");
    expect(await shownText(page.getByTestId("sample-banner"))).toContain(
      "No audience figures for Turn Back Crime were ever published",
    );
    for (const id of ["timeline-chart", "share-chart", "rate-chart", "hashtag-chart"]) {
      await eventually(() => page.getByTestId(id).getByTestId("sample-tag").count()).toBe(1);
    }
    // Viewers do not import.
    expect(await page.getByTestId("import").count()).toBe(0);

    // Since launch (the default): by month, from June 2014 to the last data in December 2024.
    await eventually(() => timeline(page)).toEqual({
      granularity: "month",
      first: "2014-06-01",
      last: "2024-12-01",
      firstTick: "Jun 2014",
      lastTick: "Dec 2024",
    });
    expect(await plot(page).locator(".recharts-line-curve").count()).toBeGreaterThanOrEqual(6);
    expect(await shownText(page.getByTestId("granularity-effective"))).toContain("Shown per month");
    await eventually(() => page.getByTestId("data-ends").textContent()).toContain("December 2024");
    for (const id of ["rate-plot", "hashtag-plot"]) {
      expect(await page.getByTestId(id).getAttribute("data-granularity")).toBe("month");
    }
    expect(await page.getByTestId("hashtag-plot").locator(".recharts-bar-rectangle").count()).toBeGreaterThan(
      0,
    );
    expect(await page.getByTestId("share-chart").locator(".recharts-pie-sector").count()).toBe(6);
    expect(await kpi(page, "impressions")).toBeGreaterThan(0);

    // Operation announcements are flags on the timeline; hovering names them, a click opens one.
    const markers = plot(page).getByTestId("marker");
    await eventually(() => markers.count()).toBeGreaterThan(10);
    const single = plot(page).locator('[data-testid=marker]:not([data-operations*=","])').first();
    const id = await single.getAttribute("data-operations");
    await single.hover();
    await eventually(() => page.getByTestId("marker-box").textContent()).toMatch(/Operation|Pangea|Opson/);
    await shot(page, "13-engagement-10y");
    // Several announcements in one month: a click pins a box with a link to each.
    const several = plot(page).locator('[data-testid=marker][data-operations*=","]').first();
    const ids = ((await several.getAttribute("data-operations")) ?? "").split(",");
    await several.click();
    const box = page.getByTestId("marker-box");
    await eventually(() => box.getAttribute("data-pinned")).toBe("true");
    expect(await box.getByRole("link").count()).toBe(ids.length);
    await shot(page, "13b-engagement-markers");
    await box.getByRole("button", { name: "Close" }).click();
    expect(await box.count()).toBe(0);
    await single.click();
    await page.waitForURL(`**/operations/show/${id}`);
    await page.goBack();
    await page.waitForURL("**/engagement");
    await settled(page);

    // Top posts: ranked on the server by impressions, highest first, with their operation.
    const posts = page.getByTestId("top-posts").locator("tbody tr.ant-table-row");
    await eventually(() => posts.count()).toBe(10);
    const column = async (n: number) =>
      (await posts.locator(`td:nth-child(${n})`).allInnerTexts()).map((v) => Number(v.replace(/\D/g, "")));
    const byImpressions = await column(4);
    expect(byImpressions).toEqual([...byImpressions].sort((a, b) => b - a));
    expect(await page.getByTestId("post-operation").count()).toBeGreaterThan(0);
    // Ranked by shares instead: the header sorts on the server (ascending, then descending).
    const shares = page.getByTestId("top-posts").getByRole("columnheader", { name: "Shares" });
    await shares.click();
    await eventually(() => shares.getAttribute("aria-sort")).toBe("ascending");
    await shares.click();
    await eventually(() => shares.getAttribute("aria-sort")).toBe("descending");
    const descending = (values: number[]) =>
      values.every((v, i) => i === 0 || (values[i - 1] as number) >= v);
    await eventually(async () => descending(await column(6))).toBe(true);
    expect(await column(6)).not.toEqual(byImpressions);

    // Day for ten years would be too many points: the server shows weeks and the page says why.
    await page.getByTestId("granularity-switch").getByText("Day", { exact: true }).click();
    await page.waitForURL(/granularity=day/);
    await eventually(() => plot(page).getAttribute("data-granularity")).toBe("week");
    await eventually(() => page.getByTestId("granularity-coarsened").textContent()).toContain(
      "Per day would give more than 1,500 points",
    );
    await page.getByTestId("granularity-switch").getByText("Auto", { exact: true }).click();
    await eventually(() => plot(page).getAttribute("data-granularity")).toBe("month");

    // One month through the range picker: by day, every label inside March 2024.
    await page.getByPlaceholder("Start date").click();
    await page.getByPlaceholder("Start date").fill("2024-03-01");
    await page.getByPlaceholder("Start date").press("Enter");
    await page.getByPlaceholder("End date").fill("2024-03-31");
    await page.getByPlaceholder("End date").press("Enter");
    await page.waitForURL(/from=2024-03-01&to=2024-03-31/);
    await settled(page);
    await eventually(() => timeline(page)).toEqual({
      granularity: "day",
      first: "2024-03-01",
      last: "2024-03-31",
      firstTick: "Mar 1",
      lastTick: "Mar 31",
    });
    const ticks = await plot(page)
      .locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value")
      .allTextContents();
    expect(ticks.every((tick) => tick.startsWith("Mar "))).toBe(true);
    expect(await page.getByTestId("data-ends").count()).toBe(0);
    await shot(page, "14-engagement-1m");

    // The timeline's CSV: exactly engagement.series for this view, one row per day, a column per channel.
    const series = await api(page, "engagement", "series", {
      filters: { from: "2024-03-01", to: "2024-03-31" },
      metric: "impressions",
    });
    const channelList = await api(page, "channels", "list", {});
    const codeOf = new Map(channelList.data.map((c) => [c.label, c.code]));
    const [header = [], ...csvRows] = parseCsv(
      (await exportChart(page, "timeline-chart", "CSV of the chart's data")).bytes.toString("utf8"),
    );
    expect(header[0]).toBe("Day");
    // The last column says whether a bucket is partial: never a day.
    expect(header.at(-1)).toBe("Partial");
    const columns = header.slice(1, -1).map((label) => codeOf.get(label) ?? `unknown: ${label}`);
    const reported = new Set(series.points.filter((p) => p.value !== null).map((p) => p.channel));
    expect(columns).toHaveLength(reported.size);
    expect(new Set(columns)).toEqual(reported);
    const value = new Map(series.points.map((p) => [`${p.bucket}|${p.channel}`, p.value]));
    const buckets = [...new Set(series.points.map((p) => p.bucket))].sort();
    expect(buckets).toHaveLength(31);
    expect(csvRows).toEqual(
      buckets.map((bucket) => [
        bucket,
        ...columns.map((c) => {
          const v = value.get(`${bucket}|${c}`);
          return v === null || v === undefined ? "" : String(v);
        }),
        "false",
      ]),
    );

    // The timeline's SVG: parses, with the channels' legend (as on screen) and the filters' period.
    const legend = await plot(page).locator(".recharts-legend-item-text").allTextContents();
    const svg = (await exportChart(page, "timeline-chart", "SVG image")).bytes.toString("utf8");
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        root: doc.documentElement.namespaceURI,
        legend: [...doc.querySelectorAll(".export-legend text")].map((t) => t.textContent),
        // Wrapped lines are separate <text>s: joined with a space, they read as written.
        text: [...doc.querySelectorAll("text")].map((t) => t.textContent).join(" "),
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe("http://www.w3.org/2000/svg");
    expect(parsed.legend).toEqual(header.slice(1, -1));
    expect(parsed.legend).toEqual(legend);
    expect(parsed.text).toContain("Filters: Period: Mar 1, 2024 – Mar 31, 2024 · Granularity: Day");
    expect(parsed.text).toContain("Source: Generated sample data (no audience figures were published)");

    // A country: only that country's rows, which the sample data has on X and Facebook only.
    const allImpressions = (await kpi(page, "impressions")) as number;
    await page.goto(`${harness.base}/engagement?from=2024-03-01&to=2024-03-31&country=US`);
    await settled(page);
    await eventually(async () => (await kpi(page, "impressions")) ?? Number.POSITIVE_INFINITY).toBeLessThan(
      allImpressions,
    );
    await eventually(() => page.getByTestId("share-chart").locator(".recharts-pie-sector").count()).toBe(2);
    expect(await page.getByTestId("top-posts").textContent()).toContain("the country filter does not apply");

    // The campaign's first months on X: the real post texts, linked safely, X only.
    await page.goto(`${harness.base}/engagement?from=2014-06-05&to=2014-09-30&channel=x`);
    await settled(page);
    const link = page.getByTestId("post-link").first();
    await eventually(() => link.getAttribute("rel")).toBe("noopener noreferrer");
    expect(await link.getAttribute("target")).toBe("_blank");
    const channels = await page
      .getByTestId("top-posts")
      .locator("tbody [data-channel]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-channel")));
    expect(new Set(channels)).toEqual(new Set(["x"]));
    // The CSV export: the same filtered posts, under the screen's column titles.
    const href = (await page.getByTestId("posts-export").getAttribute("href")) as string;
    const csv = await page.evaluate(async (url) => (await fetch(url)).text(), href);
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r\n/);
    expect(lines[0]).toBe(
      "Posted,Channel,Post,URL,Operation,Impressions,Engagements,Shares,Video views,Sample",
    );
    expect(lines.length - 1).toBe(
      await page.getByTestId("top-posts").locator("tbody tr.ant-table-row").count(),
    );
    expect(lines.slice(1).every((line) => line.split(",")[1] === "x")).toBe(true);

    expect(errors).toEqual([]);
    await context.close();
  });

  it("staff imports real daily figures: preview, commit, totals move and the banner says what is real", async () => {
    const { context, page, errors } = await open(harness.browser);
    await signIn(page, harness.base, "staff@example.org", "/agencies/by-country");
    const period = "from=2024-03-01&to=2024-03-02";
    const visit = async (query: string) => {
      await page.goto(`${harness.base}/engagement?${query}`);
      await settled(page);
      await eventually(() => kpi(page, "impressions")).not.toBeNull();
    };

    // Before: two sample days; X alone, and every channel.
    await visit(`${period}&channel=x`);
    const sampleX = (await kpi(page, "impressions")) as number;
    await visit(period);
    const before = (await kpi(page, "impressions")) as number;
    expect(await page.getByTestId("sample-banner").getAttribute("data-partly")).toBe("false");

    // The import page shows both accepted headers; a preview lists each row by its key.
    await page.getByTestId("import").click();
    await page.waitForURL("**/engagement/import");
    await eventually(() => page.getByTestId("import-header").allInnerTexts()).toEqual([
      expect.stringContaining("day,channel,country,impressions"),
      expect.stringContaining("posted_at,channel,text,url"),
    ]);
    await page.locator('input[type="file"]').setInputFiles(csvFile("x-march.csv", X_MARCH));
    await page.getByTestId("import-preview").click();
    const rows = page.getByTestId("import-rows").locator("tbody tr.ant-table-row");
    await eventually(() => rows.count()).toBe(2);
    expect(await shownText(rows.first())).toContain("2024-03-01 · x · all countries");
    // Real figures replace the generated ones of those days: an update of each sample row.
    expect(await page.getByTestId("import-rows").locator("[data-action]").allTextContents()).toEqual([
      "Update",
      "Update",
    ]);
    await eventually(() => page.getByTestId("import-commit").isEnabled()).toBe(true);
    await shot(page, "15-engagement-import-preview");
    await page.getByTestId("import-commit").click();
    await eventually(() => page.getByTestId("import-result").textContent()).toContain("0 created, 2 updated");
    const history = page.getByTestId("import-history").locator("tbody tr.ant-table-row");
    await eventually(() => history.first().textContent()).toContain("x-march.csv");

    // Every channel: the totals move by exactly the swap of X's sample figures for the real ones,
    // and the banner names X as real and the others as sample.
    await page.getByRole("link", { name: "Open the engagement page" }).click();
    await page.waitForURL("**/engagement");
    await visit(period);
    await eventually(() => kpi(page, "impressions")).toBe(before - sampleX + X_MARCH_IMPRESSIONS);
    await eventually(() => shownText(page.getByTestId("sample-partly"))).toContain(
      "imported figures for X (Twitter). Still generated sample data: Facebook",
    );
    await shot(page, "16-engagement-partly-real");

    // X alone: only real rows, so no banner and no sample tag on its charts.
    await visit(`${period}&channel=x`);
    await eventually(() => kpi(page, "impressions")).toBe(X_MARCH_IMPRESSIONS);
    expect(await kpi(page, "videoViews")).toBeNull();
    expect(await page.getByTestId("sample-banner").count()).toBe(0);
    expect(await plot(page).getAttribute("data-sample")).toBe("false");
    expect(await page.getByTestId("timeline-chart").getByTestId("sample-tag").count()).toBe(0);

    expect(errors).toEqual([]);
    await context.close();
  });

  it("viewer cannot open the import page, and the engagement upload answers 403", async () => {
    const { context, page, errors } = await open(harness.browser);
    await signIn(page, harness.base, "viewer@example.org", "/engagement/import");
    await eventually(() => page.locator(".ant-result-403").count()).toBe(1);
    expect(await page.locator('input[type="file"]').count()).toBe(0);
    const status = await page.evaluate(async (csv) => {
      const res = await fetch("/api/imports/engagement?mode=commit&fileName=x.csv", {
        method: "POST",
        headers: { "content-type": "text/csv" },
        body: csv,
      });
      return res.status;
    }, X_MARCH);
    expect(status).toBe(403);
    expect(errors).toEqual([]);
    await context.close();
  });
});
