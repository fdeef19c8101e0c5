import { useTranslate } from "@refinedev/core";
import type { OutcomesByCrimeArea } from "@tbc/types";
import { Typography } from "antd";
import { useMemo } from "react";
import {
  Bar,
  BarChart,
  type BarShapeProps,
  Rectangle,
  ResponsiveContainer,
  Tooltip,
  type TooltipContentProps,
  XAxis,
  YAxis,
} from "recharts";
import { VerticalGrid } from "../../components/chart-grid";
import { crimeAreaColor, useCrimeAreaLabel } from "../../components/crime-areas";
import { mirrorMargin, useChartDirection } from "../../components/direction";
import { useNumberLocale } from "../../components/figure";
import { formatCompact, formatUsd } from "../../components/format";
import { useReducedMotion } from "../../components/reduced-motion";
import { ChartCard, TooltipBox } from "./chart-card";
import { type AreaDatum, toSeizedByArea } from "./chart-data";

type Datum = AreaDatum & { label: string };

function AreaTooltip({ active, payload }: Pick<TooltipContentProps, "active" | "payload">) {
  const t = useTranslate();
  const locale = useNumberLocale();
  const datum = payload?.[0]?.payload as Datum | undefined;
  if (!active || !datum) return null;
  return (
    <TooltipBox>
      <Typography.Text strong>{datum.label}</Typography.Text>
      <div>{formatUsd(datum.value, locale)}</div>
      <Typography.Text type="secondary">
        {t("outcomes.byCrimeArea.reported", {
          reported: datum.reported,
          operations: datum.operations,
          n: datum.operations,
        })}
      </Typography.Text>
    </TooltipBox>
  );
}

/**
 * Published seizure value per crime area, largest first, one bar per area in its colour. Areas for
 * which no operation published a value are named under the chart, not drawn as zero.
 */
export function ByCrimeAreaChart({
  rows,
  loading,
  error,
  onSelectArea,
  onDrill,
}: {
  rows: OutcomesByCrimeArea;
  loading: boolean;
  error: boolean;
  onSelectArea: (area: string) => void;
  onDrill: () => void;
}) {
  const t = useTranslate();
  const locale = useNumberLocale();
  const label = useCrimeAreaLabel();
  const animate = !useReducedMotion();
  const dir = useChartDirection();
  const { bars, unreported } = useMemo(() => toSeizedByArea(rows), [rows]);
  const data: Datum[] = bars.map((b) => ({ ...b, label: label(b.crimeArea) }));
  const height = Math.max(300, data.length * 44 + 48);

  return (
    <ChartCard
      title={t("outcomes.byCrimeArea.title")}
      hint={t("outcomes.byCrimeArea.hint")}
      onDrill={onDrill}
      loading={loading}
      error={error}
      empty={data.length === 0}
      emptyText={t("outcomes.byCrimeArea.empty")}
      testId="by-crime-area-chart"
      exportSpec={{
        legend: data.map((d) => ({ label: d.label, color: crimeAreaColor(d.crimeArea) })),
        columns: [
          { key: "label", label: t("outcomes.top.crimeArea") },
          { key: "value", label: t("outcomes.figures.seizedValueUsd") },
          { key: "reported", label: t("chartExport.columns.reported") },
          { key: "operations", label: t("chartExport.columns.operations") },
        ],
        rows: data,
        summary: { format: formatUsd },
        actions: { row: (row) => () => onSelectArea((row as Datum).crimeArea) },
      }}
    >
      <div style={{ width: "100%", height }}>
        <ResponsiveContainer>
          <BarChart
            data={data}
            layout="vertical"
            margin={mirrorMargin({ top: 4, right: 24, bottom: 4, left: 8 }, dir.rtl)}
          >
            <VerticalGrid />
            <XAxis
              {...dir.x}
              type="number"
              tickFormatter={(v: number) => `$${formatCompact(v, locale)}`}
              tick={{ fontSize: 12 }}
            />
            <YAxis
              {...dir.y}
              type="category"
              dataKey="label"
              width={180}
              tick={{ fontSize: 12 }}
              interval={0}
            />
            <Tooltip
              cursor={{ fill: "rgba(31, 78, 140, 0.08)" }}
              content={(props) => <AreaTooltip active={props.active} payload={props.payload} />}
              isAnimationActive={animate}
            />
            <Bar
              dataKey="value"
              cursor="pointer"
              isAnimationActive={animate}
              radius={[0, 4, 4, 0]}
              maxBarSize={32}
              shape={(props: BarShapeProps) => (
                <Rectangle {...props} fill={crimeAreaColor((props.payload as Datum).crimeArea)} />
              )}
              onClick={(item) => {
                const datum = item.payload as Datum | undefined;
                if (datum) onSelectArea(datum.crimeArea);
              }}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      {unreported.length > 0 && (
        <Typography.Text type="secondary" data-testid="unreported-areas">
          {t("outcomes.byCrimeArea.none", { areas: unreported.map(label).join(", ") })}
        </Typography.Text>
      )}
    </ChartCard>
  );
}
