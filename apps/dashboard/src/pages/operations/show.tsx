import { ExportOutlined } from "@ant-design/icons";
import { Show } from "@refinedev/antd";
import { useShow, useTranslate } from "@refinedev/core";
import type { OperationDetail } from "@tbc/types";
import { Alert, Card, Col, Descriptions, Row, Space, Typography } from "antd";
import dayjs from "dayjs";
import type { ReactNode } from "react";
import { BackIcon } from "../../components/back-icon";
import { CrimeAreaTag } from "../../components/crime-areas";
import { useNumberLocale } from "../../components/figure";
import { type FigureKind, formatFigure, formatPeriod } from "../../components/format";
import { HistoryList } from "../../components/history/history-list";
import { CountriesCard } from "./countries-card";
import { ReliabilityTag } from "./reliability";
import { SeizuresCard } from "./seizures";

const when = (iso: string | null | undefined) => (iso ? dayjs(iso).format("YYYY-MM-DD HH:mm") : null);

/** A figure with its unit, or "Not published" spelled out: unknown is not zero. */
function FigureValue({ value, kind, unit }: { value: number | null; kind: FigureKind; unit: string }) {
  const t = useTranslate();
  const text = formatFigure(value, kind, useNumberLocale());
  if (text === null) {
    return (
      <Typography.Text type="secondary" italic data-unknown="true">
        {t("operations.notPublished")}
      </Typography.Text>
    );
  }
  return (
    <Space size={6} wrap>
      <Typography.Text strong style={{ fontSize: 16 }}>
        {text}
      </Typography.Text>
      <Typography.Text type="secondary">{unit}</Typography.Text>
    </Space>
  );
}

function SourceLink({ record }: { record: OperationDetail }) {
  const t = useTranslate();
  const title = record.sourceTitle ?? record.sourceUrl;
  if (!title) return <Typography.Text type="secondary">{t("common.none")}</Typography.Text>;
  if (!record.sourceUrl) return <Typography.Text>{title}</Typography.Text>;
  return (
    <Typography.Link
      href={record.sourceUrl}
      target="_blank"
      rel="noopener noreferrer"
      data-testid="source-link"
    >
      {title} <ExportOutlined />
    </Typography.Link>
  );
}

export function OperationShow() {
  const t = useTranslate();
  const locale = useNumberLocale();
  const { query } = useShow<OperationDetail>({ resource: "operations" });
  const record = query.data?.data;
  const none = t("common.none");
  const value = (v: ReactNode) => (v === null || v === undefined || v === "" ? none : v);
  const unit = (key: string) => t(`operations.units.${key}`);

  return (
    <Show
      goBack={<BackIcon />}
      isLoading={query.isLoading}
      title={record ? record.name : t("operations.titles.show")}
    >
      {record && (
        <Space direction="vertical" size="large" style={{ width: "100%" }}>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={14}>
              <Card title={t("operations.sections.figures")} size="small" style={{ height: "100%" }}>
                <Descriptions column={1} size="middle" bordered data-testid="operation-figures">
                  <Descriptions.Item label={t("operations.fields.raids")}>
                    <FigureValue value={record.raids} kind="count" unit={unit("raids")} />
                  </Descriptions.Item>
                  <Descriptions.Item label={t("operations.fields.arrests")}>
                    <FigureValue value={record.arrests} kind="count" unit={unit("arrests")} />
                  </Descriptions.Item>
                  <Descriptions.Item label={t("operations.fields.underInvestigation")}>
                    <FigureValue
                      value={record.underInvestigation}
                      kind="count"
                      unit={unit("underInvestigation")}
                    />
                  </Descriptions.Item>
                  <Descriptions.Item label={t("operations.fields.seizedValueUsd")}>
                    <FigureValue value={record.seizedValueUsd} kind="usd" unit={unit("seizedValueUsd")} />
                  </Descriptions.Item>
                  <Descriptions.Item label={t("operations.fields.countriesCount")}>
                    <FigureValue value={record.countriesCount} kind="count" unit={unit("countriesCount")} />
                  </Descriptions.Item>
                </Descriptions>
              </Card>
            </Col>
            <Col xs={24} lg={10}>
              <Alert
                type="info"
                showIcon
                data-testid="operation-caveat"
                style={{ height: "100%" }}
                message={t("operations.caveat.title")}
                description={
                  <Space direction="vertical" size="middle" style={{ width: "100%" }}>
                    <Typography.Paragraph style={{ margin: 0, whiteSpace: "pre-wrap" }}>
                      {record.caveats ?? t("operations.caveat.none")}
                    </Typography.Paragraph>
                    <Space size={8} align="start">
                      <ReliabilityTag grade={record.reliability} />
                      <Typography.Text>
                        {record.reliability
                          ? t(`operations.reliabilityMeaning.${record.reliability}`)
                          : t("operations.reliability.none")}
                      </Typography.Text>
                    </Space>
                    <div>
                      <Typography.Text type="secondary">
                        {/* The colon is the language's own ("Source :" in French). */}
                        {t("operations.fields.sourceLabel")}{" "}
                      </Typography.Text>
                      <SourceLink record={record} />
                    </div>
                  </Space>
                }
              />
            </Col>
          </Row>

          <Descriptions
            title={t("operations.sections.details")}
            bordered
            column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }}
            size="middle"
            data-testid="operation-details"
          >
            <Descriptions.Item label={t("operations.fields.editionYear")}>
              {record.editionYear}
            </Descriptions.Item>
            <Descriptions.Item label={t("operations.fields.period")}>
              {value(formatPeriod(record.periodStart, record.periodEnd, locale))}
            </Descriptions.Item>
            <Descriptions.Item label={t("operations.fields.crimeArea")}>
              <CrimeAreaTag code={record.crimeArea} />
            </Descriptions.Item>
            <Descriptions.Item label={t("operations.fields.region")}>
              {value(record.region)}
            </Descriptions.Item>
            <Descriptions.Item label={t("operations.fields.summary")} span={2}>
              <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>
                {value(record.summary)}
              </Typography.Paragraph>
            </Descriptions.Item>
            <Descriptions.Item label={t("operations.fields.seizureDescription")} span={2}>
              <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>
                {value(record.seizureDescription)}
              </Typography.Paragraph>
            </Descriptions.Item>
          </Descriptions>

          <CountriesCard countries={record.countries} countriesCount={record.countriesCount} />
          <SeizuresCard operationId={record.id} seizures={record.seizures} />

          <Card size="small" title={t("operations.sections.audit")}>
            <Descriptions column={{ xs: 1, sm: 2, md: 3, lg: 3, xl: 3, xxl: 3 }} size="small">
              <Descriptions.Item label={t("operations.fields.createdBy")}>
                {value(record.createdBy)}
              </Descriptions.Item>
              <Descriptions.Item label={t("operations.fields.createdAt")}>
                {when(record.createdAt)}
              </Descriptions.Item>
              <Descriptions.Item label={t("operations.fields.version")}>{record.version}</Descriptions.Item>
              <Descriptions.Item label={t("operations.fields.updatedBy")}>
                {value(record.updatedBy)}
              </Descriptions.Item>
              <Descriptions.Item label={t("operations.fields.updatedAt")}>
                {when(record.updatedAt)}
              </Descriptions.Item>
            </Descriptions>
          </Card>

          <Card size="small" title={t("history.title")} data-testid="history">
            <HistoryList resource="operations" id={record.id} />
          </Card>
        </Space>
      )}
    </Show>
  );
}
