import type { OverviewFilters, OverviewKpis } from "@tbc/types";
import { formatCount } from "../../components/format";
import { formatChange } from "./change";
import { type Comparison, compareKpi, type KpiKey } from "./comparison";

type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * The words around each KPI, the same on the cards and in the PDF (one figure, one wording): the
 * change or why there is none, and the notes under the number (coverage, unknown pledge dates).
 */

export function comparisonText(c: Comparison, key: KpiKey, t: Translate, locale: string): string {
  if (c.kind === "change") {
    // A change always has a previous figure above zero: a ratio, never "new".
    return formatChange(c.change, locale, key === "seizedValueUsd" ? "usd" : "count");
  }
  return c.kind === "unknown" ? t("overview.kpis.noChange") : t("overview.kpis.noComparable");
}

/** The notes under a KPI's number: coverage, or how many agencies support since an unknown date. */
export function kpiNotes(kpis: OverviewKpis, key: KpiKey, t: Translate, locale: string): string[] {
  const c = kpis.current;
  const coverage = (reported: number) =>
    t("overview.kpis.reported", {
      reported: formatCount(reported, locale),
      total: formatCount(c.operations, locale),
      n: c.operations,
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
