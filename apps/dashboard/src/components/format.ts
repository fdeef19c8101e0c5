/**
 * Pure, locale-aware formatting of operation figures and periods (Intl only, no dictionary).
 * A figure may be unknown (null: the source published none), which is never shown as 0: these
 * functions return null for it and the caller shows "—" with a "Not published" hint (see figure.tsx).
 */

export type FigureKind = "count" | "usd";

// Building an Intl formatter costs ~0.1–1 ms (ICU data lookups); a chart calls its tick and label
// formatters hundreds of times per drawing, so a formatter per call was most of the overview's
// main-thread time after its data came in (bench/load.ts). Formatters are immutable: one per options.
function oncePerOptions<O, F>(make: (locale: string, options: O) => F): (locale: string, options: O) => F {
  const made = new Map<string, F>();
  return (locale, options) => {
    const key = `${locale}|${JSON.stringify(options)}`;
    let format = made.get(key);
    if (!format) {
      format = make(locale, options);
      made.set(key, format);
    }
    return format;
  };
}

export const numberFormat = oncePerOptions(
  (locale, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options),
);
export const dateFormat = oncePerOptions(
  (locale, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options),
);

const known = (v: number | null | undefined): v is number => typeof v === "number" && Number.isFinite(v);

/** 49953 → "49,953" (en). */
export function formatCount(value: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** 2 decimal places at most, for seizure quantities ("2.5 tonnes"). */
export function formatQuantity(value: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** 27400000 → "USD 27,400,000" (en): the exact published amount. */
export function formatUsd(value: number, locale: string): string {
  return numberFormat(locale, {
    style: "currency",
    currency: "USD",
    currencyDisplay: "code",
    maximumFractionDigits: 0,
  }).format(value);
}

/**
 * 27400000 → "USD 27.4 M" (en), with a no-break space before the magnitude so that table cells
 * do not wrap inside the amount.
 */
export function formatUsdCompact(value: number, locale: string): string {
  const parts = numberFormat(locale, {
    style: "currency",
    currency: "USD",
    currencyDisplay: "code",
    notation: "compact",
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).formatToParts(value);
  return parts
    .map((p) => (p.type === "compact" ? `\u00a0${p.value}` : p.type === "literal" ? "\u00a0" : p.value))
    .join("")
    .replace(/\u00a0+/g, "\u00a0");
}

/** Short axis ticks: 3700000000 → "3.7B", 1500 → "1.5K". */
export function formatCompact(value: number, locale: string): string {
  return numberFormat(locale, { notation: "compact", maximumFractionDigits: 1 }).format(value);
}

/** A figure as text, or null when it is unknown (never "0" for unknown). */
export function formatFigure(
  value: number | null | undefined,
  kind: FigureKind,
  locale: string,
  compact = false,
): string | null {
  if (!known(value)) return null;
  if (kind === "count") return formatCount(value, locale);
  return compact ? formatUsdCompact(value, locale) : formatUsd(value, locale);
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

function monthDate(month: string | null | undefined): Date | null {
  const m = month ? MONTH.exec(month) : null;
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)) : null;
}

/**
 * The period an operation ran, from "YYYY-MM" months: "Apr 2014", "Oct–Dec 2007",
 * "Nov 2013–Jan 2014" (en). The locale decides order and month names; the spaces ICU puts around
 * the range dash are dropped. Null when no month was published.
 */
export function formatPeriod(
  start: string | null | undefined,
  end: string | null | undefined,
  locale: string,
): string | null {
  const from = monthDate(start);
  const to = monthDate(end);
  if (!from) return null;
  const format = dateFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" });
  if (!to || to.getTime() <= from.getTime()) return format.format(from);
  return format.formatRange(from, to).replace(/\s*–\s*/u, "–");
}
