import { TableOutlined, UnorderedListOutlined } from "@ant-design/icons";
import { useTranslate } from "@refinedev/core";
import type { CsvColumn } from "@tbc/types";
import { Button, Skeleton, Tooltip } from "antd";
import { lazy, type ReactNode, Suspense, useEffect, useId, useRef, useState } from "react";
import type { LegendItem } from "../../export/svg-compose";
import { useNumberLocale } from "../figure";
import { LightCard, Text } from "../light";
import { visuallyHidden } from "../visually-hidden";
import { useChartFrame } from "./context";
import { type ChartActions, ChartDataTable, type ChartSummarySpec, chartSummary } from "./data-table";
import { ExportMenu, useChartExports } from "./export-menu";

export type ChartExportSpec = {
  /** The legend drawn into PNG/SVG files (recharts' own legend is HTML and not part of the <svg>). */
  legend?: readonly LegendItem[];
  /** CSV: exactly the rows the chart draws, with readable headers. */
  columns: readonly CsvColumn[];
  rows: readonly Record<string, unknown>[];
  /** The source line of the files; default: the page's (ChartFrameProvider). */
  source?: string;
  /** False for a table card: CSV only. */
  image?: boolean;
  /** What a reader of the image must know (a partial period, a filter that does not apply): its footer. */
  notes?: readonly string[];
  /** The screen-reader summary's figures (default: the second column). */
  summary?: ChartSummarySpec;
  /** What a click on the chart does, offered in the table view for the keyboard. */
  actions?: ChartActions;
};

export type ChartCardProps = {
  /** Stable id: data-testid, file names, the report's registry. */
  id: string;
  title: string;
  /** What the chart shows (units, what is counted); also under the title of every export. */
  subtitle?: string;
  /** How to interact ("Click a bar to…"). */
  hint?: string;
  toolbar?: ReactNode;
  /** The list behind the chart, already filtered. */
  drill?: { label: string; onClick: () => void };
  loading?: boolean;
  error?: boolean;
  errorText?: string;
  empty?: boolean;
  emptyText?: string;
  exportSpec?: ChartExportSpec;
  /**
   * "img" (default): the chart is one picture, named by the title and described by its summary.
   * "figure": the chart has controls of its own (the map's countries), which an image would hide.
   */
  figureRole?: "img" | "figure";
  /** Shown above the chart while it is (a ChartLegend): outside the picture, its buttons reachable. */
  legend?: ReactNode;
  children: ReactNode;
};

// What only a failed or empty card shows loads when one does (antd's Alert and Empty, ≈ 6 kB gzip).
const CardState = lazy(() => import("./states").then((m) => ({ default: m.CardState })));

const DRAWN = "svg[data-chart-svg], .recharts-wrapper > svg.recharts-surface";

/**
 * The frame of every chart: title, subtitle, toolbar, an Export menu (PNG 2×, SVG, CSV) and the
 * drill-down link, with the loading / error / empty states in place of the chart. The card says
 * when its chart is drawn (`data-ready`, and `data-ready-at` in ms since navigation) and registers
 * with the page's report.
 */
export function ChartCard(props: ChartCardProps) {
  const { id, title, subtitle, hint, toolbar, drill, loading = false, error = false, empty = false } = props;
  const t = useTranslate();
  const frame = useChartFrame();
  const body = useRef<HTMLDivElement>(null);
  const exports = useChartExports(props, body);
  const ready = useDrawn(body, !loading && (error || empty));
  const locale = useNumberLocale();
  const [table, setTable] = useState(false);
  const spec = props.exportSpec;
  // A table card is its own table; a chart without data has nothing to show as one.
  const tabular = spec && spec.image !== false && !loading && !error && !empty ? spec : undefined;

  const { registry } = frame;
  const handle = useRef(exports.handle);
  handle.current = exports.handle;
  useEffect(() => {
    if (!registry) return;
    return registry.register({
      id,
      title,
      caption: () => handle.current.caption(),
      image: () => handle.current.image(),
    });
  }, [registry, id, title]);
  useEffect(() => {
    if (ready.at !== null) registry?.markDrawn(id);
  }, [registry, id, ready.at]);

  return (
    <LightCard
      title={title}
      extra={
        <div className="tbc-card-extra">
          {tabular && (
            <Tooltip title={t("a11y.chart.viewTable")} placement="top">
              <Button
                type="text"
                icon={<TableOutlined aria-hidden />}
                aria-label={t("a11y.chart.viewTable")}
                aria-pressed={table}
                onClick={() => setTable(!table)}
                data-testid={`${id}-table-toggle`}
              />
            </Tooltip>
          )}
          {props.exportSpec && <ExportMenu id={id} exports={exports} />}
          {drill && (
            <Button
              type="link"
              icon={<UnorderedListOutlined />}
              onClick={drill.onClick}
              data-testid={`${id}-drill`}
            >
              {drill.label}
            </Button>
          )}
        </div>
      }
      style={{ height: "100%" }}
      data-testid={id}
      data-ready={ready.at === null ? "false" : "true"}
      data-ready-at={ready.at ?? undefined}
    >
      <div className="tbc-card-body">
        {subtitle && <Text tone="secondary">{subtitle}</Text>}
        {(toolbar || hint) && (
          <div className="tbc-card-toolbar">
            {toolbar}
            {hint && <Text tone="secondary">{hint}</Text>}
          </div>
        )}
        {!loading && !error && !empty && props.legend}
        <div ref={body}>
          {loading ? (
            <Skeleton active paragraph={{ rows: 8 }} />
          ) : error || empty ? (
            <Suspense fallback={null}>
              <CardState
                kind={error ? "error" : "empty"}
                text={
                  error
                    ? (props.errorText ?? t("chartExport.loadError"))
                    : (props.emptyText ?? t("chartExport.empty"))
                }
              />
            </Suspense>
          ) : tabular ? (
            <ChartFigure
              role={props.figureRole ?? "img"}
              title={title}
              summary={chartSummary(title, tabular.columns, tabular.rows, tabular.summary, locale, t)}
            >
              {props.children}
            </ChartFigure>
          ) : (
            props.children
          )}
        </div>
        {tabular && table && (
          <ChartDataTable
            id={id}
            title={title}
            columns={tabular.columns}
            rows={tabular.rows}
            actions={tabular.actions}
          />
        )}
      </div>
    </LightCard>
  );
}

/** The drawn chart, named by its title and described by a summary that only screen readers read. */
function ChartFigure(props: { role: "img" | "figure"; title: string; summary: string; children: ReactNode }) {
  const id = useId();
  return (
    <>
      {props.role === "figure" ? (
        <figure aria-label={props.title} aria-describedby={id} style={{ margin: 0 }}>
          {props.children}
        </figure>
      ) : (
        <div role="img" aria-label={props.title} aria-describedby={id}>
          {props.children}
        </div>
      )}
      <span id={id} style={visuallyHidden}>
        {props.summary}
      </span>
    </>
  );
}

/**
 * When the chart is on screen: recharts draws its <svg> a frame after measuring the container, the
 * map after its shapes load. `settled` (empty, error) counts as drawn.
 */
function useDrawn(body: React.RefObject<HTMLDivElement | null>, settled: boolean) {
  const [at, setAt] = useState<number | null>(null);
  useEffect(() => {
    if (at !== null) return;
    let frame = 0;
    const check = () => {
      const svg = body.current?.querySelector(DRAWN);
      if (settled || (svg && svg.getBoundingClientRect().width > 0)) setAt(Math.round(performance.now()));
      else frame = requestAnimationFrame(check);
    };
    check();
    return () => cancelAnimationFrame(frame);
  });
  return { at };
}
