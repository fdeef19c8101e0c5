import { type CrudFilter, useGo, useTranslate } from "@refinedev/core";
import { Card, Col, Row, Statistic } from "antd";
import { useMemo } from "react";
import { PageList } from "../../components/page-list";
import { useProcedure } from "../../providers/procedures";
import { CountryTable } from "./country-table";
import { RegionChart } from "./region-chart";

/**
 * Where the campaign stands: how many agencies support it, where. One pre-aggregated call
 * (agencies.byCountry); every bar and row drills down to the matching agencies list.
 */
export function AgenciesByCountry() {
  const t = useTranslate();
  const go = useGo();
  const query = useProcedure("agencies.byCountry", undefined, { toastErrors: true });
  const data = query.data;

  const kpis = useMemo(() => {
    const byRegion = data?.byRegion ?? [];
    return {
      active: byRegion.reduce((n, r) => n + r.active, 0),
      registered: byRegion.reduce((n, r) => n + r.total, 0),
      countries: byRegion.reduce((n, r) => n + r.countries, 0),
      regions: byRegion.filter((r) => r.region !== null && r.active > 0).length,
    };
  }, [data]);

  // Through the router provider, so the values are encoded like every other table URL.
  const drill = (filters: CrudFilter[]) => go({ to: "/agencies", query: { filters }, type: "push" });
  const loading = query.loading;

  return (
    <PageList title={t("agencies-by-country.titles.list")} headerButtons={() => null}>
      <Row gutter={[16, 16]} data-testid="kpis">
        {(
          [
            ["active", kpis.active],
            ["registered", kpis.registered],
            ["countries", kpis.countries],
            ["regions", kpis.regions],
          ] as const
        ).map(([key, value]) => (
          <Col key={key} xs={12} lg={6}>
            <Card size="small" data-testid={`kpi-${key}`}>
              <Statistic title={t(`agencies-by-country.kpis.${key}`)} value={value} loading={loading} />
            </Card>
          </Col>
        ))}
        <Col xs={24} xl={12}>
          <RegionChart rows={data?.byRegion ?? []} loading={loading} onSelect={drill} />
        </Col>
        <Col xs={24} xl={12}>
          <CountryTable rows={data?.byCountry ?? []} loading={loading} onSelect={drill} />
        </Col>
      </Row>
    </PageList>
  );
}
