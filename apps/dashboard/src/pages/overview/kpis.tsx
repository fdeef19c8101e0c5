import { useTranslate } from "@refinedev/core";
import type { OverviewFigures, OverviewKpis } from "@tbc/types";
import { Col, Row, Statistic, Tag, Tooltip } from "antd";
import { useNumberLocale } from "../../components/figure";
import { formatCount, formatUsd, formatUsdCompact } from "../../components/format";
import { LightCard, Text } from "../../components/light";
import { type Change, computeChange, formatChange, formatDayRange } from "./change";

export type KpiKey = "agencies" | "operations" | "arrests" | "seizedValueUsd" | "impressions";
export const KPI_KEYS: readonly KpiKey[] = [
  "agencies",
  "operations",
  "arrests",
  "seizedValueUsd",
  "impressions",
];

/** A KPI's number in a period; null: unknown (nothing reported), never shown as 0. */
export function kpiNumber(figures: OverviewFigures | undefined, key: KpiKey): number | null {
  if (!figures) return null;
  switch (key) {
    case "agencies":
      return figures.agencies;
    case "operations":
      return figures.operations;
    case "arrests":
      return figures.arrests.reported > 0 ? figures.arrests.sum : null;
    case "seizedValueUsd":
      return figures.seizedValueUsd.reported > 0 ? figures.seizedValueUsd.sum : null;
    case "impressions":
      return figures.impressions;
  }
}

const COLORS = { up: "#237804", down: "#a8071a", flat: "#595959" } as const;

function ChangeLine({ change, kind, vs }: { change: Change | null; kind: "count" | "usd"; vs: string }) {
  const t = useTranslate();
  const locale = useNumberLocale();
  if (!change) return <Text tone="secondary">{t("overview.kpis.noChange")}</Text>;
  const text = formatChange(change, locale, kind, t("overview.kpis.fromZero"));
  return (
    <Tooltip title={vs}>
      <span style={{ color: COLORS[change.direction], whiteSpace: "nowrap" }} data-change={change.direction}>
        {text}
      </span>
    </Tooltip>
  );
}

/**
 * The headline figures of the period, each against the period of equal length before it. Sums of
 * operation figures say how many operations reported them; engagement says when it is sample data.
 */
export function OverviewKpiCards({ kpis, loading }: { kpis: OverviewKpis | undefined; loading: boolean }) {
  const t = useTranslate();
  const locale = useNumberLocale();
  const current = kpis?.current;
  const vs = kpis
    ? t("overview.kpis.vs", {
        range: formatDayRange(kpis.previousPeriod.from, kpis.previousPeriod.to, locale),
      })
    : "";
  const coverage = (c: { reported: number } | undefined) =>
    t("overview.kpis.reported", {
      reported: formatCount(c?.reported ?? 0, locale),
      total: formatCount(current?.operations ?? 0, locale),
    });
  const notes: Record<KpiKey, string | null> = {
    agencies: current
      ? current.agencyCountries === 1
        ? t("overview.kpis.country")
        : t("overview.kpis.countries", { count: formatCount(current.agencyCountries, locale) })
      : null,
    operations: null,
    arrests: current ? coverage(current.arrests) : null,
    seizedValueUsd: current ? coverage(current.seizedValueUsd) : null,
    impressions: null,
  };

  return (
    <Row gutter={[16, 16]} data-testid="kpis">
      {KPI_KEYS.map((key) => {
        const value = kpiNumber(current, key);
        const usd = key === "seizedValueUsd";
        const shown =
          value === null
            ? t("common.none")
            : usd
              ? formatUsdCompact(value, locale)
              : formatCount(value, locale);
        const change = computeChange(value, kpiNumber(kpis?.previous, key));
        return (
          <Col key={key} flex="1 1 200px">
            <LightCard small style={{ height: "100%" }} data-testid={`kpi-${key}`}>
              <Statistic
                title={
                  <span>
                    {t(`overview.kpis.${key}`)}
                    {key === "impressions" && current?.engagementSample && (
                      <Tag color="orange" style={{ marginInlineStart: 8 }} data-testid="kpi-sample">
                        {t("overview.sample")}
                      </Tag>
                    )}
                  </span>
                }
                value={shown}
                loading={loading}
                formatter={() =>
                  usd && value !== null ? (
                    <Tooltip title={formatUsd(value, locale)}>
                      <span>{shown}</span>
                    </Tooltip>
                  ) : value === null ? (
                    <Tooltip title={t("overview.kpis.unknown")}>
                      <span>{shown}</span>
                    </Tooltip>
                  ) : (
                    shown
                  )
                }
              />
              {!loading && kpis && (
                <div style={{ display: "flex", flexDirection: "column", gap: 2, fontSize: 13 }}>
                  <span data-testid={`kpi-${key}-change`}>
                    <ChangeLine change={change} kind={usd ? "usd" : "count"} vs={vs} />
                  </span>
                  {notes[key] && (
                    <Text tone="secondary" data-testid={`kpi-${key}-note`}>
                      {notes[key]}
                    </Text>
                  )}
                </div>
              )}
            </LightCard>
          </Col>
        );
      })}
    </Row>
  );
}
