import type { Granularity } from "@tbc/types";
import { formatDay } from "./buckets";
import { type EngagementView, resolvePeriod } from "./search";

export type CaptionLabels = {
  translate: (key: string, params?: Record<string, unknown>) => string;
  locale: string;
  channel: (code: string) => string;
  country: (code: string) => string;
};

/** What the server did with the granularity (the series' answer), when known. */
export type CaptionGranularity = { granularity: Granularity; requested: Granularity | null };

/**
 * The Engagement page's filters in words, the caption of every chart export: "Period: Mar 1, 2024 –
 * Mar 31, 2024 · Granularity: Day (automatic) · Channels: All channels · Country: All countries".
 * The granularity is the one the charts show (the server may coarsen the one asked for).
 */
export function describeEngagementFilters(
  view: EngagementView,
  today: string,
  effective: CaptionGranularity | undefined,
  labels: CaptionLabels,
): string {
  const { translate: t, locale } = labels;
  const { from, to } = resolvePeriod(view.period, today);
  const range =
    from === to ? formatDay(from, locale) : `${formatDay(from, locale)} – ${formatDay(to, locale)}`;
  const name = (g: Granularity | "auto") => t(`engagement.granularities.${g}`);

  const parts = [
    "preset" in view.period
      ? t("engagement.caption.periodPreset", {
          range,
          preset: t(`engagement.filters.presets.${view.period.preset}`),
        })
      : t("engagement.caption.period", { range }),
  ];
  if (effective?.requested) {
    parts.push(
      t("engagement.caption.granularityCoarsened", {
        granularity: name(effective.granularity),
        requested: name(effective.requested).toLowerCase(),
      }),
    );
  } else if (effective && !view.granularity) {
    parts.push(t("engagement.caption.granularityAuto", { granularity: name(effective.granularity) }));
  } else {
    parts.push(t("engagement.caption.granularity", { granularity: name(view.granularity ?? "auto") }));
  }
  parts.push(
    t("engagement.caption.channels", {
      value: view.channels.length
        ? view.channels.map(labels.channel).join(", ")
        : t("engagement.filters.allChannels"),
    }),
  );
  parts.push(
    t("engagement.caption.country", {
      value: view.countryCode ? labels.country(view.countryCode) : t("engagement.filters.anyCountry"),
    }),
  );
  return parts.join(" · ");
}
