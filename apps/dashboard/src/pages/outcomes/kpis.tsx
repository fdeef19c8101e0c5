import { InfoCircleOutlined } from "@ant-design/icons";
import { useTranslate } from "@refinedev/core";
import type { OutcomeKpis } from "@tbc/types";
import { Card, Col, Row, Statistic, Tooltip, Typography } from "antd";
import type { ReactNode } from "react";
import { useNumberLocale } from "../../components/figure";
import { formatCount, formatUsd, formatUsdCompact } from "../../components/format";

type Kpi = {
  key: string;
  /** Null: no operation reported the figure, which is unknown rather than zero. */
  value: string | null;
  exact?: string;
  coverage?: string;
  hint?: string;
};

function KpiCard({ kpi, loading }: { kpi: Kpi; loading: boolean }) {
  const t = useTranslate();
  const title: ReactNode = kpi.hint ? (
    <span>
      {t(`outcomes.kpis.${kpi.key}`)}{" "}
      <Tooltip title={kpi.hint}>
        <InfoCircleOutlined aria-label={kpi.hint} />
      </Tooltip>
    </span>
  ) : (
    t(`outcomes.kpis.${kpi.key}`)
  );
  const shown = kpi.value ?? t("common.none");
  return (
    <Card size="small" style={{ height: "100%" }} data-testid={`kpi-${kpi.key}`}>
      <Statistic
        title={title}
        value={shown}
        loading={loading}
        formatter={() =>
          kpi.exact ? (
            <Tooltip title={kpi.exact}>
              <span>{shown}</span>
            </Tooltip>
          ) : kpi.value === null ? (
            <Tooltip title={t("operations.notPublished")}>
              <span>{shown}</span>
            </Tooltip>
          ) : (
            shown
          )
        }
      />
      {kpi.coverage && !loading && (
        <Typography.Text type="secondary" data-testid={`kpi-${kpi.key}-coverage`}>
          {kpi.coverage}
        </Typography.Text>
      )}
    </Card>
  );
}

/**
 * The headline numbers, each with how many operations it rests on ("reported by 36 of 58
 * operations"): a sum over the operations that published the figure is not a total.
 */
export function OutcomeKpiCards({ kpis, loading }: { kpis: OutcomeKpis | undefined; loading: boolean }) {
  const t = useTranslate();
  const locale = useNumberLocale();
  const total = kpis?.operations ?? 0;
  const covered = (key: "arrests" | "underInvestigation" | "seizedValueUsd", usd = false): Kpi => {
    const c = kpis?.[key] ?? { sum: 0, reported: 0 };
    const known = c.reported > 0;
    return {
      key,
      value: known ? (usd ? formatUsdCompact(c.sum, locale) : formatCount(c.sum, locale)) : null,
      ...(usd && known ? { exact: formatUsd(c.sum, locale) } : {}),
      coverage: t("outcomes.kpis.reported", {
        reported: formatCount(c.reported, locale),
        total: formatCount(total, locale),
        n: total,
      }),
    };
  };
  const items: Kpi[] = [
    { key: "operations", value: formatCount(total, locale), hint: t("outcomes.kpis.operationsHint") },
    covered("arrests"),
    covered("underInvestigation"),
    covered("seizedValueUsd", true),
    {
      key: "countries",
      value: formatCount(kpis?.countries ?? 0, locale),
      hint: t("outcomes.kpis.countriesHint"),
      coverage: t("outcomes.kpis.listed", {
        reported: formatCount(kpis?.operationsWithCountries ?? 0, locale),
        total: formatCount(total, locale),
        n: total,
      }),
    },
  ];
  return (
    <Row gutter={[16, 16]} data-testid="kpis">
      {items.map((kpi) => (
        <Col key={kpi.key} flex="1 1 200px">
          <KpiCard kpi={kpi} loading={loading} />
        </Col>
      ))}
    </Row>
  );
}
