import { useTranslate } from "@refinedev/core";
import type { OverviewFilters, OverviewKpis } from "@tbc/types";
import { Col, Row, Statistic, Tag, Tooltip } from "antd";
import { useChartTheme } from "../../components/chart-theme";
import { useNumberLocale } from "../../components/figure";
import { formatCount, formatUsd, formatUsdCompact } from "../../components/format";
import { LightCard, Text } from "../../components/light";
import { formatDayRange } from "./change";
import { KPI_KEYS, type KpiKey, kpiNumber } from "./comparison";
import { compareKpi, comparisonText, ignoredFilters, kpiNotes } from "./kpi-texts";

export { KPI_KEYS, type KpiKey, kpiNumber };

function ChangeLine({ kpis, k }: { kpis: OverviewKpis; k: KpiKey }) {
  const t = useTranslate();
  const locale = useNumberLocale();
  const c = compareKpi(kpis, k);
  const text = comparisonText(c, k, t, locale);
  const colors = useChartTheme();
  const color = { up: colors.kpiUp, down: colors.kpiDown, flat: colors.kpiFlat }[
    c.kind === "change" ? c.change.direction : "flat"
  ];
  return (
    <Tooltip
      title={t("overview.kpis.vs", {
        range: formatDayRange(kpis.previousPeriod.from, kpis.previousPeriod.to, locale),
      })}
    >
      <span
        style={{ color, whiteSpace: "nowrap" }}
        data-change={c.kind === "change" ? c.change.direction : c.kind}
      >
        {text}
      </span>
    </Tooltip>
  );
}

/**
 * The headline figures of the period, each against the period before it where that comparison
 * means something (comparison.ts). Sums of operation figures say how many operations reported
 * them; agencies how many support since an unknown date; engagement when it is sample data.
 */
export function OverviewKpiCards({
  kpis,
  loading,
  filters,
}: {
  kpis: OverviewKpis | undefined;
  loading: boolean;
  /** The page's filters: a card says which of them its figure ignores (impressions: region…). */
  filters: Partial<OverviewFilters>;
}) {
  const t = useTranslate();
  const locale = useNumberLocale();
  const current = kpis?.current;
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
        const ignored = ignoredFilters(filters, key, t);
        const notes = kpis ? [...kpiNotes(kpis, key, t, locale), ...(ignored ? [ignored] : [])] : [];
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
                    <ChangeLine kpis={kpis} k={key} />
                  </span>
                  {notes.map((note, i) => (
                    <Text
                      key={note}
                      tone="secondary"
                      data-testid={i === 0 ? `kpi-${key}-note` : `kpi-${key}-note-${i}`}
                    >
                      {note}
                    </Text>
                  ))}
                </div>
              )}
            </LightCard>
          </Col>
        );
      })}
      {!loading && kpis && (
        // The period ("to date" if it runs past today) and the dates the figures count on.
        <Col span={24}>
          <Text tone="secondary">
            {t(kpis.partial ? "overview.kpis.toDate" : "overview.kpis.period", {
              range: formatDayRange(kpis.period.from, kpis.period.to, locale),
            })}{" "}
            {t("overview.kpis.definitions")}
          </Text>
        </Col>
      )}
    </Row>
  );
}
