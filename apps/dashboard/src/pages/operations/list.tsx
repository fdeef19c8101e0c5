import { UploadOutlined } from "@ant-design/icons";
import { CreateButton, EditButton, getDefaultSortOrder, List, useTable } from "@refinedev/antd";
import { type HttpError, useCan, useGo, useLink, useTranslate } from "@refinedev/core";
import type { Operation, OperationFigure } from "@tbc/types";
import { Button, Card, Space, Table, Tooltip } from "antd";
import { CrimeAreaTag } from "../../components/crime-areas";
import { Figure, useNumberLocale } from "../../components/figure";
import { formatPeriod } from "../../components/format";
import { ExportCsvButton } from "../../export/export-csv-button";
import { OperationFilterBar } from "./filter-bar";
import { type OperationSearch, toOperationFilters } from "./filters";
import { ReliabilityTag } from "./reliability";

const FIGURES: { field: OperationFigure; kind: "count" | "usd"; width: number }[] = [
  { field: "raids", kind: "count", width: 76 },
  { field: "arrests", kind: "count", width: 90 },
  { field: "underInvestigation", kind: "count", width: 140 },
  { field: "seizedValueUsd", kind: "usd", width: 108 },
];

export function OperationList() {
  const t = useTranslate();
  const Link = useLink();
  const go = useGo();
  const locale = useNumberLocale();
  const { data: canCreate } = useCan({ resource: "operations", action: "create" });
  const { data: canImport } = useCan({ resource: "operations", action: "import" });
  const { data: canEdit } = useCan({ resource: "operations", action: "edit" });

  // Sorted, filtered and paged on the server; the state lives in the URL (drill-downs, bookmarks).
  const { tableProps, searchFormProps, sorters, filters, setFilters, setCurrentPage } = useTable<
    Operation,
    HttpError,
    OperationSearch
  >({
    resource: "operations",
    syncWithLocation: true,
    sorters: { initial: [{ field: "editionYear", order: "desc" }] },
    pagination: { pageSize: 20 },
    onSearch: (search) => toOperationFilters(search),
  });

  const reset = () => {
    setFilters([], "replace");
    setCurrentPage(1);
  };
  const sortable = (field: string) => ({
    sorter: true,
    defaultSortOrder: getDefaultSortOrder(field, sorters),
  });

  return (
    <List
      headerButtons={() => (
        <Space>
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
        <OperationFilterBar
          searchFormProps={searchFormProps}
          filters={filters}
          onReset={reset}
          onRemove={(filter) => setFilters((current) => current.filter((f) => f !== filter))}
        />
        <Table<Operation>
          {...tableProps}
          rowKey="id"
          size="small"
          scroll={{ x: 1140 }}
          data-testid="operations-table"
          pagination={
            tableProps.pagination && {
              ...tableProps.pagination,
              showSizeChanger: true,
              pageSizeOptions: [10, 20, 50, 100],
            }
          }
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
            render={(_, r) => r.region ?? t("common.none")}
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
                <EditButton hideText size="small" recordItemId={r.id} resource="operations" />
              )}
            />
          )}
        </Table>
      </Card>
    </List>
  );
}
