import { describe, expect, it } from "vitest";
import { engagement } from "../src/i18n/en-engagement";
import {
  addMonths,
  bucketOf,
  bucketRange,
  formatBucket,
  groupMarkers,
  type Marker,
  nextBucket,
  partialBucket,
} from "../src/pages/engagement/buckets";
import { describeEngagementFilters } from "../src/pages/engagement/caption";
import {
  channelColor,
  shareTable,
  sortChannels,
  timelineTable,
  toChannelShare,
  toPercentNumber,
  toTimeline,
} from "../src/pages/engagement/chart-data";
import { formatPercent, formatValue } from "../src/pages/engagement/numbers";
import {
  type EngagementView,
  parseEngagementView,
  presetRange,
  toApiFilters,
  todayUtc,
  toPostFilters,
  toSearchParams,
} from "../src/pages/engagement/search";
import { requiredRole } from "../src/providers/access-control";

describe("buckets", () => {
  it("puts a day in its day, ISO week (Monday) and month, as the server does", () => {
    expect(bucketOf("2024-03-06", "day")).toBe("2024-03-06");
    expect(bucketOf("2024-03-06", "week")).toBe("2024-03-04"); // a Wednesday
    expect(bucketOf("2024-03-04", "week")).toBe("2024-03-04"); // a Monday is its own week
    expect(bucketOf("2024-03-10", "week")).toBe("2024-03-04"); // Sunday ends the week
    expect(bucketOf("2025-01-01", "week")).toBe("2024-12-30"); // across a year end
    expect(bucketOf("2024-02-29", "month")).toBe("2024-02-01");
  });

  it("steps and spans buckets, months by calendar", () => {
    expect(nextBucket("2024-02-28", "day")).toBe("2024-02-29");
    expect(nextBucket("2024-12-30", "week")).toBe("2025-01-06");
    expect(nextBucket("2024-12-01", "month")).toBe("2025-01-01");
    expect(addMonths("2024-03-31", -1)).toBe("2024-02-29");
    expect(bucketRange("2014-06-05", "2024-12-31", "month")).toHaveLength(127);
    expect(bucketRange("2024-03-01", "2024-03-31", "day")).toHaveLength(31);
    expect(bucketRange("2024-03-01", "2024-03-31", "week")).toEqual([
      "2024-02-26",
      "2024-03-04",
      "2024-03-11",
      "2024-03-18",
      "2024-03-25",
    ]);
  });

  it("labels buckets per granularity, short on the axis and full in tooltips", () => {
    expect(formatBucket("2024-03-01", "day", "en")).toBe("Mar 1");
    expect(formatBucket("2024-03-01", "day", "en", "full")).toBe("Mar 1, 2024");
    expect(formatBucket("2024-03-04", "week", "en")).toBe("Mar 4, 2024");
    expect(formatBucket("2014-06-01", "month", "en")).toBe("Jun 2014");
    expect(formatBucket("2014-06-01", "month", "en", "full")).toBe("June 2014");
    // Read as UTC: no time zone moves the first of the month into the month before.
    expect(formatBucket("2024-01-01", "month", "en")).toBe("Jan 2024");
  });

  it("maps announcements to the bucket that contains them, grouped, only where the chart has one", () => {
    const marker = (id: number, announcedOn: string): Marker => ({
      id,
      name: `Operation ${id}`,
      editionYear: Number(announcedOn.slice(0, 4)),
      announcedOn,
      crimeArea: "drugs",
    });
    const markers = [
      marker(3, "2024-03-20"),
      marker(1, "2024-03-05"),
      marker(2, "2024-03-06"),
      marker(4, "2025-07-01"),
    ];
    const months = bucketRange("2024-01-01", "2024-12-31", "month");
    expect(groupMarkers(markers, "month", months)).toEqual([
      { bucket: "2024-03-01", markers: [markers[1], markers[2], markers[0]] },
    ]);
    const weeks = bucketRange("2024-03-01", "2024-03-31", "week");
    expect(groupMarkers(markers, "week", weeks).map((g) => [g.bucket, g.markers.map((m) => m.id)])).toEqual([
      ["2024-03-04", [1, 2]],
      ["2024-03-18", [3]],
    ]);
    expect(groupMarkers(markers, "day", ["2024-03-06"])).toEqual([
      { bucket: "2024-03-06", markers: [markers[2]] },
    ]);
  });
});

describe("period presets and the URL", () => {
  const today = "2024-03-15";

  it("turns presets into dates that end today", () => {
    expect(presetRange("30d", today)).toEqual({ from: "2024-02-15", to: today });
    expect(presetRange("90d", today)).toEqual({ from: "2023-12-17", to: today });
    expect(presetRange("12m", today)).toEqual({ from: "2023-03-16", to: today });
    expect(presetRange("launch", today)).toEqual({ from: "2014-06-05", to: today });
    expect(todayUtc(new Date("2024-03-15T23:30:00-05:00"))).toBe("2024-03-16");
  });

  it("round-trips a view and leaves defaults out", () => {
    const view: EngagementView = {
      period: { from: "2024-03-01", to: "2024-03-31" },
      channels: ["x", "facebook"],
      countryCode: "US",
      granularity: "week",
      metric: "engagements",
    };
    const params = toSearchParams(view);
    expect(params.toString()).toBe(
      "from=2024-03-01&to=2024-03-31&channel=x&channel=facebook&country=US&granularity=week&metric=engagements",
    );
    expect(parseEngagementView(new URLSearchParams(params.toString()))).toEqual(view);
    const plain = { period: { preset: "launch" as const }, channels: [], metric: "impressions" as const };
    expect(toSearchParams(plain).toString()).toBe("");
    expect(parseEngagementView(new URLSearchParams())).toEqual(plain);
    expect(parseEngagementView(new URLSearchParams("period=90d")).period).toEqual({ preset: "90d" });
  });

  it("drops invalid values from a hand-edited URL", () => {
    const view = parseEngagementView(
      new URLSearchParams(
        "from=2024-02-30&to=2024-03-31&period=7y&channel=X!&country=usa&granularity=hour&metric=likes",
      ),
    );
    expect(view).toEqual({ period: { preset: "launch" }, channels: [], metric: "impressions" });
    // A period that ends before it starts is not a period.
    expect(parseEngagementView(new URLSearchParams("from=2024-03-31&to=2024-03-01")).period).toEqual({
      preset: "launch",
    });
  });

  it("builds the API filters and the posts filters from the view", () => {
    const filters = toApiFilters(
      { period: { preset: "30d" }, channels: ["x"], countryCode: "GB", metric: "impressions" },
      today,
    );
    expect(filters).toEqual({ from: "2024-02-15", to: today, channels: ["x"], countryCode: "GB" });
    expect(toPostFilters(filters)).toEqual([
      {
        field: "postedAt",
        operator: "between",
        value: ["2024-02-15T00:00:00.000Z", "2024-03-15T23:59:59.999Z"],
      },
      { field: "channel", operator: "in", value: ["x"] },
    ]);
  });
});

describe("chart data", () => {
  it("fills every bucket between the first and last data, and drops channels that reported nothing", () => {
    const { data, channels, reported } = toTimeline({
      granularity: "month",
      from: "2024-01-01",
      to: "2024-03-31",
      points: [
        { bucket: "2024-01-01", channel: "x", value: 10 },
        { bucket: "2024-01-01", channel: "press", value: null },
        { bucket: "2024-03-01", channel: "x", value: 30 },
        { bucket: "2024-03-01", channel: "facebook", value: 5 },
      ],
    });
    expect(data.map((d) => d.bucket)).toEqual(["2024-01-01", "2024-02-01", "2024-03-01"]);
    expect(data[1]?.values).toEqual({});
    expect(data[0]?.values).toEqual({ x: 10, press: null });
    expect(channels).toEqual(["x", "facebook"]);
    expect(reported).toBe(true);
    expect(toTimeline({ granularity: "day", from: "2024-01-01", to: "2024-01-31", points: [] })).toEqual({
      data: [],
      channels: [],
      reported: false,
    });
  });

  it("gives each channel one stable colour and orders channels as the defaults", () => {
    expect(channelColor("x")).toBe(channelColor("x"));
    expect(channelColor("x")).not.toBe(channelColor("facebook"));
    expect(channelColor("tiktok")).toBe(channelColor("tiktok"));
    expect(sortChannels(["press", "tiktok", "x", "facebook", "blog"])).toEqual([
      "x",
      "facebook",
      "press",
      "blog",
      "tiktok",
    ]);
  });

  it("computes channel shares of impressions, largest first, without empty channels", () => {
    expect(
      toChannelShare([
        { channel: "x", impressions: 25, engagements: 1, reported: 1 },
        { channel: "facebook", impressions: 75, engagements: 1, reported: 1 },
        { channel: "press", impressions: 0, engagements: 0, reported: 1 },
      ]),
    ).toEqual([
      { channel: "facebook", impressions: 75, share: 0.75 },
      { channel: "x", impressions: 25, share: 0.25 },
    ]);
  });

  it("formats rates as percentages and counts short or exact", () => {
    expect(formatPercent(0.03214, "en")).toBe("3.21%");
    expect(formatValue(0.03214, "percent", "en", true)).toBe("3.2%");
    expect(formatValue(889_512_345, "count", "en", true)).toBe("889.5M");
    expect(formatValue(889_512_345, "count", "en")).toBe("889,512,345");
  });
});

describe("chart exports", () => {
  const label = (code: string) => ({ x: "X (Twitter)", facebook: "Facebook" })[code] ?? code;

  it("writes a timeline's CSV as drawn: every bucket, one column per channel, unknown left empty", () => {
    const timeline = toTimeline({
      granularity: "month",
      from: "2024-01-01",
      to: "2024-03-31",
      points: [
        { bucket: "2024-01-01", channel: "x", value: 10 },
        { bucket: "2024-01-01", channel: "facebook", value: null },
        { bucket: "2024-03-01", channel: "x", value: 30 },
        { bucket: "2024-03-01", channel: "facebook", value: 5 },
      ],
    });
    const table = timelineTable(timeline.data, timeline.channels, {
      bucket: "Month",
      channel: label,
      partial: "Partial",
    });
    expect(table.columns).toEqual([
      { key: "bucket", label: "Month" },
      { key: "channel:x", label: "X (Twitter)" },
      { key: "channel:facebook", label: "Facebook" },
      { key: "partial", label: "Partial" },
    ]);
    expect(table.rows).toEqual([
      { bucket: "2024-01-01", "channel:x": 10, "channel:facebook": null, partial: "false" },
      { bucket: "2024-02-01", "channel:x": null, "channel:facebook": null, partial: "false" },
      { bucket: "2024-03-01", "channel:x": 30, "channel:facebook": 5, partial: "false" },
    ]);
    const rates = timelineTable([{ bucket: "2024-01-01", values: { x: 0.0345 } }], ["x"], {
      bucket: "Month",
      channel: label,
      percent: true,
      partial: "Partial",
    });
    expect(rates.rows).toEqual([{ bucket: "2024-01-01", "channel:x": 3.45, partial: "false" }]);
  });

  it("marks the current month so far, and a period's edges, as partial in the chart and its CSV", () => {
    const series = {
      granularity: "month" as const,
      from: "2024-01-10",
      to: "2024-12-31",
      points: [
        { bucket: "2024-01-01", channel: "x", value: 5 },
        { bucket: "2024-02-01", channel: "x", value: 40 },
        { bucket: "2024-03-01", channel: "x", value: 2 },
      ],
    };
    // "Today" is 3 March 2024: March holds 3 of its 31 days, January 22 of 31 (the period starts on the 10th).
    const { data } = toTimeline(series, "2024-03-03");
    expect(data.map((d) => d.partial ?? null)).toEqual([{ days: 22, of: 31 }, null, { days: 3, of: 31 }]);
    const table = timelineTable(data, ["x"], { bucket: "Month", channel: label, partial: "Partial" });
    expect(table.rows.map((r) => r.partial)).toEqual(["true", "false", "true"]);
    expect(
      partialBucket("2024-02-26", "week", { from: "2024-01-01", to: "2024-12-31" }, "2024-02-28"),
    ).toEqual({
      days: 3,
      of: 7,
    });
    expect(
      partialBucket("2024-02-28", "day", { from: "2024-01-01", to: "2024-12-31" }, "2024-02-28"),
    ).toBeNull();
    expect(
      partialBucket("2023-02-01", "month", { from: "2023-01-01", to: "2023-12-31" }, "2024-02-28"),
    ).toBeNull();
  });

  it("writes the donut's CSV as channel, impressions and share in percent, largest first", () => {
    const data = toChannelShare([
      { channel: "x", impressions: 1, engagements: 0, reported: 1 },
      { channel: "facebook", impressions: 2, engagements: 0, reported: 1 },
    ]);
    const table = shareTable(data, {
      channel: "Channel",
      impressions: "Impressions",
      share: "Share (%)",
      channelLabel: label,
    });
    expect(table.columns.map((c) => c.label)).toEqual(["Channel", "Impressions", "Share (%)"]);
    expect(table.rows).toEqual([
      { channel: "Facebook", impressions: 2, share: 66.6666666667 },
      { channel: "X (Twitter)", impressions: 1, share: 33.3333333333 },
    ]);
    expect(toPercentNumber(0.07)).toBe(7);
  });

  it("puts the page's filters in words for the caption of every export", () => {
    const translate = (key: string, params: Record<string, unknown> = {}) => {
      const text = key
        .replace(/^engagement\./, "")
        .split(".")
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], engagement);
      if (typeof text !== "string") throw new Error(`No text for ${key}`);
      return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name]));
    };
    const labels = { translate, locale: "en", channel: label, country: (c: string) => `<${c}>` };
    const month = { period: { from: "2024-03-01", to: "2024-03-31" }, channels: [], metric: "impressions" };
    expect(
      describeEngagementFilters(
        month as EngagementView,
        "2024-04-10",
        { granularity: "day", requested: null },
        labels,
      ),
    ).toBe(
      "Period: Mar 1, 2024 – Mar 31, 2024 · Granularity: Day (automatic) · Channels: All channels · Country: All countries",
    );
    const narrowed: EngagementView = {
      period: { preset: "launch" },
      channels: ["x", "facebook"],
      countryCode: "US",
      granularity: "day",
      metric: "impressions",
    };
    expect(
      describeEngagementFilters(narrowed, "2024-12-31", { granularity: "week", requested: "day" }, labels),
    ).toBe(
      "Period: Jun 5, 2014 – Dec 31, 2024 (Since launch) · Granularity: Week (per day would be too many points) · Channels: X (Twitter), Facebook · Country: <US>",
    );
    expect(describeEngagementFilters(narrowed, "2024-12-31", undefined, labels)).toContain(
      "Granularity: Day ·",
    );
  });
});

describe("engagement access", () => {
  it("lets every role read engagement and only staff and above import", () => {
    expect(requiredRole("engagement", "list")).toBe("viewer");
    expect(requiredRole("engagement", "import")).toBe("staff");
    expect(requiredRole("engagement-import", "list")).toBe("staff");
  });
});
