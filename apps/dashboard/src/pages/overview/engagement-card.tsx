import { useTranslate } from "@refinedev/core";
import type { EngagementSeries } from "@tbc/types";
import { Tag } from "antd";
import { useMemo } from "react";
import {
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
} from "recharts";
import { ChartCard, ChartLegend } from "../../components/chart-card";
import { HorizontalGrid } from "../../components/chart-grid";
import { type ChartPalette, useChartTheme } from "../../components/chart-theme";
import { mirrorMargin, useChartDirection } from "../../components/direction";
import { useNumberLocale } from "../../components/figure";
import { dateFormat, formatCompact, formatCount } from "../../components/format";
import { useReducedMotion } from "../../components/reduced-motion";
import { isPartialBucket, todayUtc } from "../engagement/partial";
import { channelColor, sortChannels } from "./channels";

type Datum = Record<string, number | null | string> & { bucket: string };
/** The CSV column and datum key saying whether a bucket is partial (no channel code has a colon). */
export const PARTIAL = ":partial";

/**
 * engagement.series points → one datum per bucket with a value per channel (null: not reported),
 * and whether the bucket holds only some of its days (the current month so far): `PARTIAL`.
 */
export function toEngagementData(
  series: EngagementSeries | undefined,
  today: string = todayUtc(),
): {
  data: Datum[];
  channels: string[];
} {
  if (!series) return { data: [], channels: [] };
  const byBucket = new Map<string, Datum>();
  for (const p of series.points) {
    const datum: Datum = byBucket.get(p.bucket) ?? {
      bucket: p.bucket,
      [PARTIAL]: String(isPartialBucket(p.bucket, series.granularity, series, today)),
    };
    datum[p.channel] = p.value;
    byBucket.set(p.bucket, datum);
  }
  return { data: [...byBucket.values()], channels: sortChannels(series.points.map((p) => p.channel)) };
}

/** 340 px with the legend above it, as the other cards of its row. */
const CHART_HEIGHT = 312;

/**
 * Impressions over time, one line per channel; a legend entry filters the page to its channel. A
 * partial bucket (the current month so far) is not joined to the lines — it would read as a drop —
 * but drawn as hollow points (explained under the exported image), its values in the CSV.
 */
export function EngagementCard({
  series,
  loading,
  error,
  channelLabel,
  onSelectChannel,
  onDrill,
  source,
}: {
  series: EngagementSeries | undefined;
  loading: boolean;
  error: boolean;
  channelLabel: (code: string) => string;
  onSelectChannel: (channel: string) => void;
  onDrill: () => void;
  source: string;
}) {
  const t = useTranslate();
  const locale = useNumberLocale();
  const animate = !useReducedMotion();
  const dir = useChartDirection();
  const colors = useChartTheme();
  const { data, channels } = useMemo(() => toEngagementData(series), [series]);
  const partials = data.filter((d) => d[PARTIAL] === "true").map((d) => d.bucket);
  const granularity = series?.granularity ?? "month";
  const tick = (bucket: string) => bucketTick(bucket, granularity, locale);
  const years = useMemo(() => yearTicks(data, granularity), [data, granularity]);
  const yearTick = (bucket: string) => bucketTick(bucket, "year", locale);

  return (
    <ChartCard
      id="overview-engagement"
      title={t("overview.engagement.title")}
      subtitle={t(`overview.engagement.subtitle.${granularity}`)}
      hint={t("overview.engagement.hint")}
      loading={loading}
      error={error}
      empty={data.length === 0}
      emptyText={t("overview.engagement.empty")}
      drill={{ label: t("overview.drill.engagement"), onClick: onDrill }}
      toolbar={series?.sample ? <Tag color="orange">{t("overview.sample")}</Tag> : undefined}
      legend={
        <ChartLegend
          mark="line"
          entries={channels.map((c) => ({ key: c, label: channelLabel(c), color: channelColor(c, colors) }))}
          onSelect={onSelectChannel}
        />
      }
      exportSpec={{
        legend: channels.map((c) => ({ label: channelLabel(c), color: channelColor(c) })),
        columns: [
          { key: "bucket", label: t("overview.csv.periodStart") },
          ...channels.map((c) => ({ key: c, label: channelLabel(c) })),
          { key: PARTIAL, label: t("engagement.csv.partial") },
        ],
        rows: data,
        source,
        ...(partials.length ? { notes: [t("engagement.timeline.partialNote")] } : {}),
      }}
    >
      <div style={{ width: "100%", height: CHART_HEIGHT }}>
        <ResponsiveContainer>
          <LineChart data={data} margin={mirrorMargin({ top: 8, right: 28, bottom: 8, left: 0 }, dir.rtl)}>
            <HorizontalGrid />
            <XAxis
              {...dir.x}
              dataKey="bucket"
              {...(years
                ? { ticks: years, interval: "preserveStart", tickFormatter: yearTick }
                : { tickFormatter: tick })}
              minTickGap={24}
              tick={{ fontSize: 12 }}
            />
            <YAxis
              {...dir.y}
              tickFormatter={(v: number) => formatCompact(v, locale)}
              width={52}
              tick={{ fontSize: 12 }}
            />
            <Tooltip
              labelFormatter={(bucket) => tick(String(bucket))}
              formatter={(value) => (value === null ? t("common.none") : formatCount(Number(value), locale))}
              isAnimationActive={animate}
            />
            {channels.map((c) => (
              <Line
                key={c}
                type="monotone"
                dataKey={(d: Datum) => (d[PARTIAL] === "true" ? null : d[c])}
                name={channelLabel(c)}
                stroke={channelColor(c, colors)}
                strokeWidth={1.5}
                dot={false}
                connectNulls={false}
                isAnimationActive={animate}
              />
            ))}
            {partials.length > 0 &&
              channels.map((c) => (
                // A partial bucket's values, not joined to the line: in the tooltip through this
                // line, drawn by PartialPoints.
                <Line
                  key={`${c}${PARTIAL}`}
                  dataKey={(d: Datum) => (d[PARTIAL] === "true" ? d[c] : null)}
                  name={channelLabel(c)}
                  stroke="none"
                  legendType="none"
                  dot={false}
                  isAnimationActive={false}
                />
              ))}
            {partials.length > 0 && <PartialPoints data={data} channels={channels} colors={colors} />}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </ChartCard>
  );
}

/**
 * The partial buckets' values as hollow points. A Line's own dots would do it, but recharts makes
 * a dot element for every bucket of every such line (760 of them for ten years of six channels,
 * ~100 ms of the overview's first drawing) to show the one or two that are partial.
 */
function PartialPoints({
  data,
  channels,
  colors,
}: {
  data: Datum[];
  channels: string[];
  colors: ChartPalette;
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  const points = data
    .filter((d) => d[PARTIAL] === "true")
    .flatMap((d) =>
      channels.map((c) => {
        const value = d[c];
        const cx = x(d.bucket);
        const cy = typeof value === "number" ? y(value) : undefined;
        if (cx === undefined || cy === undefined) return null;
        return (
          <circle
            key={`${d.bucket}:${c}`}
            className="tbc-partial-point"
            data-channel={c}
            cx={cx}
            cy={cy}
            r={3}
            fill={colors.dotFill}
            stroke={channelColor(c, colors)}
          />
        );
      }),
    );
  return <g>{points}</g>;
}

/**
 * Past two years of months, the axis marks the years (their January), read as "2019": recharts
 * would otherwise measure every month's label in the DOM (120 for ten years) to choose which fit.
 */
function yearTicks(data: Datum[], granularity: string): string[] | null {
  if (granularity !== "month" || data.length <= 24) return null;
  return data.map((d) => d.bucket).filter((bucket) => bucket.slice(5, 7) === "01");
}

/** "2025" for a year, "Mar 2025" for a month, "3 Mar 25" for a week, in the dashboard's locale. */
function bucketTick(bucket: string, granularity: string, locale: string): string {
  const date = new Date(`${bucket}T00:00:00Z`);
  const options: Intl.DateTimeFormatOptions =
    granularity === "year"
      ? { year: "numeric" }
      : granularity === "month"
        ? { month: "short", year: "numeric" }
        : { day: "numeric", month: "short", year: "2-digit" };
  return dateFormat(locale, { ...options, timeZone: "UTC" }).format(date);
}
