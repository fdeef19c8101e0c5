import { useTranslate } from "@refinedev/core";
import type { MapValues } from "@tbc/types";
import { Segmented } from "antd";
import { useMemo } from "react";
import { ChartCard } from "../../components/chart-card";
import { useCountryName } from "../../components/countries";
import { useNumberLocale } from "../../components/figure";
import { formatCount } from "../../components/format";
import { binLabel, mapBins, NO_VALUE_COLOR } from "./color-scale";
import type { MapLayer } from "./search";
import { WorldMap } from "./world-map";

/** The world choropleth: supporting agencies per country, or the operations each took part in. */
export function MapCard({
  layer,
  values,
  loading,
  error,
  selected,
  onLayer,
  onSelectCountry,
  onDrill,
  source,
}: {
  layer: MapLayer;
  values: MapValues;
  loading: boolean;
  error: boolean;
  selected: string | undefined;
  onLayer: (layer: MapLayer) => void;
  onSelectCountry: (code: string) => void;
  onDrill: () => void;
  source: string;
}) {
  const t = useTranslate();
  const locale = useNumberLocale();
  const localName = useCountryName();
  // The map's tooltips, labels and CSV name countries in the current language.
  // biome-ignore lint/correctness/useExhaustiveDependencies: localName changes with the locale
  const named = useMemo(
    () => values.map((v) => ({ ...v, name: localName(v.code, v.name) ?? v.name })),
    [values, locale],
  );
  const bins = useMemo(() => mapBins(Math.max(0, ...values.map((v) => v.value))), [values]);
  const describe = (n: number) => t(`overview.map.${layer}Count`, { count: formatCount(n, locale), n });
  const valueLabel = t(`overview.map.layers.${layer}`);

  return (
    <ChartCard
      id="overview-map"
      figureRole="figure"
      title={t("overview.map.title")}
      subtitle={t(`overview.map.subtitles.${layer}`)}
      hint={t("overview.map.hint")}
      loading={loading}
      error={error}
      drill={{
        label: t(`overview.drill.${layer === "agencies" ? "agencies" : "operations"}`),
        onClick: onDrill,
      }}
      toolbar={
        <Segmented<MapLayer>
          value={layer}
          onChange={onLayer}
          options={[
            { value: "agencies", label: t("overview.map.layers.agencies") },
            { value: "operations", label: t("overview.map.layers.operations") },
          ]}
          aria-label={t("overview.map.layer")}
          data-testid="overview-map-layer"
        />
      }
      exportSpec={{
        legend: [
          ...bins.map((b) => ({ label: binLabel(b), color: b.color })),
          { label: t("overview.map.none"), color: NO_VALUE_COLOR },
        ],
        columns: [
          { key: "code", label: t("overview.csv.countryCode") },
          { key: "name", label: t("overview.csv.country") },
          { key: "region", label: t("overview.csv.region") },
          { key: "value", label: valueLabel },
        ],
        rows: named,
        source,
        summary: { category: "name", keys: ["value"] },
        actions: { row: (row) => () => onSelectCountry(String(row.code)) },
      }}
    >
      <WorldMap
        values={named}
        bins={bins}
        describe={describe}
        selected={selected}
        onSelect={onSelectCountry}
      />
    </ChartCard>
  );
}
