import { useTranslate } from "@refinedev/core";
import { OPERATION_FIGURES, type OperationFigure, type OutcomesByYear } from "@tbc/types";
import { Segmented, Typography } from "antd";
import { useMemo } from "react";
import {
  Bar,
  BarChart,
  Cell,
  Legend,
  ResponsiveContainer,
  Tooltip,
  type TooltipContentProps,
  XAxis,
  YAxis,
} from "recharts";
import { HorizontalGrid } from "../../components/chart-grid";
import { crimeAreaColor, useCrimeAreaLabel } from "../../components/crime-areas";
import { mirrorMargin, useChartDirection } from "../../components/direction";
import { useNumberLocale } from "../../components/figure";
import { formatCompact, formatCount, formatUsd } from "../../components/format";
import { useReducedMotion } from "../../components/reduced-motion";
import { ChartCard, TooltipBox } from "./chart-card";
import { partialYearTexts, toYearChart, type YearDatum } from "./chart-data";
import { useFigureOptions } from "./use-outcomes";

function YearTooltip({
  active,
  payload,
  figure,
}: Pick<TooltipContentProps, "active" | "payload"> & { figure: OperationFigure }) {
  const t = useTranslate();
  const locale = useNumberLocale();
  const label = useCrimeAreaLabel();
  const datum = payload?.[0]?.payload as YearDatum | undefined;
  if (!active || !datum) return null;
  const areas = Object.keys(datum.cells);
  const format = (v: number) => (figure === "seizedValueUsd" ? formatUsd(v, locale) : formatCount(v, locale));
  return (
    <TooltipBox>
      <Typography.Text strong>
        {datum.partial ? t("outcomes.byYear.toDate", { year: datum.year }) : datum.year}
      </Typography.Text>
      {areas.map((area) => {
        const cell = datum.cells[area];
        if (!cell) return null;
        return (
          <div key={area} style={{ display: "flex", gap: 6, alignItems: "baseline" }}>
            <span
              style={{ width: 8, height: 8, flex: "none", background: crimeAreaColor(area), borderRadius: 2 }}
            />
            <span>
              {label(area)}:{" "}
              {cell.reported > 0
                ? t("outcomes.byYear.reported", {
                    value: format(cell.value),
                    reported: cell.reported,
                    operations: cell.operations,
                  })
                : t("outcomes.byYear.unknown", { operations: cell.operations, n: cell.operations })}
            </span>
          </div>
        );
      })}
    </TooltipBox>
  );
}

/**
 * One figure per edition year, stacked by crime area (one colour per area, as everywhere). Only
 * operations that published the figure are summed; the tooltip says how many did.
 */
export function ByYearChart({
  rows,
  figure,
  range,
  loading,
  error,
  onFigure,
  onSelectArea,
  onDrill,
}: {
  rows: OutcomesByYear;
  figure: OperationFigure;
  range: { yearFrom?: number; yearTo?: number };
  loading: boolean;
  error: boolean;
  onFigure: (figure: OperationFigure) => void;
  onSelectArea: (area: string) => void;
  onDrill: () => void;
}) {
  const t = useTranslate();
  const locale = useNumberLocale();
  const label = useCrimeAreaLabel();
  const animate = !useReducedMotion();
  const dir = useChartDirection();
  const options = useFigureOptions(OPERATION_FIGURES);
  const { yearFrom, yearTo } = range;
  const { data, areas, reported } = useMemo(
    () => toYearChart(rows, { yearFrom, yearTo }),
    [rows, yearFrom, yearTo],
  );
  const partial = partialYearTexts(data, t);
  const tick = (v: number) =>
    figure === "seizedValueUsd" ? `$${formatCompact(v, locale)}` : formatCompact(v, locale);

  return (
    <ChartCard
      title={t("outcomes.byYear.title")}
      hint={t("outcomes.byYear.hint")}
      onDrill={onDrill}
      loading={loading}
      error={error}
      empty={reported === 0}
      emptyText={t("outcomes.byYear.empty")}
      testId="by-year-chart"
      exportSpec={{
        legend: areas.map((area) => ({ label: label(area), color: crimeAreaColor(area) })),
        columns: [
          { key: "year", label: t("outcomes.byYear.xAxis") },
          ...areas.map((area) => ({ key: area, label: label(area) })),
          partial.column,
        ],
        rows: data.map((d) => ({ year: d.year, ...d.values, ...partial.row(d) })),
        notes: partial.notes,
        summary: {
          keys: areas,
          format: (v, l) => (figure === "seizedValueUsd" ? formatUsd(v, l) : formatCount(v, l)),
        },
        actions: { column: (key) => (areas.includes(key) ? () => onSelectArea(key) : undefined) },
      }}
      toolbar={
        <Segmented<OperationFigure>
          options={options}
          value={figure}
          onChange={onFigure}
          aria-label={t("outcomes.figure")}
          data-testid="by-year-figure"
        />
      }
    >
      <div style={{ width: "100%", height: 380 }}>
        <ResponsiveContainer>
          <BarChart data={data} margin={mirrorMargin({ top: 8, right: 16, bottom: 24, left: 8 }, dir.rtl)}>
            <HorizontalGrid />
            <XAxis
              {...dir.x}
              dataKey="year"
              interval="preserveStartEnd"
              tick={{ fontSize: 12 }}
              tickFormatter={partial.tick}
              label={{ value: t("outcomes.byYear.xAxis"), position: "insideBottom", offset: -16 }}
            />
            <YAxis {...dir.y} tickFormatter={tick} width={64} tick={{ fontSize: 12 }} allowDecimals={false} />
            <Tooltip
              cursor={{ fill: "rgba(31, 78, 140, 0.08)" }}
              content={(props) => (
                <YearTooltip active={props.active} payload={props.payload} figure={figure} />
              )}
              isAnimationActive={animate}
            />
            {/* Dark text next to the colour swatch: yellow or pink text would be unreadable. */}
            <Legend
              verticalAlign="top"
              align={dir.end}
              wrapperStyle={{ paddingBottom: 8, fontSize: 12 }}
              formatter={(value) => <span style={{ color: "var(--tbc-chart-label)" }}>{value}</span>}
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
      <Typography.Text type="secondary">{t("outcomes.byYear.note")}</Typography.Text>
    </ChartCard>
  );
}
