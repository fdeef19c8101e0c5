import type { OverviewFilters, OverviewKpis } from "@tbc/types";
import { formatCount } from "../../components/format";
import { formatChange, formatDayRange } from "./change";
import { type Comparison, compareKpi, type KpiKey, MIN_COMPARABLE_OPERATIONS } from "./comparison";

type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * The words around each KPI, the same on the cards and in the PDF (one figure, one wording): the
 * change or why there is none, and the notes under the number (coverage, unknown pledge dates).
 */

export function comparisonText(c: Comparison, key: KpiKey, t: Translate, locale: string): string {
  if (c.kind === "change") {
    return formatChange(
      c.change,
      locale,
      key === "seizedValueUsd" ? "usd" : "count",
      t("overview.kpis.fromZero"),
    );
  }
  return c.kind === "unknown" ? t("overview.kpis.noChange") : t("overview.kpis.noComparable");
}

/** Why a comparison is missing, or which period it is against. */
export function comparisonReason(c: Comparison, kpis: OverviewKpis, t: Translate, locale: string): string {
  const range = formatDayRange(kpis.previousPeriod.from, kpis.previousPeriod.to, locale);
  if (c.kind === "none") return t("overview.kpis.noneBefore", { range });
  if (c.kind === "few") {
    return t("overview.kpis.fewBefore", {
      range,
      count: formatCount(c.basis ?? 0, locale),
      min: MIN_COMPARABLE_OPERATIONS,
    });
  }
  return t("overview.kpis.vs", { range });
}

export function kpiNotes(
  kpis: OverviewKpis,
  key: KpiKey,
  t: Translate,
  locale: string,
  filters?: Partial<OverviewFilters>,
): string[] {
  const ignored = ignoredFilters(filters, key, t);
  return [...figureNotes(kpis, key, t, locale), ...(ignored ? [ignored] : [])];
}

function figureNotes(kpis: OverviewKpis, key: KpiKey, t: Translate, locale: string): string[] {
  const c = kpis.current;
  const coverage = (reported: number) =>
    t("overview.kpis.reported", {
      reported: formatCount(reported, locale),
      total: formatCount(c.operations, locale),
    });
  switch (key) {
    case "agencies":
      return [
        c.agencyCountries === 1
          ? t("overview.kpis.country")
          : t("overview.kpis.countries", { count: formatCount(c.agencyCountries, locale) }),
        ...(c.agenciesUndated > 0
          ? [t("overview.kpis.undated", { count: formatCount(c.agenciesUndated, locale) })]
          : []),
      ];
    case "arrests":
      return [coverage(c.arrests.reported)];
    case "seizedValueUsd":
      return [coverage(c.seizedValueUsd.reported)];
    default:
      return [];
  }
}

/**
 * The active filters that do not apply to a figure, said wherever the figure is shown: engagement
 * is per channel and country only (no region, no crime area), agencies have no crime area or
 * channel, and operations no channel.
 */
export function ignoredFilters(
  filters: Partial<OverviewFilters> | undefined,
  key: KpiKey,
  t: Translate,
): string | null {
  if (!filters) return null;
  const active = {
    region: Boolean(filters.region),
    crimeAreas: Boolean(filters.crimeAreas?.length),
    channels: Boolean(filters.channels?.length),
  };
  const ignored: (keyof typeof active)[] =
    key === "impressions"
      ? ["region", "crimeAreas"]
      : key === "agencies"
        ? ["crimeAreas", "channels"]
        : ["channels"];
  const names = ignored.filter((f) => active[f]).map((f) => t(`overview.filters.${f}`));
  return names.length ? t("overview.kpis.notApplied", { filters: names.join(", ") }) : null;
}

export { compareKpi };
