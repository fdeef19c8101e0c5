import { useTranslate } from "@refinedev/core";

export type LegendEntry = { key: string; label: string; color: string };

/**
 * A chart's legend in HTML above the chart, instead of recharts' <Legend>: recharts measures its
 * legend once drawn and then draws the whole chart again in the room left (one more pass over every
 * axis, line and bar: a second commit of each chart on the overview's first drawing), and its
 * entries cannot be reached from the keyboard. Here each entry is a button that filters the page to
 * its series (`onSelect`); the marks are recharts' own ("line" for lines, "rect" for bars).
 */
export function ChartLegend({
  entries,
  mark,
  onSelect,
}: {
  entries: LegendEntry[];
  mark: "line" | "rect";
  onSelect: (key: string) => void;
}) {
  const t = useTranslate();
  return (
    <ul className="tbc-legend" aria-label={t("a11y.chart.legend")}>
      {entries.map((entry) => (
        <li key={entry.key} className="tbc-legend-item">
          <button
            type="button"
            className="tbc-legend-button"
            title={t("a11y.chart.filterBy", { value: entry.label })}
            onClick={() => onSelect(entry.key)}
          >
            <svg width={14} height={14} viewBox="0 0 14 14" aria-hidden focusable="false">
              {mark === "line" ? (
                <line x1={0} y1={7} x2={14} y2={7} stroke={entry.color} strokeWidth={2} />
              ) : (
                <rect width={14} height={14} fill={entry.color} />
              )}
            </svg>
            <span className="tbc-legend-item-text">{entry.label}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
