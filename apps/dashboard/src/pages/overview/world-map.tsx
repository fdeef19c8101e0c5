import { useTranslate } from "@refinedev/core";
import type { MapValues } from "@tbc/types";
import { Skeleton } from "antd";
import { type KeyboardEvent, type MouseEvent, useEffect, useMemo, useRef, useState } from "react";
import { TooltipBox } from "../../components/chart-card";
import { useChartTheme } from "../../components/chart-theme";
import { Text } from "../../components/light";
import { type Bin, binLabel, colorOf, onPalette } from "./color-scale";
import { loadedWorldShapes, loadWorldShapes, type WorldShapes } from "./map-shapes";

type Value = MapValues[number];
type Tip = { x: number; y: number; name: string; value: Value | undefined };

function useWorldShapes(): WorldShapes | null {
  const [shapes, setShapes] = useState(loadedWorldShapes);
  useEffect(() => {
    if (shapes) return;
    let live = true;
    loadWorldShapes()
      .then((loaded) => live && setShapes(loaded))
      .catch(() => {
        // The shapes could not be fetched: the map stays empty, the page works.
      });
    return () => {
      live = false;
    };
  }, [shapes]);
  return shapes;
}

/**
 * A choropleth of one value per country, drawn as SVG paths (d3-geo, Natural Earth projection).
 * Countries with a value are buttons: click, Enter or Space selects one (the page's country filter);
 * hover or focus shows its name and value.
 */
// biome-ignore lint/complexity/noExcessiveLinesPerFunction: one SVG tree: shapes, legend, tooltip and keyboard focus share the projection
export function WorldMap({
  values,
  bins,
  describe,
  selected,
  onSelect,
}: {
  values: MapValues;
  bins: readonly Bin[];
  /** "3 agencies" */
  describe: (value: number) => string;
  selected: string | undefined;
  onSelect: (code: string) => void;
}) {
  const t = useTranslate();
  const colors = useChartTheme();
  const shapes = useWorldShapes();
  const box = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<Tip | null>(null);
  const byNumeric = useMemo(() => new Map(values.map((v) => [v.numeric.padStart(3, "0"), v])), [values]);

  if (!shapes) return <Skeleton.Node active style={{ width: "100%", height: 320 }} />;

  const place = (event: MouseEvent<SVGElement> | { target: SVGElement }, name: string, value?: Value) => {
    const frame = box.current?.getBoundingClientRect();
    if (!frame) return;
    const point =
      "clientX" in event
        ? { x: event.clientX, y: event.clientY }
        : (() => {
            const r = event.target.getBoundingClientRect();
            return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
          })();
    setTip({ x: point.x - frame.left, y: point.y - frame.top, name, value });
  };
  const key = (event: KeyboardEvent, code: string) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onSelect(code);
    }
  };
  // The selected country last, so that its outline is on top of its neighbours'.
  const ordered = [...shapes.countries].sort(
    (a, b) =>
      Number(byNumeric.get(a.numeric)?.code === selected) -
      Number(byNumeric.get(b.numeric)?.code === selected),
  );

  return (
    <div ref={box} style={{ position: "relative" }}>
      <svg
        data-chart-svg="world-map"
        viewBox={`0 0 ${shapes.width} ${shapes.height}`}
        width="100%"
        style={{ display: "block", height: "auto" }}
        aria-labelledby="overview-map-title"
      >
        <title id="overview-map-title">{t("overview.map.aria")}</title>
        <rect width={shapes.width} height={shapes.height} fill={colors.mapSea} rx={6} />
        {ordered.map((c) => {
          const value = byNumeric.get(c.numeric);
          const fill = onPalette(colorOf(bins, value?.value), colors);
          const isSelected = !!value && value.code === selected;
          const common = {
            d: c.d,
            fill,
            stroke: isSelected ? colors.mapSelected : colors.mapBorder,
            strokeWidth: isSelected ? 1.6 : 0.5,
            strokeLinejoin: "round" as const,
            onMouseMove: (e: MouseEvent<SVGElement>) => place(e, value?.name ?? c.name, value),
            onMouseLeave: () => setTip(null),
          };
          if (!value) return <path key={c.numeric || c.name} {...common} data-numeric={c.numeric} />;
          const label = `${value.name}: ${describe(value.value)}`;
          return (
            // biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be a <button>; role and keys make it one
            <path
              key={c.numeric}
              {...common}
              role="button"
              tabIndex={0}
              aria-label={label}
              aria-pressed={isSelected}
              data-country={value.code}
              className="overview-map-country"
              style={{ cursor: "pointer", outline: "none" }}
              onClick={() => onSelect(value.code)}
              onKeyDown={(e) => key(e, value.code)}
              onFocus={(e) => place({ target: e.currentTarget }, value.name, value)}
              onBlur={() => setTip(null)}
            />
          );
        })}
        {shapes.points.map((p) => {
          // Too small for a shape at this scale (Sint Maarten, Gibraltar…): a point, where there is a value.
          const value = byNumeric.get(p.numeric);
          if (!value) return null;
          const isSelected = value.code === selected;
          return (
            // biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be a <button>; role and keys make it one
            <circle
              key={p.numeric}
              cx={p.x}
              cy={p.y}
              r={isSelected ? 5 : 4}
              fill={onPalette(colorOf(bins, value.value), colors)}
              stroke={isSelected ? colors.mapSelected : colors.mapPointStroke}
              strokeWidth={isSelected ? 1.6 : 0.8}
              role="button"
              tabIndex={0}
              aria-label={`${value.name}: ${describe(value.value)}`}
              aria-pressed={isSelected}
              data-country={value.code}
              className="overview-map-country"
              style={{ cursor: "pointer", outline: "none" }}
              onClick={() => onSelect(value.code)}
              onKeyDown={(e) => key(e, value.code)}
              onMouseMove={(e) => place(e, value.name, value)}
              onMouseLeave={() => setTip(null)}
              onFocus={(e) => place({ target: e.currentTarget }, value.name, value)}
              onBlur={() => setTip(null)}
            />
          );
        })}
      </svg>
      {tip && (
        <div
          style={{
            position: "absolute",
            left: Math.min(tip.x + 12, (box.current?.clientWidth ?? 600) - 200),
            top: tip.y + 12,
            pointerEvents: "none",
            zIndex: 2,
          }}
          data-testid="map-tooltip"
        >
          <TooltipBox>
            <Text tone="strong">{tip.name}</Text>
            <div>{tip.value ? describe(tip.value.value) : t("overview.map.none")}</div>
          </TooltipBox>
        </div>
      )}
      <MapLegend bins={bins} />
    </div>
  );
}

function MapLegend({ bins }: { bins: readonly Bin[] }) {
  const t = useTranslate();
  const colors = useChartTheme();
  const items = [
    ...bins.map((b) => ({ label: binLabel(b), color: onPalette(b.color, colors) })),
    { label: t("overview.map.none"), color: colors.mapNoValue },
  ];
  return (
    <div
      style={{
        display: "flex",
        flexWrap: "wrap",
        gap: 12,
        justifyContent: "center",
        marginTop: 8,
        fontSize: 12,
      }}
      data-testid="map-legend"
    >
      {items.map((item) => (
        <span
          key={item.label}
          style={{ display: "inline-flex", alignItems: "center", gap: 6, color: colors.label }}
        >
          <span
            style={{
              width: 14,
              height: 10,
              borderRadius: 2,
              background: item.color,
              border: `1px solid ${colors.tooltipBorder}`,
            }}
          />
          {item.label}
        </span>
      ))}
    </div>
  );
}
