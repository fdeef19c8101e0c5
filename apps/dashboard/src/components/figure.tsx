import { useGetLocale, useTranslate } from "@refinedev/core";
import { Tooltip } from "antd";
import { type FigureKind, formatFigure } from "./format";
import { Text } from "./light";

/**
 * The locale for Intl formatting: the dashboard's current one, as it is. For Arabic that is plain
 * `ar`, deliberately: Intl then writes what CLDR holds for Arabic without a region, which since
 * CLDR 42 (the ICU of Node 20 and of current Chromium) is Latin digits with Arabic separators and
 * words ("4.9 مليار USD"); the same digits as the CSV exports and the figures' sources. `ar-EG` or
 * `-u-nu-arab` would give Arabic-Indic digits.
 */
export function useNumberLocale(): string {
  return useGetLocale()() ?? "en";
}

/** "—" with the explanation on hover: the source published no figure, which is not zero. */
export function NotPublished() {
  const t = useTranslate();
  return (
    <Tooltip title={t("operations.notPublished")}>
      <Text tone="secondary" aria-label={t("operations.notPublished")} data-unknown="true">
        {t("common.none")}
      </Text>
    </Tooltip>
  );
}

/** One operation figure: formatted when published, <NotPublished/> when unknown. */
export function Figure({
  value,
  kind = "count",
  compact = false,
}: {
  value: number | null | undefined;
  kind?: FigureKind;
  compact?: boolean;
}) {
  const locale = useNumberLocale();
  const text = formatFigure(value, kind, locale, compact);
  if (text === null) return <NotPublished />;
  if (kind === "usd" && compact) {
    // The exact amount on hover: the compact form rounds.
    return (
      <Tooltip title={formatFigure(value, "usd", locale)}>
        <span style={{ whiteSpace: "nowrap" }}>{text}</span>
      </Tooltip>
    );
  }
  return <span style={{ whiteSpace: "nowrap" }}>{text}</span>;
}
