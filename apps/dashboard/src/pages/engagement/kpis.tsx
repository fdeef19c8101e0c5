import { InfoCircleOutlined } from "@ant-design/icons";
import { useTranslate } from "@refinedev/core";
import type { EngagementTotals } from "@tbc/types";
import { Card, Col, Row, Statistic, Tooltip } from "antd";
import { useNumberLocale } from "../../components/figure";
import { formatValue, type ValueKind } from "./numbers";

const KPIS: { key: string; kind: ValueKind; hint?: boolean }[] = [
  { key: "impressions", kind: "count" },
  { key: "engagements", kind: "count" },
  { key: "engagementRate", kind: "percent", hint: true },
  { key: "videoViews", kind: "count" },
  { key: "newFollowers", kind: "count" },
  { key: "hashtagMentions", kind: "count" },
  { key: "siteVisits", kind: "count" },
];

function kpiValue(totals: EngagementTotals | undefined, key: string): number | null {
  if (!totals) return null;
  if (key === "engagementRate") return totals.engagementRate;
  return totals.totals[key as keyof EngagementTotals["totals"]] ?? null;
}

/**
 * The headline numbers of the view. Counts are short ("3.7M") with the exact figure on hover; a
 * figure no row reported is "—", never 0.
 */
export function EngagementKpis({
  totals,
  loading,
}: {
  totals: EngagementTotals | undefined;
  loading: boolean;
}) {
  const t = useTranslate();
  const locale = useNumberLocale();
  return (
    <Row gutter={[12, 12]} data-testid="engagement-kpis">
      {KPIS.map(({ key, kind, hint }) => {
        const value = kpiValue(totals, key);
        const shown = value === null ? t("common.none") : formatValue(value, kind, locale, true);
        const exact = value === null ? t("engagement.kpis.unknown") : formatValue(value, kind, locale);
        const title = hint ? (
          <span>
            {t(`engagement.kpis.${key}`)}{" "}
            <Tooltip title={t(`engagement.kpis.${key}Hint`)}>
              <InfoCircleOutlined aria-label={t(`engagement.kpis.${key}Hint`)} />
            </Tooltip>
          </span>
        ) : (
          t(`engagement.kpis.${key}`)
        );
        return (
          <Col key={key} flex="1 1 150px">
            <Card size="small" style={{ height: "100%" }} data-testid={`kpi-${key}`}>
              <Statistic
                title={title}
                value={shown}
                loading={loading}
                formatter={() => (
                  <Tooltip title={exact}>
                    <span data-value={value ?? ""} data-unknown={value === null ? "true" : undefined}>
                      {shown}
                    </span>
                  </Tooltip>
                )}
              />
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
