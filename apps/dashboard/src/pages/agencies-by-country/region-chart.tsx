import type { CrudFilter } from "@refinedev/core";
import { useTranslate } from "@refinedev/core";
import type { AgenciesByCountry, Region } from "@tbc/types";
import { Bar, BarChart, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartCard } from "../../components/chart-card";
import { HorizontalGrid } from "../../components/chart-grid";
import { LIGHT_CHART, useChartTheme } from "../../components/chart-theme";
import { mirrorMargin, useChartDirection } from "../../components/direction";
import { useVocabulary } from "../../components/labels";
import { useReducedMotion } from "../../components/reduced-motion";
import { regionFilters } from "./drill-down";

type Row = AgenciesByCountry["byRegion"][number];
type Datum = { region: Region | null; label: string; active: number; pending: number };

/**
 * Agencies per INTERPOL region, stacked: active at the bottom, pending on top, so that the bar's
 * height is everything registered (withdrawn agencies are not counted by the server).
 */
export function RegionChart({
  rows,
  loading,
  onSelect,
}: {
  rows: Row[];
  loading: boolean;
  onSelect: (filters: CrudFilter[]) => void;
}) {
  const t = useTranslate();
  const vocabulary = useVocabulary();
  const animate = !useReducedMotion();
  const dir = useChartDirection();
  const colors = useChartTheme();
  const data: Datum[] = rows.map((r) => ({
    region: r.region,
    label: vocabulary.region(r.region),
    active: r.active,
    pending: Math.max(0, r.total - r.active),
  }));
  const activeName = t("agencies-by-country.chart.active");
  const pendingName = t("agencies-by-country.chart.pending");
  const select = (item: { payload?: unknown }) => {
    const datum = item.payload as Datum | undefined;
    if (datum) onSelect(regionFilters(datum.region));
  };

  return (
    <ChartCard
      id="region-chart"
      title={t("agencies-by-country.chart.title")}
      hint={t("agencies-by-country.chart.hint")}
      loading={loading}
      empty={data.length === 0}
      emptyText={t("agencies-by-country.chart.empty")}
      drill={{ label: t("overview.drill.agencies"), onClick: () => onSelect([]) }}
      exportSpec={{
        legend: [
          { label: activeName, color: LIGHT_CHART.primary },
          { label: pendingName, color: LIGHT_CHART.pending },
        ],
        columns: [
          { key: "label", label: t("agencies-by-country.chart.xAxis") },
          { key: "active", label: activeName },
          { key: "pending", label: pendingName },
        ],
        rows: data,
        source: t("chartExport.sources.agencies"),
        summary: { keys: ["active", "pending"] },
        actions: { row: (row) => () => onSelect(regionFilters((row as Datum).region)) },
      }}
    >
      <div style={{ width: "100%", height: 360 }}>
        <ResponsiveContainer>
          <BarChart data={data} margin={mirrorMargin({ top: 8, right: 16, bottom: 56, left: 24 }, dir.rtl)}>
            <HorizontalGrid />
            <XAxis
              {...dir.x}
              dataKey="label"
              interval={0}
              tick={{ fontSize: 12 }}
              angle={-20}
              textAnchor="end"
              height={60}
              label={{ value: t("agencies-by-country.chart.xAxis"), position: "insideBottom", offset: -48 }}
            />
            <YAxis
              {...dir.y}
              allowDecimals={false}
              label={{
                value: t("agencies-by-country.chart.yAxis"),
                angle: -90,
                position: "insideLeft",
                offset: -12,
                style: { textAnchor: "middle" },
              }}
            />
            <Tooltip cursor={{ fill: "rgba(31, 78, 140, 0.08)" }} />
            <Legend verticalAlign="top" align={dir.end} height={36} />
            <Bar
              dataKey="active"
              name={activeName}
              stackId="agencies"
              fill={colors.primary}
              cursor="pointer"
              isAnimationActive={animate}
              onClick={select}
            />
            <Bar
              dataKey="pending"
              name={pendingName}
              stackId="agencies"
              fill={colors.pending}
              cursor="pointer"
              radius={[4, 4, 0, 0]}
              isAnimationActive={animate}
              onClick={select}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartCard>
  );
}
