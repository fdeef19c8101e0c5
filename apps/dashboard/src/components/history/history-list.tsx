import { useTranslate } from "@refinedev/core";
import type { HistoryEntry } from "@tbc/types";
import { Alert, List, Space, Typography } from "antd";
import dayjs from "dayjs";
import { useProcedure } from "../../providers/procedures";
import { ActionTag } from "./action-tag";
import { ChangeList } from "./change-list";
import { sidesOf, visibleChanges } from "./diff";
import { useFieldPresenter } from "./present";

/**
 * An object's history (`agencies.history` / `operations.history`, viewer and above), newest first:
 * who, when, what kind of change, and the fields it changed. Field names use `<resource>.fields.*`.
 */
export function HistoryList({ resource, id }: { resource: "agencies" | "operations"; id: number }) {
  const t = useTranslate();
  // Two hooks, one of them idle: a procedure is named by a literal of the typed table.
  const agencies = useProcedure("agencies.history", { id }, { enabled: resource === "agencies" });
  const operations = useProcedure("operations.history", { id }, { enabled: resource === "operations" });
  const query = resource === "agencies" ? agencies : operations;
  const entries: HistoryEntry[] = query.data ?? [];
  const present = useFieldPresenter(resource);

  if (query.error) {
    return <Alert type="error" showIcon message={t("history.error")} />;
  }
  return (
    <List<HistoryEntry>
      data-testid="history-list"
      loading={query.loading}
      dataSource={entries}
      size="small"
      locale={{ emptyText: t("history.none") }}
      pagination={entries.length > 10 ? { pageSize: 10, size: "small", hideOnSinglePage: true } : false}
      renderItem={(entry) => (
        <List.Item key={entry.id} data-testid="history-entry" data-action={entry.action}>
          <Space direction="vertical" size={4} style={{ width: "100%" }}>
            <Space size={8} wrap>
              <ActionTag action={entry.action} />
              <Typography.Text strong>{entry.userEmail ?? t("history.system")}</Typography.Text>
              <Typography.Text type="secondary" title={entry.at}>
                {dayjs(entry.at).format("YYYY-MM-DD HH:mm")}
              </Typography.Text>
            </Space>
            <ChangeList
              changes={visibleChanges(entry.changes)}
              present={present}
              sides={sidesOf(entry.action, entry.changes)}
            />
          </Space>
        </List.Item>
      )}
    />
  );
}
