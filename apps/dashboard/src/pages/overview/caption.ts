import { formatDayRange } from "./change";
import type { OverviewView } from "./search";

export type CaptionLabels = {
  translate: (key: string, params?: Record<string, unknown>) => string;
  locale: string;
  region: (code: string) => string;
  country: (code: string) => string;
  crimeArea: (code: string) => string;
  channel: (code: string) => string;
};

/**
 * The active filters in words, for the caption of every export and the report's cover:
 * "Period: 5 Jun 2014 – 25 Nov 2026 (since launch) · Country: United States · Crime areas: Drugs".
 */
export function describeFilters(view: OverviewView, labels: CaptionLabels): string {
  const { translate: t } = labels;
  const range = formatDayRange(view.from, view.to, labels.locale);
  const parts = [
    view.period === "custom"
      ? t("overview.caption.period", { range })
      : t("overview.caption.periodPreset", { range, preset: t(`overview.periods.${view.period}`) }),
  ];
  if (view.region) parts.push(t("overview.caption.region", { value: labels.region(view.region) }));
  if (view.countryCode)
    parts.push(t("overview.caption.country", { value: labels.country(view.countryCode) }));
  if (view.crimeAreas?.length) {
    parts.push(t("overview.caption.crimeAreas", { value: view.crimeAreas.map(labels.crimeArea).join(", ") }));
  }
  if (view.channels?.length) {
    parts.push(t("overview.caption.channels", { value: view.channels.map(labels.channel).join(", ") }));
  }
  return parts.join(" · ");
}
