import { UploadOutlined } from "@ant-design/icons";
import { CreateButton, EditButton, getDefaultSortOrder } from "@refinedev/antd";
import { type CrudFilter, type CrudSort, useCan, useGo, useLink, useTranslate } from "@refinedev/core";
import { type Operation, type OperationFigure, REGIONS, type Region } from "@tbc/types";
import { Button, Card, Space, Table, Tooltip } from "antd";
import { useCountrySelect } from "../../components/countries";
import { CrimeAreaTag, useCrimeAreaSelect } from "../../components/crime-areas";
import { Figure, useNumberLocale } from "../../components/figure";
import { FilterBar, type FilterField } from "../../components/filter-bar/filter-bar";
import { bind, bindRange, useListFilters } from "../../components/filter-bar/list-filters";
import { formatPeriod } from "../../components/format";
import { useVocabulary } from "../../components/labels";
import { useListPagination } from "../../components/list-total";
import { PageList } from "../../components/page-list";
import { ExportCsvButton } from "../../export/export-csv-button";
import { useUrlTable } from "../../hooks/use-url-table";
import { ReliabilityTag, useReliabilityOptions } from "./reliability";

const SORTERS: CrudSort[] = [{ field: "editionYear", order: "desc" }];
const BINDINGS = [
  bind("name", "name", "contains"),
  bind("crimeArea", "crimeArea", "in"),
  bindRange(["yearFrom", "yearTo"], "editionYear"),
  bind("region", "countryRegion", "eq"),
  bind("countryCode", "countryCode", "eq"),
  bind("reliability", "reliability", "in"),
];

/** The bar's fields (column spans as the page has always had them). */
function useOperationFilterFields(): FilterField[] {
  const t = useTranslate();
  const vocabulary = useVocabulary();
  const countries = useCountrySelect();
  const crimeAreas = useCrimeAreaSelect();
  const reliability = useReliabilityOptions();
  const label = (key: string) => t(`operations.fields.${key}`);
  return [
    {
      type: "text",
      key: "name",
      label: label("name"),
      placeholder: t("operations.filters.name"),
      col: { xs: 24, md: 12, xl: 4 },
    },
    {
      type: "select",
      key: "crimeArea",
      multiple: true,
      label: label("crimeArea"),
      placeholder: t("operations.filters.crimeArea"),
      select: crimeAreas.selectProps,
      col: { xs: 24, md: 12, xl: 5 },
    },
    {
      type: "numberRange",
      keys: ["yearFrom", "yearTo"],
      label: label("editionYear"),
      placeholders: [t("operations.filters.yearFrom"), t("operations.filters.yearTo")],
      min: 1990,
      max: 2100,
      col: { xs: 24, md: 8, xl: 4 },
    },
    {
      type: "select",
      key: "region",
      label: label("countryRegion"),
      placeholder: t("operations.filters.region"),
      select: { options: vocabulary.regionOptions },
      col: { xs: 24, md: 8, xl: 4 },
    },
    {
      type: "select",
      key: "countryCode",
      label: label("countryCode"),
      placeholder: t("operations.filters.country"),
      select: countries.selectProps,
      col: { xs: 24, md: 8, xl: 4 },
    },
    {
      type: "select",
      key: "reliability",
      multiple: true,
      label: label("reliability"),
      placeholder: t("operations.filters.reliability"),
      select: { options: reliability, optionLabelProp: "value", popupMatchSelectWidth: false },
      col: { xs: 24, md: 8, xl: 3 },
    },
  ];
}

const FIGURES: { field: OperationFigure; kind: "count" | "usd"; width: number }[] = [
  { field: "raids", kind: "count", width: 76 },
  { field: "arrests", kind: "count", width: 90 },
  { field: "underInvestigation", kind: "count", width: 140 },
  { field: "seizedValueUsd", kind: "usd", width: 108 },
];

// biome-ignore lint/complexity/noExcessiveLinesPerFunction: the table's columns are declared inline, as antd reads best
export function OperationList() {
  const t = useTranslate();
  const vocabulary = useVocabulary();
  const Link = useLink();
  const go = useGo();
  const locale = useNumberLocale();
  const { data: canCreate } = useCan({ resource: "operations", action: "create" });
  const { data: canImport } = useCan({ resource: "operations", action: "import" });
  const { data: canEdit } = useCan({ resource: "operations", action: "edit" });

  // Sorted, filtered and paged on the server; the state lives in the URL (drill-downs, bookmarks).
  const { tableProps, sorters, filters, setFilters, flush } = useUrlTable<Operation>({
    resource: "operations",
    initialSorters: SORTERS,
    pageSize: 20,
  });
  const fields = useOperationFilterFields();
  const bar = useListFilters(filters, BINDINGS, setFilters);
  // Filters the fields cannot show (a drill-down's "arrests: published"): removable tags.
  const describe = (f: CrudFilter) => {
    if (!("field" in f)) return t("operations.filters.other");
    const field = t(`operations.fields.${f.field}`);
    if (f.operator === "nnull") return t("operations.filters.isSet", { field });
    return t("operations.filters.generic", { field, operator: f.operator, value: String(f.value) });
  };
  const sortable = (field: string) => ({
    sorter: true,
    defaultSortOrder: getDefaultSortOrder(field, sorters),
  });

  const pagination = useListPagination(tableProps.pagination, {
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
  });
  return (
    <PageList
      headerButtons={() => (
        <Space wrap>
          <ExportCsvButton
            resource="operations"
            filters={filters}
            sorters={sorters}
            columns={[
              { key: "name", label: t("operations.fields.name") },
              { key: "editionYear", label: t("operations.fields.year") },
              { key: "periodStart", label: t("operations.fields.periodStart") },
              { key: "periodEnd", label: t("operations.fields.periodEnd") },
              { key: "crimeArea", label: t("operations.fields.crimeArea") },
              { key: "region", label: t("operations.fields.regionShort") },
              ...FIGURES.map(({ field }) => ({ key: field, label: t(`operations.fields.${field}`) })),
              { key: "reliability", label: t("operations.fields.grade") },
            ]}
          />
          {canImport?.can && (
            <Button
              icon={<UploadOutlined />}
              onClick={() => go({ to: "/operations/import" })}
              data-testid="import"
            >
              {t("operations.import")}
            </Button>
          )}
          {canCreate?.can && <CreateButton resource="operations" data-testid="create-operation" />}
        </Space>
      )}
    >
      <Card>
        <FilterBar
          testId="operation-filters"
          fields={fields}
          values={bar.values}
          onChange={bar.onChange}
          onFlush={flush}
          onClear={() => setFilters([])}
          clear="tags"
          tags={bar.extra.map((f) => ({
            key: JSON.stringify(f),
            label: describe(f),
            onClose: () => bar.remove(f),
          }))}
        />
        <Table<Operation>
          {...tableProps}
          rowKey="id"
          size="small"
          scroll={{ x: 1140 }}
          data-testid="operations-table"
          pagination={pagination}
        >
          <Table.Column<Operation>
            dataIndex="name"
            title={t("operations.fields.name")}
            {...sortable("name")}
            width={132}
            render={(_, r) => <Link to={`/operations/show/${r.id}`}>{r.name}</Link>}
          />
          <Table.Column<Operation>
            dataIndex="editionYear"
            title={
              <Tooltip title={t("operations.fields.editionYear")}>{t("operations.fields.year")}</Tooltip>
            }
            {...sortable("editionYear")}
            width={70}
          />
          <Table.Column<Operation>
            dataIndex="periodStart"
            title={t("operations.fields.period")}
            width={142}
            render={(_, r) => (
              <span style={{ whiteSpace: "nowrap" }}>
                {formatPeriod(r.periodStart, r.periodEnd, locale) ?? t("common.none")}
              </span>
            )}
          />
          <Table.Column<Operation>
            dataIndex="crimeArea"
            title={t("operations.fields.crimeArea")}
            {...sortable("crimeArea")}
            width={140}
            render={(_, r) => <CrimeAreaTag code={r.crimeArea} />}
          />
          <Table.Column<Operation>
            dataIndex="region"
            title={
              <Tooltip title={t("operations.fields.region")}>{t("operations.fields.regionShort")}</Tooltip>
            }
            {...sortable("region")}
            width={110}
            // The source's words; one of INTERPOL's regions is shown in the page's language.
            render={(_, r) =>
              r.region === null
                ? t("common.none")
                : (REGIONS as readonly string[]).includes(r.region)
                  ? vocabulary.region(r.region as Region)
                  : r.region
            }
          />
          {FIGURES.map(({ field, kind, width }) => (
            <Table.Column<Operation>
              key={field}
              dataIndex={field}
              width={width}
              align="right"
              title={t(`operations.fields.${field}`)}
              {...sortable(field)}
              render={(_, r) => <Figure value={r[field]} kind={kind} compact />}
            />
          ))}
          <Table.Column<Operation>
            dataIndex="reliability"
            title={
              <Tooltip title={t("operations.fields.reliability")}>{t("operations.fields.grade")}</Tooltip>
            }
            {...sortable("reliability")}
            align="center"
            width={88}
            render={(_, r) => <ReliabilityTag grade={r.reliability} />}
          />
          {/* The name opens the operation; editing is the one row action (staff and above). */}
          {canEdit?.can && (
            <Table.Column<Operation>
              key="actions"
              fixed="right"
              width={44}
              render={(_, r) => (
                <EditButton
                  hideText
                  size="small"
                  recordItemId={r.id}
                  resource="operations"
                  aria-label={t("a11y.actions.edit", { name: r.name })}
                />
              )}
            />
          )}
        </Table>
      </Card>
    </PageList>
  );
}
