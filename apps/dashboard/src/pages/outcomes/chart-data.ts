import type { OutcomesByCrimeArea, OutcomesByYear } from "@tbc/types";
import { sortCrimeAreas } from "../../components/crime-areas";
import { todayUtc } from "../engagement/partial";

/** One crime area in one year: the sum of the figure over the operations that reported it. */
export type Cell = { value: number; reported: number; operations: number };

export type YearDatum = {
  year: number;
  /** Per crime area; undefined where no operation of that area and year reported the figure. */
  values: Record<string, number | undefined>;
  cells: Record<string, Cell>;
  /** The current year: counted to date, so its bar is not a whole year's (drawn pale, said so). */
  partial: boolean;
};

/**
 * analytics.outcomesByYear rows → one datum per year for a stacked bar chart. Years without any
 * operation inside the shown range stay as empty slots, so that a gap reads as a gap. A cell
 * whose operations all left the figure unknown draws no bar (unknown is not zero) but keeps its
 * counts for the tooltip.
 */
export function toYearChart(
  rows: OutcomesByYear,
  range: { yearFrom?: number; yearTo?: number } = {},
  today: string = todayUtc(),
): { data: YearDatum[]; areas: string[]; reported: number } {
  const current = Number(today.slice(0, 4));
  const empty = (year: number): YearDatum => ({ year, values: {}, cells: {}, partial: year === current });
  const byYear = new Map<number, YearDatum>();
  for (const r of rows) {
    const datum = byYear.get(r.year) ?? empty(r.year);
    datum.cells[r.crimeArea] = { value: r.value, reported: r.reported, operations: r.operations };
    datum.values[r.crimeArea] = r.reported > 0 ? r.value : undefined;
    byYear.set(r.year, datum);
  }
  const years = [...byYear.keys()];
  if (years.length === 0) return { data: [], areas: [], reported: 0 };
  const first = range.yearFrom ?? Math.min(...years);
  const last = range.yearTo ?? Math.max(...years);
  const data: YearDatum[] = [];
  for (let y = Math.min(first, ...years); y <= Math.max(last, ...years); y++) {
    data.push(byYear.get(y) ?? empty(y));
  }
  return {
    data,
    areas: sortCrimeAreas(rows.map((r) => r.crimeArea)),
    reported: rows.reduce((n, r) => n + r.reported, 0),
  };
}

export type AreaDatum = { crimeArea: string; value: number; reported: number; operations: number };

/**
 * analytics.outcomesByCrimeArea → the bars of the seized-value chart, largest first, and the areas
 * for which no operation published a value (listed under the chart rather than drawn as zero).
 */
export function toSeizedByArea(rows: OutcomesByCrimeArea): { bars: AreaDatum[]; unreported: string[] } {
  const bars = rows
    .filter((r) => r.seizedValueUsd.reported > 0)
    .map((r) => ({
      crimeArea: r.crimeArea,
      value: r.seizedValueUsd.sum,
      reported: r.seizedValueUsd.reported,
      operations: r.operations,
    }))
    .sort((a, b) => b.value - a.value);
  const unreported = sortCrimeAreas(
    rows.filter((r) => r.seizedValueUsd.reported === 0).map((r) => r.crimeArea),
  );
  return { bars, unreported };
}

/** What the year charts say of a year counted to date: its axis label, a CSV column, an export note. */
export function partialYearTexts(data: YearDatum[], t: (key: string, params?: object) => string) {
  const partial = data.find((d) => d.partial)?.year;
  return {
    tick: (year: number) => (year === partial ? t("outcomes.byYear.toDate", { year }) : String(year)),
    column: { key: "partial", label: t("engagement.csv.partial") },
    row: (d: YearDatum) => ({ partial: String(d.partial) }),
    notes: partial === undefined ? [] : [t("outcomes.byYear.partialNote", { year: partial })],
  };
}
