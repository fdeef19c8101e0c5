import { useTranslate } from "@refinedev/core";
import type { EngagementTotals } from "@tbc/types";
import { Typography } from "antd";
import { useMemo } from "react";
import {
  Cell,
  Label,
  Legend,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  type TooltipContentProps,
} from "recharts";
import { useChartTheme } from "../../components/chart-theme";
import { useNumberLocale } from "../../components/figure";
import { formatCompact, formatCount } from "../../components/format";
import { useReducedMotion } from "../../components/reduced-motion";
import { EngagementCard, TooltipBox } from "./card";
import { channelColor, type ShareDatum, shareTable, toChannelShare } from "./chart-data";
import { formatPercent } from "./numbers";

function ShareTooltip({
  active,
  payload,
  channelLabel,
}: Pick<TooltipContentProps, "active" | "payload"> & { channelLabel: (code: string) => string }) {
  const locale = useNumberLocale();
  const datum = payload?.[0]?.payload as ShareDatum | undefined;
  if (!active || !datum) return null;
  return (
    <TooltipBox>
      <Typography.Text strong>{channelLabel(datum.channel)}</Typography.Text>
      <div>
        {formatCount(datum.impressions, locale)} ({formatPercent(datum.share, locale, 1)})
      </div>
    </TooltipBox>
  );
}

/** The total in the donut's hole, drawn in the chart's SVG so that the PNG and SVG exports have it. */
function TotalLabel({ viewBox, label, value }: { viewBox?: unknown; label: string; value: string }) {
  const { cx, cy } = (viewBox ?? {}) as { cx?: number; cy?: number };
  const colors = useChartTheme();
  if (typeof cx !== "number" || typeof cy !== "number") return null;
  return (
    <g>
      <text x={cx} y={cy - 6} textAnchor="middle" fontSize={14} fill={colors.muted}>
        {label}
      </text>
      <text x={cx} y={cy + 18} textAnchor="middle" fontSize={20} fontWeight={600} fill={colors.strong}>
        {value}
      </text>
    </g>
  );
}

/**
 * Each channel's share of the impressions in the view, as a donut with the total in its hole. The
 * legend (on screen and in the exports) goes largest slice first, as the slices do.
 */
export function ShareCard({
  totals,
  loading,
  error,
  channelLabel,
}: {
  totals: EngagementTotals | undefined;
  loading: boolean;
  error: boolean;
  channelLabel: (code: string) => string;
}) {
  const t = useTranslate();
  const locale = useNumberLocale();
  const animate = !useReducedMotion();
  const data = useMemo(() => toChannelShare(totals?.byChannel), [totals]);
  const total = data.reduce((sum, d) => sum + d.impressions, 0);
  const sample = !!totals?.sample;
  const legendLabel = (d: ShareDatum) => `${channelLabel(d.channel)} ${formatPercent(d.share, locale, 0)}`;
  const table = shareTable(data, {
    channel: t("engagement.csv.channel"),
    impressions: t("engagement.csv.impressions"),
    share: t("engagement.csv.share"),
    channelLabel,
  });
  return (
    <EngagementCard
      title={t("engagement.share.title")}
      sample={sample}
      loading={loading}
      error={error}
      empty={data.length === 0}
      emptyText={t("engagement.share.empty")}
      testId="share-chart"
      exportSpec={{
        legend: data.map((d) => ({ label: legendLabel(d), color: channelColor(d.channel) })),
        ...table,
      }}
    >
      <div style={{ width: "100%", height: 380 }} data-slices={data.length} data-sample={sample}>
        <ResponsiveContainer>
          <PieChart>
            <Pie
              data={data}
              dataKey="impressions"
              nameKey="channel"
              innerRadius="55%"
              outerRadius="80%"
              paddingAngle={1}
              isAnimationActive={animate}
            >
              {data.map((d) => (
                <Cell key={d.channel} fill={channelColor(d.channel)} />
              ))}
              <Label
                position="center"
                content={({ viewBox }) => (
                  <TotalLabel
                    viewBox={viewBox}
                    label={t("engagement.share.total")}
                    value={formatCompact(total, locale)}
                  />
                )}
              />
            </Pie>
            <Tooltip
              content={(props) => <ShareTooltip {...props} channelLabel={channelLabel} />}
              isAnimationActive={animate}
            />
            <Legend
              verticalAlign="bottom"
              wrapperStyle={{ fontSize: 12 }}
              formatter={(_, entry) => {
                const d = entry.payload as unknown as ShareDatum | undefined;
                return <span style={{ color: "var(--tbc-chart-label)" }}>{d ? legendLabel(d) : ""}</span>;
              }}
              // The slices' order (largest first), as in the exported legend; recharts sorts by name.
              itemSorter={(item) => data.findIndex((d) => d.channel === String(item.value))}
            />
          </PieChart>
        </ResponsiveContainer>
      </div>
    </EngagementCard>
  );
}
