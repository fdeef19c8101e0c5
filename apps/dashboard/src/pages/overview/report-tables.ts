import type { OverviewFilters, OverviewKpis } from "@tbc/types";
import { formatCount, formatUsd } from "../../components/format";
import type { ReportTable } from "../../report/report-modal";
import { formatDayRange } from "./change";
import { type Comparison, KPI_KEYS, kpiNumber, MIN_COMPARABLE_OPERATIONS } from "./comparison";
import { compareKpi, comparisonText, ignoredFilters, kpiNotes } from "./kpi-texts";

type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * The KPIs as a table: this period, the one before, the change, and the notes the cards show
 * (coverage, unknown pledge dates, filters that do not apply), in the cards' own words.
 */
export function kpiTable(
  kpis: OverviewKpis | undefined,
  t: Translate,
  locale: string,
  filters?: Partial<OverviewFilters>,
): ReportTable {
  const range = (p: { from: string; to: string } | undefined) =>
    p ? formatDayRange(p.from, p.to, locale) : "";
  const body = KPI_KEYS.map((key) => {
    const usd = key === "seizedValueUsd";
    const show = (n: number | null) =>
      n === null ? t("common.none") : usd ? formatUsd(n, locale) : formatCount(n, locale);
    if (!kpis) return [t(`overview.kpis.${key}`), t("common.none"), t("common.none"), t("common.none"), ""];
    // The cards' words; why a change is missing is the cards' tooltip, written out here.
    const c = compareKpi(kpis, key);
    const why = c.kind === "none" || c.kind === "few" ? [comparisonReason(c, kpis, t, locale)] : [];
    return [
      t(`overview.kpis.${key}`),
      show(kpiNumber(kpis.current, key)),
      show(kpiNumber(kpis.previous, key)),
      comparisonText(c, key, t, locale),
      [...kpiNotes(kpis, key, t, locale), ...[ignoredFilters(filters, key, t) ?? []].flat(), ...why].join(
        "; ",
      ),
    ];
  });
  const current = kpis?.partial ? "overview.report.currentToDate" : "overview.report.current";
  return {
    head: [
      t("overview.report.kpi"),
      t(current, { range: range(kpis?.period) }),
      t("overview.report.previous", { range: range(kpis?.previousPeriod) }),
      t("overview.report.change"),
      t("overview.report.notes"),
    ],
    body,
    numeric: [1, 2, 3],
    notes: [t("overview.kpis.definitions")],
  };
}

/** Why a comparison is missing, or which period it is against. */
export function comparisonReason(c: Comparison, kpis: OverviewKpis, t: Translate, locale: string): string {
  const range = formatDayRange(kpis.previousPeriod.from, kpis.previousPeriod.to, locale);
  if (c.kind === "none") return t("overview.kpis.noneBefore", { range });
  if (c.kind === "few") {
    return t("overview.kpis.fewBefore", {
      range,
      count: formatCount(c.basis ?? 0, locale),
      n: c.basis ?? 0,
      min: MIN_COMPARABLE_OPERATIONS,
    });
  }
  return t("overview.kpis.vs", { range });
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
      t("overview.report.edition"),
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
