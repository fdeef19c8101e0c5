import { type CrudFilter, useGo, useTranslate } from "@refinedev/core";
import { Col, Row, Space } from "antd";
import { lazy, memo, Suspense, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { useNavigate } from "react-router";
import { ChartFrameProvider, ChartRegistry } from "../../components/chart-card";
import { useCountryNames } from "../../components/countries";
import { useCrimeAreaLabel } from "../../components/crime-areas";
import { useNumberLocale } from "../../components/figure";
import { useVocabulary } from "../../components/labels";
import { PageList } from "../../components/page-list";
import { useStableCallback } from "../../hooks/use-stable-callback";
import { useProcedure } from "../../providers/procedures";
import { describeFilters } from "./caption";
import { agencyDrillFilters, engagementDrillUrl, operationDrillFilters } from "./drill";
import { EngagementCard as EngagementChart } from "./engagement-card";
import { OverviewKpiCards as KpiCards } from "./kpis";
import { JustUpdated, RefreshControl, useOverviewRefresh } from "./live";
import { MapCard as MapChart } from "./map-card";
import { OutcomesCard as OutcomesChart } from "./outcomes-card";
import { CHART, overviewQueries } from "./queries";
import { RegionCard as RegionChart } from "./region-card";
import { REPORT_CHARTS, ReportButton } from "./report-button";
import { type FilterKey, toOutcomeFilters, toOverviewFilters, withFilter } from "./search";
import { useOverviewView } from "./use-overview";

// Drawing a recharts chart costs tens of ms of main thread; the page renders again for every answer
// that comes in (the live state, the countries' and channels' names): the charts are memoized,
// their props kept stable (handlers through useStableCallback, one empty list), so that they are
// drawn again only when their own data changes.
const MapCard = memo(MapChart);
const RegionCard = memo(RegionChart);
const OutcomesCard = memo(OutcomesChart);
const EngagementCard = memo(EngagementChart);
const OverviewKpiCards = memo(KpiCards);
const NO_VALUES: never[] = [];

// The filter bar is antd's Form, Select and Input (≈ 60 kB gzip, more than the KPIs and the map
// together): it loads once every chart is drawn, so that the figures and charts neither wait for
// controls nobody has used yet nor share the network and the main thread with them. Until then a
// box of its height holds its place. (It came seconds after the drawing when every answer arriving
// redrew every chart: the charts are memoized above.)
const OverviewFilterBar = lazy(() => import("./filter-bar").then((m) => ({ default: m.OverviewFilterBar })));
/** The bar's height on a laptop's screen (1440 px: two rows), so that the charts stay put when it comes. */
const FILTER_BAR_HEIGHT = 166;
const FILTERS_PLACEHOLDER = (
  <div data-testid="overview-filters-loading" style={{ minHeight: FILTER_BAR_HEIGHT }} />
);

/**
 * `/`, the landing page: where the campaign stands for leadership. One filter bar (in the URL)
 * drives every KPI and chart; a click on a country, a bar or a legend entry filters the whole page;
 * every card exports (PNG, SVG, CSV) and opens the list behind it; Report makes a PDF of the page.
 */
// biome-ignore lint/complexity/noExcessiveLinesPerFunction: the page's layout: every card with the query it shows, in reading order
export function Overview() {
  const t = useTranslate();
  const go = useGo();
  const navigate = useNavigate();
  const locale = useNumberLocale();
  const vocabulary = useVocabulary();
  const countryName = useCountryNames();
  const areaLabel = useCrimeAreaLabel();
  const { view, update, today } = useOverviewView();
  const years = useMemo(() => toOutcomeFilters(view), [view]);
  const filters = useMemo(() => toOverviewFilters(view), [view]);

  const queries = useMemo(() => overviewQueries(view), [view]);
  const kpis = useProcedure("overview.kpis", queries.kpis, CHART);
  const map = useProcedure("overview.map", queries.map, CHART);
  const agencies = useProcedure("overview.map", queries.agencies, CHART);
  const outcomes = useProcedure("outcomes.byYear", queries.outcomes, CHART);
  const engagement = useProcedure("engagement.series", queries.engagement, CHART);
  const channelList = useProcedure("channels.list", undefined, CHART);
  const live = useOverviewRefresh([kpis, map, agencies, outcomes, engagement, channelList]);
  const channels = useMemo(() => {
    const names = new Map((channelList.data?.data ?? []).map((c) => [c.code, c.label]));
    return {
      options: [...names].map(([value, label]) => ({ value, label })),
      label: (code: string) => names.get(code) ?? code,
    };
  }, [channelList.data]);

  const caption = describeFilters(view, {
    translate: t,
    locale,
    region: (r) => vocabulary.region(r as Parameters<typeof vocabulary.region>[0]),
    country: (c) => countryName(c) ?? c,
    crimeArea: areaLabel,
    channel: channels.label,
  });
  const sample = !!(kpis.data?.current.engagementSample || engagement.data?.sample);
  const sources = {
    agencies: t("overview.sources.agencies"),
    operations: t("overview.sources.operations"),
    engagement: t(sample ? "overview.sources.engagementSample" : "overview.sources.engagement"),
  };
  const registry = useMemo(() => new ChartRegistry(), []);
  const filtersWanted = useFiltersWanted(registry);

  // A click on a chart narrows the whole page (Back undoes it); drill-downs open the lists.
  const select = (key: FilterKey, value: string | string[]) =>
    update(withFilter(view, key, value), { push: true });
  const drill = (to: string, list: CrudFilter[]) => go({ to, query: { filters: list }, type: "push" });
  const drillAgencies = useStableCallback(() => drill("/agencies", agencyDrillFilters(view)));
  const drillOperations = useStableCallback(() => drill("/operations", operationDrillFilters(view)));
  const on = {
    layer: useStableCallback((layer: typeof view.layer) => update({ ...view, layer })),
    country: useStableCallback((code: string) => select("countryCode", code)),
    region: useStableCallback((region: string) => select("region", region)),
    area: useStableCallback((area: string) => select("crimeAreas", [area])),
    channel: useStableCallback((channel: string) => select("channels", [channel])),
    engagementDrill: useStableCallback(() => navigate(engagementDrillUrl(view))),
  };

  return (
    <PageList
      title={t("overview.titles.list")}
      headerButtons={() => (
        <Space wrap>
          <JustUpdated visible={live.justUpdated} />
          <RefreshControl
            updatedAt={live.updatedAt}
            fetching={live.fetching}
            onRefresh={() => void live.refresh()}
          />
          <ReportButton
            registry={registry}
            view={view}
            caption={caption}
            kpis={kpis.data}
            sources={[sources.operations, sources.agencies, ...(sample ? [sources.engagement] : [])]}
          />
        </Space>
      )}
    >
      <ChartFrameProvider caption={caption} registry={registry}>
        <Space direction="vertical" size="middle" style={{ width: "100%" }}>
          {filtersWanted ? (
            <Suspense fallback={FILTERS_PLACEHOLDER}>
              <OverviewFilterBar view={view} today={today} channels={channels} onChange={update} />
            </Suspense>
          ) : (
            FILTERS_PLACEHOLDER
          )}
          <OverviewKpiCards kpis={kpis.data} loading={kpis.loading} filters={filters} />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={14}>
              <MapCard
                layer={view.layer}
                values={map.data ?? NO_VALUES}
                loading={map.loading}
                error={map.error}
                selected={view.countryCode}
                onLayer={on.layer}
                onSelectCountry={on.country}
                onDrill={view.layer === "agencies" ? drillAgencies : drillOperations}
                source={view.layer === "agencies" ? sources.agencies : sources.operations}
              />
            </Col>
            <Col xs={24} xl={10}>
              <RegionCard
                values={agencies.data ?? NO_VALUES}
                loading={agencies.loading}
                error={agencies.error}
                onSelectRegion={on.region}
                onDrill={drillAgencies}
                source={sources.agencies}
              />
            </Col>
            <Col xs={24} xl={12}>
              <OutcomesCard
                rows={outcomes.data ?? NO_VALUES}
                range={years}
                loading={outcomes.loading}
                error={outcomes.error}
                onSelectArea={on.area}
                onDrill={drillOperations}
                source={sources.operations}
              />
            </Col>
            <Col xs={24} xl={12}>
              <EngagementCard
                series={engagement.data}
                loading={engagement.loading}
                error={engagement.error}
                channelLabel={channels.label}
                onSelectChannel={on.channel}
                onDrill={on.engagementDrill}
                source={sources.engagement}
              />
            </Col>
          </Row>
        </Space>
      </ChartFrameProvider>
    </PageList>
  );
}

/** A bound on the wait for the charts, should one never say it is drawn: the filters come anyway. */
const FILTERS_AT_THE_LATEST_MS = 10_000;

/** True once every overview chart is drawn (or after FILTERS_AT_THE_LATEST_MS), and from then on. */
function useFiltersWanted(registry: ChartRegistry): boolean {
  const drawn = useSyncExternalStore(registry.subscribe, () =>
    REPORT_CHARTS.every((id) => registry.isDrawn(id)),
  );
  const [late, setLate] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setLate(true), FILTERS_AT_THE_LATEST_MS);
    return () => clearTimeout(timer);
  }, []);
  return drawn || late;
}
