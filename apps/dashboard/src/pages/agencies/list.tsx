import { CreateButton, EditButton, getDefaultSortOrder, List, ShowButton, useTable } from "@refinedev/antd";
import { type HttpError, useCan, useLink, useTranslate } from "@refinedev/core";
import type { Agency } from "@tbc/types";
import { Card, Space, Table, Typography } from "antd";
import { StatusTag, useVocabulary } from "../../components/labels";
import { ExportCsvButton } from "../../export/export-csv-button";
import { ApproveButton } from "./approve-button";
import { AgencyFilterBar } from "./filter-bar";
import { type AgencySearch, toAgencyFilters } from "./filters";

export function AgencyList() {
  const t = useTranslate();
  const Link = useLink();
  const vocabulary = useVocabulary();
  const { data: canCreate } = useCan({ resource: "agencies", action: "create" });

  // Sort, filter and page on the server; the state lives in the URL so that a drill-down link or a
  // bookmark opens the same view (refine reads ?filters[0][field]=…&filters[0][operator]=…).
  const { tableProps, searchFormProps, sorters, filters, setFilters, setCurrentPage } = useTable<
    Agency,
    HttpError,
    AgencySearch
  >({
    resource: "agencies",
    syncWithLocation: true,
    sorters: { initial: [{ field: "name", order: "asc" }] },
    pagination: { pageSize: 20 },
    onSearch: (search) => toAgencyFilters(search),
  });

  const reset = () => {
    setFilters([], "replace");
    setCurrentPage(1);
  };

  return (
    <List
      headerButtons={() => (
        <Space>
          <ExportCsvButton
            resource="agencies"
            filters={filters}
            sorters={sorters}
            columns={(
              ["name", "acronym", "countryName", "region", "kind", "status", "pledgedOn"] as const
            ).map((key) => ({ key, label: t(`agencies.fields.${key}`) }))}
          />
          {canCreate?.can && <CreateButton resource="agencies" data-testid="create-agency" />}
        </Space>
      )}
    >
      <Card>
        <AgencyFilterBar
          searchFormProps={searchFormProps}
          filters={filters}
          onReset={reset}
          onRemove={(filter) => setFilters((current) => current.filter((f) => f !== filter))}
        />
        <Table<Agency>
          {...tableProps}
          rowKey="id"
          size="middle"
          data-testid="agencies-table"
          pagination={
            tableProps.pagination && {
              ...tableProps.pagination,
              showSizeChanger: true,
              pageSizeOptions: [10, 20, 50, 100],
            }
          }
        >
          <Table.Column<Agency>
            dataIndex="name"
            title={t("agencies.fields.name")}
            sorter
            defaultSortOrder={getDefaultSortOrder("name", sorters)}
            render={(_, r) => (
              <Space direction="vertical" size={0}>
                <Link to={`/agencies/show/${r.id}`}>{r.name}</Link>
                {r.acronym && <Typography.Text type="secondary">{r.acronym}</Typography.Text>}
              </Space>
            )}
          />
          <Table.Column<Agency>
            dataIndex="countryName"
            title={t("agencies.fields.countryName")}
            sorter
            defaultSortOrder={getDefaultSortOrder("countryName", sorters)}
            render={(_, r) =>
              r.countryName ?? <Typography.Text type="secondary">{t("agencies.noCountry")}</Typography.Text>
            }
          />
          <Table.Column<Agency>
            dataIndex="region"
            title={t("agencies.fields.region")}
            sorter
            defaultSortOrder={getDefaultSortOrder("region", sorters)}
            render={(_, r) => vocabulary.region(r.region)}
          />
          <Table.Column<Agency>
            dataIndex="kind"
            title={t("agencies.fields.kind")}
            sorter
            defaultSortOrder={getDefaultSortOrder("kind", sorters)}
            render={(_, r) => vocabulary.kind(r.kind)}
          />
          <Table.Column<Agency>
            dataIndex="status"
            title={t("agencies.fields.status")}
            sorter
            defaultSortOrder={getDefaultSortOrder("status", sorters)}
            render={(_, r) => <StatusTag status={r.status} />}
          />
          <Table.Column<Agency>
            dataIndex="pledgedOn"
            title={t("agencies.fields.pledgedOn")}
            sorter
            defaultSortOrder={getDefaultSortOrder("pledgedOn", sorters)}
            render={(_, r) => r.pledgedOn ?? t("common.none")}
          />
          <Table.Column<Agency>
            key="actions"
            title={t("agencies.fields.actions")}
            fixed="right"
            render={(_, r) => (
              <Space size={4}>
                <ShowButton hideText size="small" recordItemId={r.id} resource="agencies" />
                <EditButton hideText size="small" recordItemId={r.id} resource="agencies" />
                <ApproveButton record={r} size="small" hideText />
              </Space>
            )}
          />
        </Table>
      </Card>
    </List>
  );
}
