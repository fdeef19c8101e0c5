import type { OverviewKpis } from "@tbc/types";
import { formatCount, formatUsd } from "../../components/format";
import type { ReportTable } from "../../report/report-modal";
import { computeChange, formatChange, formatDayRange } from "./change";
import { KPI_KEYS, kpiNumber } from "./kpis";

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** The KPIs as a table: this period, the one before, the change. */
export function kpiTable(kpis: OverviewKpis | undefined, t: Translate, locale: string): ReportTable {
  const range = (p: { from: string; to: string } | undefined) =>
    p ? formatDayRange(p.from, p.to, locale) : "";
  const body = KPI_KEYS.map((key) => {
    const usd = key === "seizedValueUsd";
    const show = (n: number | null) =>
      n === null ? t("common.none") : usd ? formatUsd(n, locale) : formatCount(n, locale);
    const current = kpiNumber(kpis?.current, key);
    const previous = kpiNumber(kpis?.previous, key);
    const change = computeChange(current, previous);
    return [
      t(`overview.kpis.${key}`),
      show(current),
      show(previous),
      change
        ? formatChange(change, locale, usd ? "usd" : "count", t("overview.kpis.fromZero"))
        : t("common.none"),
    ];
  });
  return {
    head: [
      t("overview.report.kpi"),
      t("overview.report.current", { range: range(kpis?.period) }),
      t("overview.report.previous", { range: range(kpis?.previousPeriod) }),
      t("overview.report.change"),
    ],
    body,
    numeric: [1, 2, 3],
  };
}

type TopRow = { name: string; editionYear: number; crimeArea: string; value: number };

/** The operations with the most arrests in the filters (at most 50): a table over several pages. */
export function topOperationsTable(
  rows: TopRow[],
  t: Translate,
  locale: string,
  areaLabel: (code: string) => string,
): ReportTable {
  return {
    head: [
      "#",
      t("overview.report.operation"),
      t("overview.csv.year"),
      t("overview.report.crimeArea"),
      t("overview.report.arrests"),
    ],
    body: rows.map((r, i) => [
      String(i + 1),
      r.name,
      String(r.editionYear),
      areaLabel(r.crimeArea),
      formatCount(r.value, locale),
    ]),
    numeric: [0, 2, 4],
  };
}
