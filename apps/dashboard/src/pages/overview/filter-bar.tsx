import { CloseOutlined } from "@ant-design/icons";
import { useTranslate } from "@refinedev/core";
import type { Region } from "@tbc/types";
import { Button, Card, Col, DatePicker, Form, Row, Select, Space, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useCountrySelect } from "../../components/countries";
import { useCrimeAreaLabel, useCrimeAreaSelect } from "../../components/crime-areas";
import { useVocabulary } from "../../components/labels";
import {
  DEFAULT_PERIOD,
  type FilterKey,
  type OverviewView,
  PERIOD_PRESETS,
  type Period,
  resolvePreset,
  withFilter,
} from "./search";

export type ChannelOption = { value: string; label: string };

const item = { style: { marginBottom: 8 } };

/**
 * The overview's global filters in one bar; every change goes to the URL at once. The filters a
 * chart click can set (region, country, crime area, channel) also show as removable tags.
 */
export function OverviewFilterBar({
  view,
  today,
  channels,
  onChange,
}: {
  view: OverviewView;
  today: string;
  channels: { options: ChannelOption[]; label: (code: string) => string };
  onChange: (next: OverviewView, options?: { push?: boolean }) => void;
}) {
  const t = useTranslate();
  const vocabulary = useVocabulary();
  const countries = useCountrySelect();
  const crimeAreas = useCrimeAreaSelect();
  const areaLabel = useCrimeAreaLabel();
  const set = (key: FilterKey, value: string | string[] | undefined) =>
    onChange(withFilter(view, key, value));
  const remove = (key: FilterKey, value: string | string[] | undefined) =>
    onChange(withFilter(view, key, value), { push: true });
  const setPeriod = (period: Period) =>
    period !== "custom" && onChange({ ...view, period, ...resolvePreset(period, today) });

  const tags: { key: string; label: string; onClose: () => void }[] = [];
  if (view.region)
    tags.push({
      key: "region",
      label: vocabulary.region(view.region),
      onClose: () => remove("region", undefined),
    });
  if (view.countryCode)
    tags.push({
      key: "country",
      label: countries.countryName(view.countryCode) ?? view.countryCode,
      onClose: () => remove("countryCode", undefined),
    });
  for (const area of view.crimeAreas ?? [])
    tags.push({
      key: `crimeArea-${area}`,
      label: areaLabel(area),
      onClose: () =>
        remove(
          "crimeAreas",
          view.crimeAreas?.filter((a) => a !== area),
        ),
    });
  for (const channel of view.channels ?? [])
    tags.push({
      key: `channel-${channel}`,
      label: channels.label(channel),
      onClose: () =>
        remove(
          "channels",
          view.channels?.filter((c) => c !== channel),
        ),
    });

  return (
    <Card size="small" data-testid="overview-filters">
      <Form layout="vertical" component="div">
        <Row gutter={[12, 0]} align="bottom">
          <Col xs={24} lg={12} xxl={8}>
            <Form.Item label={t("overview.filters.period")} {...item}>
              <Space.Compact style={{ width: "100%" }}>
                <Select<Period>
                  value={view.period}
                  style={{ width: 170 }}
                  onChange={setPeriod}
                  aria-label={t("overview.filters.period")}
                  data-testid="overview-period"
                  options={[...PERIOD_PRESETS, "custom" as const].map((p) => ({
                    value: p,
                    label: t(`overview.periods.${p}`),
                    disabled: p === "custom",
                  }))}
                />
                <DatePicker.RangePicker
                  value={[dayjs(view.from), dayjs(view.to)]}
                  allowClear={false}
                  style={{ flex: 1 }}
                  aria-label={t("overview.filters.range")}
                  onChange={(range) => {
                    const [from, to] = range ?? [];
                    if (from && to)
                      onChange({
                        ...view,
                        period: "custom",
                        from: from.format("YYYY-MM-DD"),
                        to: to.format("YYYY-MM-DD"),
                      });
                  }}
                />
              </Space.Compact>
            </Form.Item>
          </Col>
          <Col xs={24} md={12} lg={6} xxl={3}>
            <Form.Item label={t("overview.filters.region")} {...item}>
              <Select
                value={view.region ?? null}
                options={vocabulary.regionOptions}
                allowClear
                placeholder={t("overview.filters.anyRegion")}
                onChange={(v: Region | undefined) => set("region", v)}
                data-testid="overview-region"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} lg={6} xxl={3}>
            <Form.Item label={t("overview.filters.country")} {...item}>
              <Select
                {...countries.selectProps}
                value={view.countryCode ?? null}
                placeholder={t("overview.filters.anyCountry")}
                onChange={(v: string | undefined) => set("countryCode", v)}
                data-testid="overview-country"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} lg={9} xxl={4}>
            <Form.Item label={t("overview.filters.crimeAreas")} {...item}>
              <Select
                {...crimeAreas.selectProps}
                mode="multiple"
                allowClear
                maxTagCount="responsive"
                value={view.crimeAreas ?? []}
                placeholder={t("overview.filters.anyCrimeArea")}
                onChange={(v: string[]) => set("crimeAreas", v)}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} lg={9} xxl={4}>
            <Form.Item label={t("overview.filters.channels")} {...item}>
              <Select
                mode="multiple"
                allowClear
                maxTagCount="responsive"
                options={channels.options}
                optionFilterProp="label"
                value={view.channels ?? []}
                placeholder={t("overview.filters.anyChannel")}
                onChange={(v: string[]) => set("channels", v)}
              />
            </Form.Item>
          </Col>
          <Col xs={24} lg={6} xxl={2}>
            <Form.Item label=" " colon={false} {...item}>
              <Button
                block
                onClick={() =>
                  onChange(
                    { period: DEFAULT_PERIOD, ...resolvePreset(DEFAULT_PERIOD, today), layer: view.layer },
                    { push: true },
                  )
                }
              >
                {t("buttons.clear")}
              </Button>
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {tags.length > 0 && (
        <Space wrap size={[4, 4]} data-testid="overview-filter-tags">
          <Typography.Text type="secondary">{t("overview.filters.active")}</Typography.Text>
          {tags.map((tag) => (
            <Tag
              key={tag.key}
              closable
              color="blue"
              onClose={(e) => {
                e.preventDefault();
                tag.onClose();
              }}
              closeIcon={<CloseOutlined aria-label={t("overview.filters.remove", { filter: tag.label })} />}
              data-testid={`filter-tag-${tag.key}`}
            >
              {tag.label}
            </Tag>
          ))}
        </Space>
      )}
    </Card>
  );
}
