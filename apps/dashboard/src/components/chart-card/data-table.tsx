import { useTranslate } from "@refinedev/core";
import type { CsvColumn } from "@tbc/types";
import { theme } from "antd";
import type { CSSProperties } from "react";
import { useNumberLocale } from "../figure";
import { formatCount } from "../format";

type DataRow = Record<string, unknown>;

/**
 * What a click on the chart does, for the table view's keyboard path: a row (a bar of its own) or a
 * column (a series, e.g. a crime area stacked in every year's bar). Undefined: nothing to do.
 */
export type ChartActions = {
  row?: (row: DataRow) => (() => void) | undefined;
  column?: (key: string) => (() => void) | undefined;
};

/** The figures a summary reads: which columns add up to a category's value, and how to write it. */
export type ChartSummarySpec = {
  /** The column naming a category (default: the first). */
  category?: string;
  keys?: readonly string[];
  format?: (value: number, locale: string) => string;
};

const cellText = (value: unknown, locale: string) =>
  typeof value === "number" ? formatCount(value, locale) : categoryText(value);
/** A category as it is (a year stays "2019", not "2,019"). */
const categoryText = (value: unknown) => (value == null ? "" : String(value));

/**
 * One sentence for screen readers: the first and last category, the highest and the total
 * ("Arrests by year: 2010 to 2025; highest 2019 with 4,214; total 31,002").
 */
export function chartSummary(
  title: string,
  columns: readonly CsvColumn[],
  rows: readonly DataRow[],
  spec: ChartSummarySpec | undefined,
  locale: string,
  t: ReturnType<typeof useTranslate>,
): string {
  const [firstColumn, first] = columns;
  const category = spec?.category ? columns.find((c) => c.key === spec.category) : firstColumn;
  if (!category || !first || rows.length === 0) return t("a11y.chart.summaryEmpty", { title });
  const keys = spec?.keys ?? [first.key];
  const format = spec?.format ?? formatCount;
  const values = rows.map((row) => keys.reduce((sum, k) => sum + (Number(row[k]) || 0), 0));
  let top = 0;
  values.forEach((v, i) => {
    if (v > (values[top] ?? 0)) top = i;
  });
  return t("a11y.chart.summary", {
    title,
    first: categoryText(rows[0]?.[category.key]),
    last: categoryText(rows.at(-1)?.[category.key]),
    top: categoryText(rows[top]?.[category.key]),
    value: format(values[top] ?? 0, locale),
    total: format(
      values.reduce((a, b) => a + b, 0),
      locale,
    ),
  });
}

/**
 * The chart's data as a table: a caption, column and row headers, and, where a click on the chart
 * filters, buttons in the row or column headers that do the same.
 */
export function ChartDataTable({
  id,
  title,
  columns,
  rows,
  actions,
}: {
  id: string;
  title: string;
  columns: readonly CsvColumn[];
  rows: readonly DataRow[];
  actions?: ChartActions | undefined;
}) {
  const t = useTranslate();
  const locale = useNumberLocale();
  const { token } = theme.useToken();
  const cell: CSSProperties = {
    padding: "4px 8px",
    borderBottom: `1px solid ${token.colorBorderSecondary}`,
    textAlign: "start",
  };
  const [category, ...rest] = columns;
  if (!category) return null;
  const button = (text: string, run: () => void, testId: string) => (
    <button
      type="button"
      onClick={run}
      aria-label={t("a11y.chart.filterBy", { value: text })}
      data-testid={testId}
      style={{
        background: "none",
        border: "none",
        padding: 0,
        color: token.colorLink,
        cursor: "pointer",
        font: "inherit",
        textAlign: "start",
        textDecoration: "underline",
      }}
    >
      {text}
    </button>
  );
  return (
    <div style={{ overflowX: "auto", maxHeight: 420 }}>
      <table data-testid={`${id}-table`} style={{ borderCollapse: "collapse", width: "100%", fontSize: 13 }}>
        <caption style={{ captionSide: "top", textAlign: "start", color: token.colorTextSecondary }}>
          {t("a11y.chart.tableCaption", { title })}
        </caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const run = c === category ? undefined : actions?.column?.(c.key);
              return (
                <th key={c.key} scope="col" style={{ ...cell, fontWeight: 600 }}>
                  {run ? button(c.label, run, `${id}-table-column-${c.key}`) : c.label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const label = categoryText(row[category.key]);
            const run = actions?.row?.(row);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are the chart's, in its order, with no id
              <tr key={i}>
                <th scope="row" style={{ ...cell, fontWeight: 400 }}>
                  {run ? button(label, run, `${id}-table-row`) : label}
                </th>
                {rest.map((c) => (
                  <td key={c.key} style={{ ...cell, fontVariantNumeric: "tabular-nums" }}>
                    {cellText(row[c.key], locale)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
