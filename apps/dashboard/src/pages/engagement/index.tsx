import { UploadOutlined } from "@ant-design/icons";
import { useCan, useGo, useTranslate } from "@refinedev/core";
import { Button, Col, Row, Space, Typography } from "antd";
import { useMemo } from "react";
import { ChartFrameProvider } from "../../components/chart-card";
import { useCountrySelect } from "../../components/countries";
import { useNumberLocale } from "../../components/figure";
import { PageList } from "../../components/page-list";
import { useProcedure } from "../../providers/procedures";
import { describeEngagementFilters } from "./caption";
import { HashtagCard, RateCard, TimelineCard } from "./charts";
import { EngagementFilterBar } from "./filter-bar";
import { EngagementKpis } from "./kpis";
import { SampleBanner } from "./sample-banner";
import { toApiFilters, todayUtc } from "./search";
import { ShareCard } from "./share-chart";
import { TopPosts } from "./top-posts";
import { useChannelSources, useChannels, useEngagementView } from "./use-engagement";

/** Charts keep their last answer while a new period loads (no flash of empty charts). */
const CHART = { keepPrevious: true };

/**
 * /engagement: the campaign's audience figures over time. Filters live in the URL (shareable).
 * The demo's figures are generated sample data (no audience figure was ever published), which the
 * page says in a banner and on every card that shows any. Every chart exports (PNG, SVG, CSV) with
 * the page's filters as caption and the data's source (sample, or imported) as source line.
 */
export function Engagement() {
  const t = useTranslate();
  const go = useGo();
  const { view, update } = useEngagementView();
  const today = todayUtc();
  const filters = useMemo(() => toApiFilters(view, today), [view, today]);
  const granularity = view.granularity ? { granularity: view.granularity } : {};
  const { data: canImport } = useCan({ resource: "engagement", action: "import" });
  const channels = useChannels();
  const locale = useNumberLocale();
  const countries = useCountrySelect();

  const series = useProcedure("engagement.series", { filters, metric: view.metric, ...granularity }, CHART);
  const rate = useProcedure(
    "engagement.series",
    { filters, metric: "engagementRate", ...granularity },
    CHART,
  );
  const hashtags = useProcedure(
    "engagement.series",
    { filters, metric: "hashtagMentions", ...granularity },
    CHART,
  );
  const totals = useProcedure("engagement.totals", filters, CHART);
  const markers = useProcedure("engagement.markers", filters, CHART);
  const sources = useChannelSources(filters, totals.data);
  const sample = [series, rate, hashtags, totals].some((q) => q.data?.sample);
  const effective = series.data && { granularity: series.data.granularity, requested: series.data.requested };
  const caption = describeEngagementFilters(view, today, effective, {
    translate: t,
    locale,
    channel: channels.label,
    country: (code) => countries.countryName(code) ?? code,
  });
  const source = t(sample ? "engagement.sources.sample" : "engagement.sources.imported");

  return (
    <PageList
      title={t("engagement.titles.list")}
      headerButtons={() =>
        canImport?.can ? (
          <Button
            icon={<UploadOutlined />}
            onClick={() => go({ to: "/engagement/import" })}
            data-testid="import"
          >
            {t("engagement.import")}
          </Button>
        ) : null
      }
    >
      <Space direction="vertical" size="middle" style={{ width: "100%" }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t("engagement.intro")}
        </Typography.Paragraph>
        {sample && <SampleBanner sources={sources} channelLabel={channels.label} />}
        <EngagementFilterBar
          view={view}
          today={today}
          effective={effective}
          onChange={(patch) => update(patch)}
        />
        <EngagementKpis totals={totals.data} loading={totals.loading} />
        <ChartFrameProvider caption={caption} source={source}>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={16}>
              <TimelineCard
                series={series}
                markers={markers.data}
                metric={view.metric}
                onMetric={(metric) => update({ metric })}
                channelLabel={channels.label}
              />
            </Col>
            <Col xs={24} xl={8}>
              <ShareCard
                totals={totals.data}
                loading={totals.loading}
                error={totals.error}
                channelLabel={channels.label}
              />
            </Col>
            <Col xs={24} xl={12}>
              <RateCard series={rate} channelLabel={channels.label} />
            </Col>
            <Col xs={24} xl={12}>
              <HashtagCard series={hashtags} channelLabel={channels.label} />
            </Col>
          </Row>
        </ChartFrameProvider>
        <TopPosts filters={filters} countryChosen={!!view.countryCode} channelLabel={channels.label} />
      </Space>
    </PageList>
  );
}
