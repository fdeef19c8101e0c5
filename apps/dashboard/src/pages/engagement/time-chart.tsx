import { useTranslate } from "@refinedev/core";
import type { Granularity } from "@tbc/types";
import { Typography } from "antd";
import { type ReactNode, useRef, useState } from "react";
import {
  Bar,
  BarChart,
  Cell,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  type TooltipContentProps,
  XAxis,
  YAxis,
} from "recharts";
import { HorizontalGrid } from "../../components/chart-grid";
import { useChartTheme } from "../../components/chart-theme";
import { mirrorMargin, useChartDirection } from "../../components/direction";
import { useNumberLocale } from "../../components/figure";
import { useReducedMotion } from "../../components/reduced-motion";
import { formatBucket, type MarkerGroup } from "./buckets";
import { TooltipBox } from "./card";
import { channelColor, type TimelineDatum, tickGap, timelineSpan } from "./chart-data";
import { MarkerBox, type MarkerFocus, MarkerShape, useMarkerOpen } from "./markers";
import { formatValue, type ValueKind } from "./numbers";

type Props = {
  data: TimelineDatum[];
  channels: string[];
  granularity: Granularity;
  kind: ValueKind;
  type: "line" | "bar";
  channelLabel: (code: string) => string;
  height?: number;
  markers?: MarkerGroup[];
  /** Whether any figure drawn is generated sample data (data-sample, for the e2e test). */
  sample?: boolean;
  testId: string;
};

function useBucketLabel(granularity: Granularity) {
  const t = useTranslate();
  const locale = useNumberLocale();
  return (bucket: string) => {
    const date = formatBucket(bucket, granularity, locale, "full");
    return granularity === "week" ? t("engagement.timeline.weekOf", { date }) : date;
  };
}

function SeriesTooltip({
  active,
  payload,
  kind,
  channels,
  channelLabel,
  bucketLabel,
}: Pick<TooltipContentProps, "active" | "payload"> & {
  kind: ValueKind;
  channels: string[];
  channelLabel: (code: string) => string;
  bucketLabel: (bucket: string) => string;
}) {
  const t = useTranslate();
  const locale = useNumberLocale();
  const datum = payload?.[0]?.payload as TimelineDatum | undefined;
  if (!active || !datum) return null;
  const partial = datum.partial
    ? t("engagement.timeline.partialDays", { days: datum.partial.days, of: datum.partial.of })
    : null;
  const rows: [string, ReactNode][] = channels
    .filter((c) => c in datum.values)
    .map((c) => {
      const v = datum.values[c];
      return [
        c,
        v === null || v === undefined ? t("engagement.timeline.noValue") : formatValue(v, kind, locale),
      ];
    });
  return (
    <TooltipBox>
      <Typography.Text strong>{bucketLabel(datum.bucket)}</Typography.Text>
      {partial && <Typography.Text type="secondary">{partial}</Typography.Text>}
      {rows.map(([c, text]) => (
        <div key={c} style={{ display: "flex", gap: 6, alignItems: "center" }}>
          <span style={{ width: 8, height: 8, flex: "none", background: channelColor(c), borderRadius: 2 }} />
          <span>
            {channelLabel(c)}: {text}
          </span>
        </div>
      ))}
    </TooltipBox>
  );
}

/**
 * A time series per channel (lines, or stacked bars), x = the buckets labelled per granularity,
 * with optional announcement markers. A partial bucket (the current month so far) is not joined
 * to the lines — its sum would read as a drop — but marked by a dashed rule labelled "to date"
 * (or "partial" at the period's start), its values in the tooltip and the CSV; bars are pale. The plot's container carries data-granularity,
 * data-first-bucket, data-last-bucket, data-partial and data-sample, so that what it shows can be
 * checked without reading SVG.
 */
// biome-ignore lint/complexity/noExcessiveLinesPerFunction: one recharts tree: axes, series, markers and tooltip read best together
export function TimeChart({
  data,
  channels,
  granularity,
  kind,
  type,
  channelLabel,
  height = 340,
  markers = [],
  sample = false,
  testId,
}: Props) {
  const t = useTranslate();
  const locale = useNumberLocale();
  const animate = !useReducedMotion();
  const dir = useChartDirection();
  const colors = useChartTheme();
  const bucketLabel = useBucketLabel(granularity);
  const [focus, setFocus] = useState<MarkerFocus | null>(null);
  const open = useMarkerOpen(setFocus);
  const box = useRef<HTMLDivElement>(null);
  const span = timelineSpan(data);
  const Chart = type === "line" ? LineChart : BarChart;
  const value = (c: string) => (d: TimelineDatum) => d.values[c] ?? null;
  const whole = (c: string) => (d: TimelineDatum) => (d.partial ? null : (d.values[c] ?? null));
  const partials = data.filter((d) => d.partial);
  const byLabel = new Map(channels.map((c) => [channelLabel(c), c]));

  return (
    <div
      ref={box}
      style={{ position: "relative", width: "100%", height }}
      data-testid={testId}
      data-granularity={granularity}
      data-first-bucket={span.first}
      data-last-bucket={span.last}
      data-points={data.length}
      data-partial={partials.map((d) => d.bucket).join(" ")}
      data-sample={sample}
    >
      <ResponsiveContainer>
        {/* Room on the right for half of the last tick's label, which is centred on the last point. */}
        <Chart
          data={data}
          margin={mirrorMargin({ top: markers.length ? 22 : 8, right: 32, bottom: 0, left: 4 }, dir.rtl)}
        >
          <HorizontalGrid />
          <XAxis
            {...dir.x}
            dataKey="bucket"
            tickFormatter={(b: string) => formatBucket(b, granularity, locale)}
            interval="preserveStartEnd"
            minTickGap={tickGap(granularity)}
            tick={{ fontSize: 12 }}
          />
          <YAxis
            {...dir.y}
            tickFormatter={(v: number) => formatValue(v, kind, locale, true)}
            width={kind === "percent" ? 52 : 60}
            tick={{ fontSize: 12 }}
          />
          <Tooltip
            content={(props) => (
              <SeriesTooltip
                active={props.active}
                payload={props.payload}
                kind={kind}
                channels={channels}
                channelLabel={channelLabel}
                bucketLabel={bucketLabel}
              />
            )}
            isAnimationActive={animate}
          />
          {/* Dark legend text beside the colour swatch: a light colour as text would be unreadable. */}
          <Legend
            verticalAlign="bottom"
            wrapperStyle={{ fontSize: 12, paddingTop: 4 }}
            formatter={(name) => <span style={{ color: "var(--tbc-chart-label)" }}>{name}</span>}
            // The channels' own order, as in the exported legend (recharts sorts by name by default).
            itemSorter={(item) => channels.indexOf(byLabel.get(String(item.value)) ?? "")}
          />
          {channels.map((c) =>
            type === "line" ? (
              <Line
                key={c}
                type="monotone"
                dataKey={whole(c)}
                name={channelLabel(c)}
                stroke={channelColor(c)}
                strokeWidth={1.75}
                dot={data.length <= 40 ? { r: 2 } : false}
                isAnimationActive={animate}
              />
            ) : (
              <Bar
                key={c}
                dataKey={value(c)}
                name={channelLabel(c)}
                stackId="channels"
                fill={channelColor(c)}
                isAnimationActive={animate}
              >
                {data.map((d) => (
                  <Cell key={d.bucket} fillOpacity={d.partial ? 0.35 : 1} />
                ))}
              </Bar>
            ),
          )}
          {partials.map((d) => (
            <ReferenceLine
              key={`partial:${d.bucket}`}
              x={d.bucket}
              stroke={colors.reference}
              strokeDasharray="2 3"
              label={{
                value:
                  d === data[data.length - 1]
                    ? t("engagement.timeline.toDate")
                    : t("engagement.timeline.partial"),
                // Beside the line, on the side away from the data (mirrored in RTL).
                position: (d === data[data.length - 1]) !== dir.rtl ? "insideTopRight" : "insideTopLeft",
                fontSize: 11,
                fill: colors.marker,
              }}
            />
          ))}
          {markers.map((group) => (
            <ReferenceLine
              key={group.bucket}
              x={group.bucket}
              ifOverflow="visible"
              shape={(props: { x1?: number; y1?: number; x2?: number; y2?: number }) => (
                <MarkerShape
                  {...props}
                  group={group}
                  onFocus={(f) => setFocus((current) => (current?.pinned ? current : f))}
                  onLeave={() => setFocus((current) => (current?.pinned ? current : null))}
                  onOpen={open}
                />
              )}
            />
          ))}
        </Chart>
      </ResponsiveContainer>
      {focus && (
        <MarkerBox focus={focus} width={box.current?.clientWidth ?? 600} onClose={() => setFocus(null)} />
      )}
    </div>
  );
}
