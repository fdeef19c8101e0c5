import { Show } from "@refinedev/antd";
import { useShow, useTranslate } from "@refinedev/core";
import type { Agency } from "@tbc/types";
import { Card, Descriptions, Space, Typography } from "antd";
import dayjs from "dayjs";
import type { ReactNode } from "react";
import { BackIcon } from "../../components/back-icon";
import { useCountryName } from "../../components/countries";
import { HistoryList } from "../../components/history/history-list";
import { StatusTag, useVocabulary } from "../../components/labels";
import { ApproveButton } from "./approve-button";

function ExternalLink({ href }: { href: string | null }) {
  if (!href) return null;
  return (
    <Typography.Link href={href} target="_blank" rel="noopener noreferrer" style={{ wordBreak: "break-all" }}>
      {href}
    </Typography.Link>
  );
}

const when = (iso: string | null | undefined) => (iso ? dayjs(iso).format("YYYY-MM-DD HH:mm") : null);

export function AgencyShow() {
  const t = useTranslate();
  const localName = useCountryName();
  const vocabulary = useVocabulary();
  const { query } = useShow<Agency>({ resource: "agencies" });
  const record = query.data?.data;
  const none = t("common.none");
  const value = (v: ReactNode) => (v === null || v === undefined || v === "" ? none : v);

  return (
    <Show
      goBack={<BackIcon />}
      isLoading={query.isLoading}
      title={record ? record.name : t("agencies.titles.show")}
      headerButtons={({ defaultButtons }) => (
        <>
          {record && <ApproveButton record={record} />}
          {defaultButtons}
        </>
      )}
    >
      {record && (
        <Space direction="vertical" size="large" style={{ width: "100%" }}>
          <Descriptions
            title={t("agencies.sections.details")}
            bordered
            column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }}
            size="middle"
            data-testid="agency-details"
          >
            <Descriptions.Item label={t("agencies.fields.name")} span={2}>
              {record.name}
            </Descriptions.Item>
            <Descriptions.Item label={t("agencies.fields.acronym")}>
              {value(record.acronym)}
            </Descriptions.Item>
            <Descriptions.Item label={t("agencies.fields.status")}>
              <StatusTag status={record.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t("agencies.fields.countryCode")}>
              {record.countryCode
                ? localName(record.countryCode, record.countryName)
                : t("agencies.noCountry")}
            </Descriptions.Item>
            <Descriptions.Item label={t("agencies.fields.region")}>
              {vocabulary.region(record.region)}
            </Descriptions.Item>
            <Descriptions.Item label={t("agencies.fields.kind")}>
              {vocabulary.kind(record.kind)}
            </Descriptions.Item>
            <Descriptions.Item label={t("agencies.fields.pledgedOn")}>
              {value(record.pledgedOn)}
            </Descriptions.Item>
            <Descriptions.Item label={t("agencies.fields.website")}>
              {record.website ? <ExternalLink href={record.website} /> : none}
            </Descriptions.Item>
            <Descriptions.Item label={t("agencies.fields.socialHandle")}>
              {value(record.socialHandle)}
            </Descriptions.Item>
            <Descriptions.Item label={t("agencies.fields.sourceUrl")} span={2}>
              {record.sourceUrl ? <ExternalLink href={record.sourceUrl} /> : none}
            </Descriptions.Item>
            <Descriptions.Item label={t("agencies.fields.notes")} span={2}>
              <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>
                {value(record.notes)}
              </Typography.Paragraph>
            </Descriptions.Item>
          </Descriptions>

          <Card size="small" title={t("agencies.sections.audit")}>
            <Descriptions
              column={{ xs: 1, sm: 2, md: 3, lg: 3, xl: 3, xxl: 3 }}
              size="small"
              data-testid="agency-audit"
            >
              <Descriptions.Item label={t("agencies.fields.createdBy")}>
                {value(record.createdBy)}
              </Descriptions.Item>
              <Descriptions.Item label={t("agencies.fields.createdAt")}>
                {when(record.createdAt)}
              </Descriptions.Item>
              <Descriptions.Item label={t("agencies.fields.version")}>{record.version}</Descriptions.Item>
              <Descriptions.Item label={t("agencies.fields.updatedBy")}>
                {value(record.updatedBy)}
              </Descriptions.Item>
              <Descriptions.Item label={t("agencies.fields.updatedAt")}>
                {when(record.updatedAt)}
              </Descriptions.Item>
            </Descriptions>
          </Card>

          <Card size="small" title={t("history.title")} data-testid="history">
            <HistoryList resource="agencies" id={record.id} />
          </Card>
        </Space>
      )}
    </Show>
  );
}
