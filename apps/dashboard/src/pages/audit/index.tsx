import { getDefaultSortOrder, List, useTable } from "@refinedev/antd";
import { CanAccess, type HttpError, useTranslate } from "@refinedev/core";
import type { AuditEntry } from "@tbc/types";
import { Card, Result, Space, Table, Typography } from "antd";
import dayjs from "dayjs";
import { useMemo } from "react";
import { ActionTag } from "../../components/history/action-tag";
import { ChangeList } from "../../components/history/change-list";
import { diffSnapshots, sidesOf, visibleChanges } from "../../components/history/diff";
import { useFieldPresenter } from "../../components/history/present";
import { AuditFilterBar } from "./filter-bar";
import { type AuditSearch, fromAuditFilters, toAuditFilters } from "./filters";

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

function AuditTable() {
  const t = useTranslate();
  const none = t("common.none");
  const { tableProps, searchFormProps, sorters, filters, setFilters, setCurrentPage } = useTable<
    AuditEntry,
    HttpError,
    AuditSearch
  >({
    resource: "audit",
    syncWithLocation: true,
    sorters: { initial: [{ field: "at", order: "desc" }] },
    pagination: { pageSize: 20 },
    onSearch: (search) => toAuditFilters(search),
  });
  const values = useMemo(() => fromAuditFilters(filters), [filters]);

  const expanded = (entry: AuditEntry) => <AuditDiff entry={entry} />;

  return (
    <List headerButtons={() => null}>
      <Card>
        <AuditFilterBar
          searchFormProps={searchFormProps}
          values={values}
          onReset={() => {
            setFilters([], "replace");
            setCurrentPage(1);
          }}
        />
        <Table<AuditEntry>
          {...tableProps}
          rowKey="id"
          size="middle"
          data-testid="audit-table"
          expandable={{
            expandedRowRender: expanded,
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
            render={(email: string | null) =>
              email ?? <Typography.Text type="secondary">{t("history.system")}</Typography.Text>
            }
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
            render={(entity: string, entry) => (
              <Space size={4}>
                <Typography.Text>{t(`audit.entities.${entity}`, entity)}</Typography.Text>
                {entry.entityId && <Typography.Text type="secondary">#{entry.entityId}</Typography.Text>}
              </Space>
            )}
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
    </List>
  );
}
