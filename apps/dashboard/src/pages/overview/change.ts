import { dateFormat, formatUsdCompact, numberFormat } from "../../components/format";

/**
 * A KPI against the period of equal length before it: ▲/▼ with the absolute and the relative change.
 * Pure (Intl only) so that it is unit-tested; the words around it come from the dictionary.
 */
export type Change = {
  direction: "up" | "down" | "flat";
  absolute: number;
  /** Null when the previous period had none: a change from zero has no percentage. */
  ratio: number | null;
};

/** Null when either figure is unknown (no operation or channel reported it). */
export function computeChange(current: number | null, previous: number | null): Change | null {
  if (current === null || previous === null) return null;
  const absolute = current - previous;
  return {
    direction: absolute > 0 ? "up" : absolute < 0 ? "down" : "flat",
    absolute,
    ratio: previous === 0 ? null : absolute / previous,
  };
}

const ARROWS = { up: "▲", down: "▼", flat: "=" } as const;

/** "+3", "−2", "+USD 1.2 M" (a minus sign, not a hyphen). */
export function formatDelta(value: number, locale: string, kind: "count" | "usd" = "count"): string {
  const sign = value > 0 ? "+" : value < 0 ? "\u2212" : "";
  const magnitude = Math.abs(value);
  const text =
    kind === "usd"
      ? formatUsdCompact(magnitude, locale)
      : numberFormat(locale, { maximumFractionDigits: 0 }).format(magnitude);
  return `${sign}${text}`;
}

/** "+21.4%", "−50%", "0%". */
export function formatRatio(ratio: number, locale: string): string {
  const sign = ratio > 0 ? "+" : ratio < 0 ? "\u2212" : "";
  const text = numberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(Math.abs(ratio));
  return `${sign}${text}`;
}

/** "▲ +3 (+21.4%)", "▼ −2 (−50%)", "= 0 (0%)", and "▲ +3 (new)" from zero (`fromZero` is the word). */
export function formatChange(
  change: Change,
  locale: string,
  kind: "count" | "usd" = "count",
  fromZero = "new",
): string {
  const relative = change.ratio === null ? fromZero : formatRatio(change.ratio, locale);
  return `${ARROWS[change.direction]} ${formatDelta(change.absolute, locale, kind)} (${relative})`;
}

/** "5 Jun 2002 – 4 Jun 2014" (en): the days of a period, both ends included. */
export function formatDayRange(from: string, to: string, locale: string): string {
  const format = dateFormat(locale, {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  const start = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  return from === to ? format.format(start) : `${format.format(start)} – ${format.format(end)}`;
}
