import { useTranslate } from "@refinedev/core";
import type { OutcomesByYear } from "@tbc/types";
import { useMemo } from "react";
import { Bar, BarChart, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartCard, ChartLegend } from "../../components/chart-card";
import { HorizontalGrid } from "../../components/chart-grid";
import { crimeAreaColor, useCrimeAreaLabel } from "../../components/crime-areas";
import { mirrorMargin, useChartDirection } from "../../components/direction";
import { useNumberLocale } from "../../components/figure";
import { formatCompact, formatCount } from "../../components/format";
import { useReducedMotion } from "../../components/reduced-motion";
import { partialYearTexts, toYearChart, type YearDatum } from "../outcomes/chart-data";

/**
 * Arrests per edition year, stacked by crime area (as on the Outcomes page). A bar or a legend
 * entry filters the page to its crime area.
 */
export function OutcomesCard({
  rows,
  range,
  loading,
  error,
  onSelectArea,
  onDrill,
  source,
}: {
  rows: OutcomesByYear;
  range: { yearFrom: number; yearTo: number };
  loading: boolean;
  error: boolean;
  onSelectArea: (area: string) => void;
  onDrill: () => void;
  source: string;
}) {
  const t = useTranslate();
  const locale = useNumberLocale();
  const label = useCrimeAreaLabel();
  const animate = !useReducedMotion();
  const dir = useChartDirection();
  const { yearFrom, yearTo } = range;
  const { data, areas, reported } = useMemo(
    () => toYearChart(rows, { yearFrom, yearTo }),
    [rows, yearFrom, yearTo],
  );
  const partial = partialYearTexts(data, t);

  return (
    <ChartCard
      id="overview-outcomes"
      title={t("overview.outcomes.title")}
      subtitle={t("overview.outcomes.subtitle")}
      hint={t("overview.outcomes.hint")}
      loading={loading}
      error={error}
      empty={reported === 0}
      emptyText={t("overview.outcomes.empty")}
      drill={{ label: t("overview.drill.operations"), onClick: onDrill }}
      legend={
        <ChartLegend
          mark="rect"
          entries={areas.map((a) => ({ key: a, label: label(a), color: crimeAreaColor(a) }))}
          onSelect={onSelectArea}
        />
      }
      exportSpec={{
        legend: areas.map((a) => ({ label: label(a), color: crimeAreaColor(a) })),
        columns: [
          { key: "year", label: t("overview.csv.year") },
          ...areas.map((a) => ({ key: a, label: label(a) })),
          partial.column,
        ],
        rows: data.map((d: YearDatum) => ({ year: d.year, ...d.values, ...partial.row(d) })),
        notes: partial.notes,
        source,
        summary: { keys: areas },
        actions: { column: (key) => (areas.includes(key) ? () => onSelectArea(key) : undefined) },
      }}
    >
      {/* 340 px with the legend above it, as the other cards of its row. */}
      <div style={{ width: "100%", height: 312 }}>
        <ResponsiveContainer>
          <BarChart
            data={data}
            // Room for the last tick when it reads "2026 (to date)".
            margin={mirrorMargin(
              { top: 8, right: partial.notes.length ? 40 : 16, bottom: 8, left: 0 },
              dir.rtl,
            )}
          >
            <HorizontalGrid />
            <XAxis
              {...dir.x}
              dataKey="year"
              interval="preserveStartEnd"
              tick={{ fontSize: 12 }}
              tickFormatter={partial.tick}
            />
            <YAxis
              {...dir.y}
              tickFormatter={(v: number) => formatCompact(v, locale)}
              width={52}
              tick={{ fontSize: 12 }}
              allowDecimals={false}
            />
            <Tooltip
              cursor={{ fill: "rgba(31, 78, 140, 0.08)" }}
              formatter={(value) => formatCount(Number(value), locale)}
              isAnimationActive={animate}
            />
            {areas.map((area) => (
              <Bar
                key={area}
                dataKey={(d: YearDatum) => d.values[area]}
                name={label(area)}
                stackId="areas"
                fill={crimeAreaColor(area)}
                cursor="pointer"
                isAnimationActive={animate}
                onClick={() => onSelectArea(area)}
              >
                {data.map((d) => (
                  <Cell key={d.year} fillOpacity={d.partial ? 0.4 : 1} />
                ))}
              </Bar>
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartCard>
  );
}
