import { InfoCircleOutlined } from "@ant-design/icons";
import { useTranslate } from "@refinedev/core";
import { CAMPAIGN_LAUNCH, type Granularity, MAX_SERIES_POINTS } from "@tbc/types";
import { Button, Col, DatePicker, Row, Segmented, Space, Tag, Tooltip, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useCountrySelect } from "../../components/countries";
import { useNumberLocale } from "../../components/figure";
import { FilterBar } from "../../components/filter-bar/filter-bar";
import { formatCount } from "../../components/format";
import { type EngagementView, PRESETS, type Preset, resolvePeriod } from "./search";
import { useChannels } from "./use-engagement";

type GranularityChoice = Granularity | "auto";

/** What the server did with the granularity: the one it used, and the one asked for if it differs. */
export type EffectiveGranularity = { granularity: Granularity; requested: Granularity | null };

function GranularityNote({ view, effective }: { view: EngagementView; effective?: EffectiveGranularity }) {
  const t = useTranslate();
  const locale = useNumberLocale();
  if (!effective) return null;
  const name = (g: Granularity) => t(`engagement.granularities.${g}`);
  const plural = (g: Granularity) => t(`engagement.granularityPlural.${g}`);
  return (
    <Space size={4} wrap data-testid="granularity-effective" data-granularity={effective.granularity}>
      <Tag color="blue" style={{ marginInlineEnd: 0 }}>
        {t("engagement.filters.shown", { granularity: name(effective.granularity).toLowerCase() })}
      </Tag>
      {!view.granularity && (
        <Typography.Text type="secondary">{t("engagement.filters.auto")}</Typography.Text>
      )}
      {effective.requested && (
        <Typography.Text type="warning" data-testid="granularity-coarsened">
          {t("engagement.filters.coarsened", {
            requested: name(effective.requested).toLowerCase(),
            granularity: plural(effective.granularity),
            max: formatCount(MAX_SERIES_POINTS, locale),
          })}
        </Typography.Text>
      )}
    </Space>
  );
}

/** The period: a preset (relative to today) or two fixed days. */
function PeriodField({
  view,
  today,
  onChange,
}: {
  view: EngagementView;
  today: string;
  onChange: (patch: Partial<EngagementView>) => void;
}) {
  const t = useTranslate();
  const range = resolvePeriod(view.period, today);
  const preset = "preset" in view.period ? view.period.preset : undefined;
  const pickRange = (dates: [Dayjs | null, Dayjs | null] | null) => {
    const [from, to] = dates ?? [];
    if (from && to) onChange({ period: { from: from.format("YYYY-MM-DD"), to: to.format("YYYY-MM-DD") } });
  };
  return (
    <Space wrap size={8}>
      <Segmented<Preset | "">
        options={PRESETS.map((p) => ({ value: p, label: t(`engagement.filters.presets.${p}`) }))}
        value={preset ?? ""}
        onChange={(p) => p && onChange({ period: { preset: p } })}
        data-testid="period-presets"
      />
      <DatePicker.RangePicker
        value={[dayjs(range.from), dayjs(range.to)]}
        format="YYYY-MM-DD"
        allowClear={false}
        minDate={dayjs(CAMPAIGN_LAUNCH).subtract(1, "year")}
        placeholder={[t("engagement.filters.from"), t("engagement.filters.to")]}
        onChange={(dates) => pickRange(dates as [Dayjs | null, Dayjs | null] | null)}
        data-testid="period-picker"
        style={{ width: 260 }}
      />
    </Space>
  );
}

/** The filters of the Engagement page (the shared FilterBar); every change goes to the URL at once. */
export function EngagementFilterBar({
  view,
  today,
  effective,
  onChange,
}: {
  view: EngagementView;
  today: string;
  effective?: EffectiveGranularity;
  onChange: (patch: Partial<EngagementView>) => void;
}) {
  const t = useTranslate();
  const channels = useChannels();
  const countries = useCountrySelect();
  const granularityOptions = (["auto", "day", "week", "month"] as const).map((g) => ({
    value: g,
    label: t(`engagement.granularities.${g}`),
  }));
  const clear = () =>
    onChange({ period: { preset: "launch" }, channels: [], countryCode: undefined, granularity: undefined });

  return (
    <FilterBar
      testId="engagement-filters"
      card
      clear="none"
      values={{ channels: view.channels, countryCode: view.countryCode }}
      onChange={(patch) =>
        onChange({
          ...("channels" in patch ? { channels: (patch.channels as string[] | undefined) ?? [] } : {}),
          ...("countryCode" in patch ? { countryCode: patch.countryCode as string | undefined } : {}),
        })
      }
      onClear={clear}
      fields={[
        {
          type: "custom",
          key: "period",
          label: t("engagement.filters.period"),
          render: () => <PeriodField view={view} today={today} onChange={onChange} />,
          col: { xs: 24, xl: 12 },
        },
        {
          type: "select",
          key: "channels",
          multiple: true,
          label: t("engagement.filters.channels"),
          placeholder: t("engagement.filters.allChannels"),
          select: { options: channels.options, loading: channels.loading, optionFilterProp: "label" },
          testId: "channel-select",
          col: { xs: 24, md: 12, xl: 6 },
        },
        {
          type: "select",
          key: "countryCode",
          label: (
            <span>
              {t("engagement.filters.country")}{" "}
              <Tooltip title={t("engagement.filters.countryHint")}>
                <InfoCircleOutlined aria-label={t("engagement.filters.countryHint")} />
              </Tooltip>
            </span>
          ),
          placeholder: t("engagement.filters.anyCountry"),
          select: countries.selectProps,
          testId: "country-select",
          col: { xs: 24, md: 12, xl: 6 },
        },
      ]}
      footer={
        <Row gutter={[12, 8]} align="middle" justify="space-between">
          <Col>
            <Space wrap size={12}>
              <Typography.Text>{t("engagement.filters.granularity")}</Typography.Text>
              <Segmented<GranularityChoice>
                options={granularityOptions}
                value={view.granularity ?? "auto"}
                onChange={(g) => onChange({ granularity: g === "auto" ? undefined : g })}
                data-testid="granularity-switch"
              />
              <GranularityNote view={view} effective={effective} />
            </Space>
          </Col>
          <Col>
            <Button onClick={clear}>{t("buttons.clear")}</Button>
          </Col>
        </Row>
      }
    />
  );
}
