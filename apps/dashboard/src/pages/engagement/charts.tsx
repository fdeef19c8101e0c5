import { useTranslate } from "@refinedev/core";
import {
  ENGAGEMENT_METRICS,
  type EngagementMetric,
  type EngagementSeries,
  type Granularity,
} from "@tbc/types";
import { Select, Space, Typography } from "antd";
import { useMemo } from "react";
import type { ChartExportSpec } from "../../components/chart-card";
import { useNumberLocale } from "../../components/figure";
import { bucketOf, formatBucket, groupMarkers, type Marker } from "./buckets";
import { EngagementCard } from "./card";
import { channelColor, type TimelineDatum, timelineTable, toTimeline } from "./chart-data";
import { MARKER_COLOR } from "./markers";
import { TimeChart } from "./time-chart";

type Query<T> = { data: T | undefined; loading: boolean; error: boolean };
type ChannelLabel = (code: string) => string;

/**
 * The exports of a timeline card: the channels drawn as the legend, and as CSV exactly the buckets
 * and values the chart draws (rates as percentages).
 */
function useTimelineExport(
  timeline: { data: TimelineDatum[]; channels: string[] },
  granularity: Granularity,
  channelLabel: ChannelLabel,
  percent = false,
): ChartExportSpec {
  const t = useTranslate();
  const { columns, rows } = timelineTable(timeline.data, timeline.channels, {
    bucket: t(`engagement.csv.bucket.${granularity}`),
    channel: percent ? (c) => t("engagement.csv.percent", { channel: channelLabel(c) }) : channelLabel,
    percent,
    partial: t("engagement.csv.partial"),
  });
  const partial = timeline.data.some((d) => d.partial);
  return {
    legend: timeline.channels.map((c) => ({ label: channelLabel(c), color: channelColor(c) })),
    columns,
    rows,
    ...(partial ? { notes: [t("engagement.timeline.partialNote")] } : {}),
  };
}

/** "No figures after Dec 2024": the period runs past the last bucket that has data. */
function DataEnds({ series, last }: { series: EngagementSeries; last: string | undefined }) {
  const t = useTranslate();
  const locale = useNumberLocale();
  if (!last || bucketOf(series.to, series.granularity) <= last) return null;
  const date = formatBucket(last, series.granularity, locale, "full");
  return (
    <Typography.Text type="secondary" data-testid="data-ends">
      {t("engagement.timeline.dataEnds", { date })}
    </Typography.Text>
  );
}

/** The chosen metric over time, one line per channel, with operation announcements as flags. */
export function TimelineCard({
  series,
  markers,
  metric,
  onMetric,
  channelLabel,
}: {
  series: Query<EngagementSeries>;
  markers: Marker[] | undefined;
  metric: EngagementMetric;
  onMetric: (metric: EngagementMetric) => void;
  channelLabel: ChannelLabel;
}) {
  const t = useTranslate();
  const timeline = useMemo(() => toTimeline(series.data), [series.data]);
  const granularity = series.data?.granularity ?? "month";
  const groups = useMemo(
    () =>
      groupMarkers(
        markers ?? [],
        granularity,
        timeline.data.map((d) => d.bucket),
      ),
    [markers, granularity, timeline.data],
  );
  const options = ENGAGEMENT_METRICS.map((m) => ({ value: m, label: t(`engagement.metrics.${m}`) }));
  const exportSpec = useTimelineExport(timeline, granularity, channelLabel);
  return (
    <EngagementCard
      title={t("engagement.timeline.title")}
      subtitle={t("engagement.timeline.subtitle", {
        metric: t(`engagement.metrics.${metric}`),
        granularity: t(`engagement.granularities.${granularity}`).toLowerCase(),
      })}
      sample={!!series.data?.sample}
      loading={series.loading}
      error={series.error}
      empty={!timeline.reported}
      emptyText={t("engagement.timeline.empty")}
      testId="timeline-chart"
      exportSpec={exportSpec}
      toolbar={
        <Select<EngagementMetric>
          value={metric}
          options={options}
          onChange={onMetric}
          style={{ minWidth: 200 }}
          aria-label={t("engagement.timeline.metric")}
          data-testid="timeline-metric"
        />
      }
    >
      <TimeChart
        data={timeline.data}
        channels={timeline.channels}
        granularity={granularity}
        kind="count"
        type="line"
        channelLabel={channelLabel}
        markers={groups}
        sample={!!series.data?.sample}
        height={380}
        testId="timeline-plot"
      />
      <Space wrap size={16}>
        {groups.length > 0 && (
          <Typography.Text type="secondary" data-testid="marker-hint">
            <span style={{ color: MARKER_COLOR }}>▼</span> {t("engagement.timeline.markersHint")}
          </Typography.Text>
        )}
        {series.data && <DataEnds series={series.data} last={timeline.data.at(-1)?.bucket} />}
      </Space>
    </EngagementCard>
  );
}

/** Engagements ÷ impressions per channel and bucket, computed by the server from the sums. */
export function RateCard({
  series,
  channelLabel,
}: {
  series: Query<EngagementSeries>;
  channelLabel: ChannelLabel;
}) {
  const t = useTranslate();
  const timeline = useMemo(() => toTimeline(series.data), [series.data]);
  const granularity = series.data?.granularity ?? "month";
  const exportSpec = useTimelineExport(timeline, granularity, channelLabel, true);
  return (
    <EngagementCard
      title={t("engagement.rate.title")}
      sample={!!series.data?.sample}
      loading={series.loading}
      error={series.error}
      empty={!timeline.reported}
      emptyText={t("engagement.rate.empty")}
      testId="rate-chart"
      exportSpec={exportSpec}
    >
      <TimeChart
        data={timeline.data}
        channels={timeline.channels}
        granularity={granularity}
        kind="percent"
        type="line"
        channelLabel={channelLabel}
        sample={!!series.data?.sample}
        height={300}
        testId="rate-plot"
      />
      <Typography.Text type="secondary">{t("engagement.rate.note")}</Typography.Text>
    </EngagementCard>
  );
}

/** Hashtag mentions over time, stacked by channel (only channels that report them). */
export function HashtagCard({
  series,
  channelLabel,
}: {
  series: Query<EngagementSeries>;
  channelLabel: ChannelLabel;
}) {
  const t = useTranslate();
  const timeline = useMemo(() => toTimeline(series.data), [series.data]);
  const granularity = series.data?.granularity ?? "month";
  const exportSpec = useTimelineExport(timeline, granularity, channelLabel);
  return (
    <EngagementCard
      title={t("engagement.hashtags.title")}
      sample={!!series.data?.sample}
      loading={series.loading}
      error={series.error}
      empty={!timeline.reported}
      emptyText={t("engagement.hashtags.empty")}
      testId="hashtag-chart"
      exportSpec={exportSpec}
    >
      <TimeChart
        data={timeline.data}
        channels={timeline.channels}
        granularity={granularity}
        kind="count"
        type="bar"
        channelLabel={channelLabel}
        sample={!!series.data?.sample}
        height={300}
        testId="hashtag-plot"
      />
    </EngagementCard>
  );
}
