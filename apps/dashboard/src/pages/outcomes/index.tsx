import { type CrudFilter, type CrudSort, useGo, useTranslate } from "@refinedev/core";
import { Col, Row, Space, Typography } from "antd";
import { useMemo } from "react";
import { FilterBar } from "../../components/filter-bar/filter-bar";
import { PageList } from "../../components/page-list";
import { useProcedure } from "../../providers/procedures";
import { ByCrimeAreaChart } from "./by-crime-area-chart";
import { ByYearChart } from "./by-year-chart";
import { useOutcomeFilterFields } from "./filter-fields";
import { OutcomeKpiCards } from "./kpis";
import { rankedDrillDown, toApiFilters, toOperationListFilters } from "./search";
import { TopOperations } from "./top-operations";
import { useOutcomeView } from "./use-outcomes";

/** Charts keep their last answer while new filters load (no flash of empty charts). */
const CHART = { keepPrevious: true };

/**
 * /outcomes: what the operations achieved, as published. Filters live in the URL (shareable);
 * clicking a crime area in a chart narrows every card to it, and each card opens the operations
 * list with the same filters.
 */
export function Outcomes() {
  const t = useTranslate();
  const go = useGo();
  const { view, update, updateFilters, flush } = useOutcomeView();
  const fields = useOutcomeFilterFields();
  const filters = useMemo(() => toApiFilters(view.filters), [view.filters]);

  const kpis = useProcedure("outcomes.kpis", filters, CHART);
  const byYear = useProcedure("outcomes.byYear", { ...filters, figure: view.figure }, CHART);
  const byArea = useProcedure("outcomes.byCrimeArea", filters, CHART);
  const top = useProcedure("outcomes.topOperations", { ...filters, figure: view.top, limit: 10 }, CHART);

  // Through the router provider, so the values are encoded like every other table URL.
  const drill = (list: { filters: CrudFilter[]; sorters?: CrudSort[] }) =>
    go({ to: "/operations", query: list, type: "push" });
  const drillAll = () => drill({ filters: toOperationListFilters(view.filters) });
  // Cross-filter: a click on a crime area narrows the whole page to it (Back undoes it).
  const selectArea = (area: string) =>
    update({ filters: { ...view.filters, crimeAreas: [area] } }, { push: true });

  return (
    <PageList title={t("outcomes.titles.list")} headerButtons={() => null}>
      <Space direction="vertical" size="middle" style={{ width: "100%" }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t("outcomes.intro")}
        </Typography.Paragraph>
        <FilterBar
          testId="outcome-filters"
          card
          fields={fields}
          values={view.filters}
          onChange={updateFilters}
          onFlush={flush}
          onClear={() => update({ filters: {} })}
          clearDisabled={Object.keys(view.filters).length === 0}
        />
        <OutcomeKpiCards kpis={kpis.data} loading={kpis.loading} />
        <ByYearChart
          rows={byYear.data ?? []}
          figure={view.figure}
          range={view.filters}
          loading={byYear.loading}
          error={byYear.error}
          onFigure={(figure) => update({ figure })}
          onSelectArea={selectArea}
          onDrill={drillAll}
        />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <ByCrimeAreaChart
              rows={byArea.data ?? []}
              loading={byArea.loading}
              error={byArea.error}
              onSelectArea={selectArea}
              onDrill={drillAll}
            />
          </Col>
          <Col xs={24} xl={12}>
            <TopOperations
              rows={top.data ?? []}
              figure={view.top}
              loading={top.loading}
              error={top.error}
              onFigure={(figure) => update({ top: figure })}
              onDrill={() => drill(rankedDrillDown(view.filters, view.top))}
            />
          </Col>
        </Row>
      </Space>
    </PageList>
  );
}
