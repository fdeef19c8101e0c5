import { useTable } from "@refinedev/antd";
import { useTranslate } from "@refinedev/core";
import type { ImportHistoryEntry, ImportStatus } from "@tbc/types";
import { Card, Table, Tag, Tooltip } from "antd";
import dayjs from "dayjs";
import { useListPagination } from "../../components/list-total";
import { ExportCsvButton } from "../../export/export-csv-button";

// "failed" (broke or interrupted: nothing written) is told apart from "rejected" (the file's fault).
const STATUS_COLORS: Record<ImportStatus, string> = {
  running: "processing",
  committed: "green",
  rejected: "red",
  failed: "volcano",
};

/**
 * Past imports, newest first (imports.list; staff and above). Not synced to the URL. `kinds` keeps
 * to one page's imports (operations; engagement: "engagement" daily metrics and "posts").
 */
export function ImportHistory({ kinds }: { kinds?: readonly string[] }) {
  const t = useTranslate();
  const { tableProps, filters, sorters } = useTable<ImportHistoryEntry>({
    resource: "imports",
    syncWithLocation: false,
    filters: { permanent: kinds ? [{ field: "kind", operator: "in", value: [...kinds] }] : [] },
    sorters: { initial: [{ field: "at", order: "desc" }] },
    pagination: { pageSize: 10 },
  });
  const count = (key: "rowsCreated" | "rowsUpdated" | "rowsUnchanged" | "rowsRejected", label: string) => (
    <Table.Column<ImportHistoryEntry> key={key} dataIndex={key} align="right" width={110} title={label} />
  );

  const pagination = useListPagination(tableProps.pagination);
  return (
    <Card
      title={t("imports.history.title")}
      extra={
        <ExportCsvButton
          resource="imports"
          filters={filters}
          sorters={sorters}
          columns={[
            { key: "at", label: t("imports.history.at") },
            { key: "userEmail", label: t("imports.history.user") },
            { key: "fileName", label: t("imports.history.file") },
            { key: "rowsCreated", label: t("imports.counts.created") },
            { key: "rowsUpdated", label: t("imports.counts.updated") },
            { key: "rowsUnchanged", label: t("imports.counts.unchanged") },
            { key: "rowsRejected", label: t("imports.counts.rejected") },
            { key: "status", label: t("imports.history.status") },
          ]}
        />
      }
      styles={{ body: { padding: 0 } }}
      data-testid="import-history"
    >
      <Table<ImportHistoryEntry>
        {...tableProps}
        pagination={pagination}
        rowKey="id"
        size="small"
        scroll={{ x: 900 }}
      >
        <Table.Column<ImportHistoryEntry>
          key="at"
          dataIndex="at"
          width={160}
          title={t("imports.history.at")}
          render={(_, r) => dayjs(r.at).format("YYYY-MM-DD HH:mm")}
        />
        <Table.Column<ImportHistoryEntry>
          key="userEmail"
          dataIndex="userEmail"
          title={t("imports.history.user")}
          render={(_, r) => r.userEmail ?? t("common.none")}
        />
        <Table.Column<ImportHistoryEntry>
          key="fileName"
          dataIndex="fileName"
          title={t("imports.history.file")}
        />
        {count("rowsCreated", t("imports.counts.created"))}
        {count("rowsUpdated", t("imports.counts.updated"))}
        {count("rowsUnchanged", t("imports.counts.unchanged"))}
        {count("rowsRejected", t("imports.counts.rejected"))}
        <Table.Column<ImportHistoryEntry>
          key="status"
          dataIndex="status"
          width={110}
          title={t("imports.history.status")}
          render={(_, r) => (
            <Tooltip title={r.message}>
              <Tag color={STATUS_COLORS[r.status]}>{t(`imports.history.statuses.${r.status}`)}</Tag>
            </Tooltip>
          )}
        />
      </Table>
    </Card>
  );
}
