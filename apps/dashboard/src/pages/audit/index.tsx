import { getDefaultSortOrder } from "@refinedev/antd";
import { CanAccess, type CrudSort, useTranslate } from "@refinedev/core";
import type { AuditEntry } from "@tbc/types";
import { Card, Result, Table, Typography } from "antd";
import dayjs from "dayjs";
import { useMemo } from "react";
import { FilterBar } from "../../components/filter-bar/filter-bar";
import { useListFilters } from "../../components/filter-bar/list-filters";
import { ActionTag, AUDIT_ACTIONS } from "../../components/history/action-tag";
import { ChangeList } from "../../components/history/change-list";
import { diffSnapshots, sidesOf, visibleChanges } from "../../components/history/diff";
import { useFieldPresenter } from "../../components/history/present";
import { useListPagination } from "../../components/list-total";
import { PageList } from "../../components/page-list";
import { ExportCsvButton } from "../../export/export-csv-button";
import { useUrlTable } from "../../hooks/use-url-table";
import { AuditRecord, AuditUser } from "./cells";
import { ChangesToggle } from "./changes-toggle";
import { AUDIT_BINDINGS, AUDIT_ENTITIES } from "./filters";

const SORTERS: CrudSort[] = [{ field: "at", order: "desc" }];
/** The export's columns and their titles' keys (the screen's where it has one). */
const AUDIT_CSV_COLUMNS = [
  ["at", "fields.at"],
  ["userName", "fields.userEmail"],
  ["userEmail", "csv.userEmail"],
  ["action", "fields.action"],
  ["entity", "fields.entity"],
  ["entityId", "csv.entityId"],
  ["entityLabel", "fields.entityId"],
  ["ip", "fields.ip"],
] as const;

/** Field labels per audited entity, where the dashboard has them. */
const FIELD_PREFIX: Record<string, string> = {
  agency: "agencies",
  operation: "operations",
  user: "users",
};

/** One entry's fields before → after, named as the entity's own screens name them. */
function AuditDiff({ entry }: { entry: AuditEntry }) {
  const present = useFieldPresenter(FIELD_PREFIX[entry.entity]);
  const changes = diffSnapshots(entry.before, entry.after);
  return (
    <div style={{ paddingInlineStart: 8 }} data-testid="audit-diff">
      <ChangeList
        changes={visibleChanges(changes)}
        present={present}
        sides={sidesOf(entry.action, changes, entry.before, entry.after)}
        max={80}
      />
    </div>
  );
}

/** /audit (admin): who did what, when, from where; a row opens to the fields it changed. */
export function AuditList() {
  const t = useTranslate();
  return (
    <CanAccess
      resource="audit"
      action="list"
      fallback={
        <div data-testid="access-denied">
          <Result status="403" title={t("audit.forbidden")} />
        </div>
      }
    >
      <AuditTable />
    </CanAccess>
  );
}

// biome-ignore lint/complexity/noExcessiveLinesPerFunction: the table's columns are declared inline, as antd reads best
function AuditTable() {
  const t = useTranslate();
  const none = t("common.none");
  const { tableProps, sorters, filters, setFilters, flush } = useUrlTable<AuditEntry>({
    resource: "audit",
    initialSorters: SORTERS,
    pageSize: 20,
  });
  const bar = useListFilters(filters, AUDIT_BINDINGS, setFilters);
  const entityOptions = useMemo(
    () => AUDIT_ENTITIES.map((e) => ({ value: e, label: t(`audit.entities.${e}`, e) })),
    [t],
  );
  const actionOptions = useMemo(
    () => AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`history.actions.${a}`, a) })),
    [t],
  );
  const searchable = { showSearch: true, optionFilterProp: "label" };

  const expanded = (entry: AuditEntry) => <AuditDiff entry={entry} />;

  const pagination = useListPagination(tableProps.pagination);
  return (
    <PageList
      headerButtons={() => (
        <ExportCsvButton
          resource="audit"
          filters={filters}
          sorters={sorters}
          columns={AUDIT_CSV_COLUMNS.map(([key, title]) => ({ key, label: t(`audit.${title}`) }))}
        />
      )}
    >
      <Card>
        <FilterBar
          testId="audit-filters"
          values={bar.values}
          onChange={bar.onChange}
          onFlush={flush}
          onClear={() => setFilters([])}
          fields={[
            {
              type: "text",
              key: "userEmail",
              label: t("audit.fields.userEmail"),
              placeholder: t("audit.filters.user"),
              col: { xs: 24, md: 12, xl: 6 },
            },
            {
              type: "select",
              key: "entity",
              label: t("audit.fields.entity"),
              placeholder: t("audit.filters.entity"),
              select: { options: entityOptions, ...searchable },
              col: { xs: 12, md: 6, xl: 4 },
            },
            {
              type: "select",
              key: "action",
              label: t("audit.fields.action"),
              placeholder: t("audit.filters.action"),
              select: { options: actionOptions, ...searchable },
              col: { xs: 12, md: 6, xl: 4 },
            },
            {
              type: "dateRange",
              key: "period",
              label: t("audit.fields.period"),
              placeholders: [t("audit.filters.from"), t("audit.filters.to")],
              col: { xs: 24, md: 18, xl: 8 },
            },
          ]}
        />
        <Table<AuditEntry>
          scroll={{ x: "max-content" }}
          {...tableProps}
          pagination={pagination}
          rowKey="id"
          size="middle"
          data-testid="audit-table"
          expandable={{
            expandedRowRender: expanded,
            // As an element: antd calls expandIcon as a function, and the toggle uses a hook.
            expandIcon: (props) => <ChangesToggle {...props} />,
            rowExpandable: (entry) => entry.before !== null || entry.after !== null,
          }}
        >
          <Table.Column<AuditEntry>
            dataIndex="at"
            title={t("audit.fields.at")}
            sorter
            defaultSortOrder={getDefaultSortOrder("at", sorters)}
            render={(at: string) => (
              <Typography.Text title={at} style={{ whiteSpace: "nowrap" }}>
                {dayjs(at).format("YYYY-MM-DD HH:mm:ss")}
              </Typography.Text>
            )}
          />
          <Table.Column<AuditEntry>
            dataIndex="userEmail"
            title={t("audit.fields.userEmail")}
            sorter
            defaultSortOrder={getDefaultSortOrder("userEmail", sorters)}
            render={(_, entry) => <AuditUser entry={entry} />}
          />
          <Table.Column<AuditEntry>
            dataIndex="action"
            title={t("audit.fields.action")}
            sorter
            defaultSortOrder={getDefaultSortOrder("action", sorters)}
            render={(action: string) => <ActionTag action={action} />}
          />
          <Table.Column<AuditEntry>
            dataIndex="entity"
            title={t("audit.fields.entity")}
            sorter
            defaultSortOrder={getDefaultSortOrder("entity", sorters)}
            render={(_, entry) => <AuditRecord entry={entry} />}
          />
          <Table.Column<AuditEntry>
            dataIndex="ip"
            title={t("audit.fields.ip")}
            sorter
            defaultSortOrder={getDefaultSortOrder("ip", sorters)}
            render={(ip: string | null) => ip ?? none}
          />
        </Table>
      </Card>
    </PageList>
  );
}
