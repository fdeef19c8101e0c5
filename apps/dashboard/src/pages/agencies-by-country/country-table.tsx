import type { CrudFilter } from "@refinedev/core";
import { useTranslate } from "@refinedev/core";
import type { AgenciesByCountry } from "@tbc/types";
import { Card, Table, Tooltip, Typography } from "antd";
import { useCountryName } from "../../components/countries";
import { useVocabulary } from "../../components/labels";
import { countryFilters } from "./drill-down";

type Row = AgenciesByCountry["byCountry"][number];

const byText = (a: string, b: string) => a.localeCompare(b);

/** Countries with at least one registered agency; small and pre-aggregated, so sorted in the browser. */
export function CountryTable({
  rows,
  loading,
  onSelect,
}: {
  rows: Row[];
  loading: boolean;
  onSelect: (filters: CrudFilter[]) => void;
}) {
  const t = useTranslate();
  const vocabulary = useVocabulary();
  const localName = useCountryName();
  const countryLabel = (r: Row) => localName(r.countryCode, r.countryName) ?? t("agencies.noCountry");

  return (
    <Card
      title={t("agencies-by-country.table.title")}
      extra={<Typography.Text type="secondary">{t("agencies-by-country.table.hint")}</Typography.Text>}
      styles={{ body: { padding: 0 } }}
      data-testid="country-table"
    >
      <Table<Row>
        scroll={{ x: "max-content" }}
        dataSource={rows}
        loading={loading}
        rowKey={(r) => r.countryCode ?? "none"}
        size="small"
        pagination={rows.length > 10 ? { pageSize: 10, size: "small", showSizeChanger: false } : false}
        onRow={(r) => ({
          onClick: () => onSelect(countryFilters(r.countryCode)),
          style: { cursor: "pointer" },
        })}
      >
        <Table.Column<Row>
          key="country"
          title={t("agencies-by-country.table.country")}
          sorter={(a, b) => byText(countryLabel(a), countryLabel(b))}
          render={(_, r) => countryLabel(r)}
        />
        <Table.Column<Row>
          key="region"
          title={t("agencies-by-country.table.region")}
          sorter={(a, b) => byText(vocabulary.region(a.region), vocabulary.region(b.region))}
          render={(_, r) => vocabulary.region(r.region)}
        />
        <Table.Column<Row>
          key="active"
          dataIndex="active"
          align="right"
          title={t("agencies-by-country.table.active")}
          sorter={(a, b) => a.active - b.active}
        />
        <Table.Column<Row>
          key="total"
          dataIndex="total"
          align="right"
          title={
            <Tooltip title={t("agencies-by-country.table.totalHint")}>
              {t("agencies-by-country.table.total")}
            </Tooltip>
          }
          sorter={(a, b) => a.total - b.total}
          defaultSortOrder="descend"
        />
      </Table>
    </Card>
  );
}
