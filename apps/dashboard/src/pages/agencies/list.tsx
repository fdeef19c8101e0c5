import { CreateButton, EditButton, getDefaultSortOrder, ShowButton } from "@refinedev/antd";
import { type CrudFilter, type CrudSort, useCan, useLink, useTranslate } from "@refinedev/core";
import type { Agency } from "@tbc/types";
import { Card, Space, Table, Typography } from "antd";
import { useCountryName, useCountrySelect } from "../../components/countries";
import { FilterBar, type FilterField } from "../../components/filter-bar/filter-bar";
import { bind, useListFilters } from "../../components/filter-bar/list-filters";
import { StatusTag, useVocabulary } from "../../components/labels";
import { useListPagination } from "../../components/list-total";
import { PageList } from "../../components/page-list";
import { ExportCsvButton } from "../../export/export-csv-button";
import { useUrlTable } from "../../hooks/use-url-table";
import { ApproveButton } from "./approve-button";

const SORTERS: CrudSort[] = [{ field: "name", order: "asc" }];
const BINDINGS = [
  bind("name", "name", "contains"),
  bind("countryCode", "countryCode", "eq"),
  bind("region", "region", "eq"),
  bind("kind", "kind", "in"),
  bind("status", "status", "in"),
];

// biome-ignore lint/complexity/noExcessiveLinesPerFunction: the table's columns are declared inline, as antd reads best
export function AgencyList() {
  const t = useTranslate();
  const localName = useCountryName();
  const Link = useLink();
  const vocabulary = useVocabulary();
  const countries = useCountrySelect();
  const { data: canCreate } = useCan({ resource: "agencies", action: "create" });

  // Sort, filter and page on the server; the state lives in the URL so that a drill-down link or a
  // bookmark opens the same view (?filters[0][field]=…&filters[0][operator]=…).
  const { tableProps, sorters, filters, setFilters, flush } = useUrlTable<Agency>({
    resource: "agencies",
    initialSorters: SORTERS,
    pageSize: 20,
  });
  const bar = useListFilters(filters, BINDINGS, setFilters);
  // Filters the fields cannot show (a drill-down to "no region"): removable tags.
  const describe = (f: CrudFilter) => {
    if (!("field" in f)) return t("agencies.filters.other");
    const field = t(`agencies.fields.${f.field}`);
    if (f.operator === "null") return t("agencies.filters.isNone", { field });
    return t("agencies.filters.generic", { field, operator: f.operator, value: String(f.value) });
  };
  const label = (key: string) => t(`agencies.fields.${key}`);
  const fields: FilterField[] = [
    {
      type: "text",
      key: "name",
      label: label("name"),
      placeholder: t("agencies.filters.name"),
      col: { xs: 24, md: 12, xl: 6 },
    },
    {
      type: "select",
      key: "countryCode",
      label: label("countryCode"),
      placeholder: t("agencies.filters.country"),
      select: countries.selectProps,
      col: { xs: 24, md: 12, xl: 5 },
    },
    {
      type: "select",
      key: "region",
      label: label("region"),
      placeholder: t("agencies.filters.region"),
      select: { options: vocabulary.regionOptions },
      col: { xs: 24, md: 8, xl: 4 },
    },
    {
      type: "select",
      key: "kind",
      multiple: true,
      label: label("kind"),
      placeholder: t("agencies.filters.kind"),
      select: { options: vocabulary.kindOptions, optionFilterProp: "label" },
      col: { xs: 24, md: 8, xl: 4 },
    },
    {
      type: "select",
      key: "status",
      multiple: true,
      label: label("status"),
      placeholder: t("agencies.filters.status"),
      select: { options: vocabulary.statusOptions },
      col: { xs: 24, md: 8, xl: 3 },
    },
  ];

  const pagination = useListPagination(tableProps.pagination, {
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
  });
  return (
    <PageList
      headerButtons={() => (
        <Space wrap>
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
        <FilterBar
          testId="agency-filters"
          fields={fields}
          values={bar.values}
          onChange={bar.onChange}
          onFlush={flush}
          onClear={() => setFilters([])}
          tags={bar.extra.map((f) => ({
            key: JSON.stringify(f),
            label: describe(f),
            onClose: () => bar.remove(f),
          }))}
        />
        <Table<Agency>
          scroll={{ x: "max-content" }}
          {...tableProps}
          rowKey="id"
          size="middle"
          data-testid="agencies-table"
          pagination={pagination}
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
              localName(r.countryCode, r.countryName) ?? (
                <Typography.Text type="secondary">{t("agencies.noCountry")}</Typography.Text>
              )
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
                <ShowButton
                  hideText
                  size="small"
                  recordItemId={r.id}
                  resource="agencies"
                  aria-label={t("a11y.actions.view", { name: r.name })}
                />
                <EditButton
                  hideText
                  size="small"
                  recordItemId={r.id}
                  resource="agencies"
                  aria-label={t("a11y.actions.edit", { name: r.name })}
                />
                <ApproveButton record={r} size="small" hideText />
              </Space>
            )}
          />
        </Table>
      </Card>
    </PageList>
  );
}
