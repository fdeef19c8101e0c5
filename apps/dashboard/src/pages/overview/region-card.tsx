import { useTranslate } from "@refinedev/core";
import { type MapValues, REGIONS, type Region } from "@tbc/types";
import { useMemo } from "react";
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartCard } from "../../components/chart-card";
import { VerticalGrid } from "../../components/chart-grid";
import { LIGHT_CHART, useChartTheme } from "../../components/chart-theme";
import { mirrorMargin, useChartDirection } from "../../components/direction";
import { useVocabulary } from "../../components/labels";
import { useReducedMotion } from "../../components/reduced-motion";

type Datum = { region: Region; label: string; agencies: number; countries: number };

/** Per region: the supporting agencies of the map's countries (agencies without a country have no region). */
export function toRegionData(values: MapValues, label: (r: Region) => string): Datum[] {
  return REGIONS.map((region) => {
    const rows = values.filter((v) => v.region === region);
    return {
      region,
      label: label(region),
      agencies: rows.reduce((n, v) => n + v.value, 0),
      countries: rows.length,
    };
  }).filter((d) => d.agencies > 0);
}

/** Supporting agencies by INTERPOL region; a bar click filters the page to that region. */
export function RegionCard({
  values,
  loading,
  error,
  onSelectRegion,
  onDrill,
  source,
}: {
  values: MapValues;
  loading: boolean;
  error: boolean;
  onSelectRegion: (region: Region) => void;
  onDrill: () => void;
  source: string;
}) {
  const t = useTranslate();
  const vocabulary = useVocabulary();
  const animate = !useReducedMotion();
  const dir = useChartDirection();
  const colors = useChartTheme();
  const data = useMemo(() => toRegionData(values, vocabulary.region), [values, vocabulary]);
  const name = t("overview.region.agencies");

  return (
    <ChartCard
      id="overview-regions"
      title={t("overview.region.title")}
      subtitle={t("overview.region.subtitle")}
      hint={t("overview.region.hint")}
      loading={loading}
      error={error}
      empty={data.length === 0}
      emptyText={t("overview.region.empty")}
      drill={{ label: t("overview.drill.agencies"), onClick: onDrill }}
      exportSpec={{
        legend: [{ label: name, color: LIGHT_CHART.primary }],
        columns: [
          { key: "label", label: t("overview.csv.region") },
          { key: "agencies", label: name },
          { key: "countries", label: t("overview.csv.countries") },
        ],
        rows: data,
        source,
        actions: { row: (row) => () => onSelectRegion((row as Datum).region) },
      }}
    >
      <div style={{ width: "100%", height: 320 }}>
        <ResponsiveContainer>
          <BarChart
            data={data}
            layout="vertical"
            margin={mirrorMargin({ top: 4, right: 24, bottom: 4, left: 8 }, dir.rtl)}
          >
            <VerticalGrid />
            <XAxis {...dir.x} type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
            <YAxis
              {...dir.y}
              type="category"
              dataKey="label"
              width={190}
              interval={0}
              tick={{ fontSize: 12 }}
            />
            <Tooltip cursor={{ fill: "rgba(31, 78, 140, 0.08)" }} isAnimationActive={animate} />
            <Bar
              dataKey="agencies"
              name={name}
              fill={colors.primary}
              radius={[0, 4, 4, 0]}
              maxBarSize={40}
              cursor="pointer"
              isAnimationActive={animate}
              onClick={(item) => {
                const datum = item.payload as Datum | undefined;
                if (datum) onSelectRegion(datum.region);
              }}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartCard>
  );
}
