import { formatCompact, formatCount } from "../../components/format";

/** What a chart or card shows: a count, or a rate (0.0234 → "2.34%"). */
export type ValueKind = "count" | "percent";

const percents = new Map<string, Intl.NumberFormat>();

/** 0.02345 → "2.35%" (en); `digits` at most. */
export function formatPercent(value: number, locale: string, digits = 2): string {
  const key = `${locale}|${digits}`;
  let format = percents.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: digits });
    percents.set(key, format);
  }
  return format.format(value);
}

/** A value for a tooltip (exact) or an axis tick / card (short: "3.7M", "2.3%"). */
export function formatValue(value: number, kind: ValueKind, locale: string, short = false): string {
  if (kind === "percent") return formatPercent(value, locale, short ? 1 : 2);
  return short ? formatCompact(value, locale) : formatCount(value, locale);
}
