import { type BaseRecord, useCustom, useTranslate } from "@refinedev/core";
import type { HistoryEntry } from "@tbc/types";
import { Alert, List, Space, Typography } from "antd";
import dayjs from "dayjs";
import { ActionTag } from "./action-tag";
import { ChangeList } from "./change-list";
import { sidesOf, visibleChanges } from "./diff";
import { useFieldPresenter } from "./present";

type HistoryData = HistoryEntry[] & BaseRecord;

/**
 * An object's history (`agencies.history` / `operations.history`, viewer and above), newest first:
 * who, when, what kind of change, and the fields it changed. Field names use `<resource>.fields.*`.
 */
export function HistoryList({ resource, id }: { resource: "agencies" | "operations"; id: number }) {
  const t = useTranslate();
  const { query } = useCustom<HistoryData>({
    url: "",
    method: "get",
    meta: { procedure: `${resource}.history` },
    config: { query: { id } },
    errorNotification: false,
  });
  const entries: HistoryEntry[] = query.data?.data ?? [];
  const present = useFieldPresenter(resource);

  if (query.isError) {
    return <Alert type="error" showIcon message={t("history.error")} />;
  }
  return (
    <List<HistoryEntry>
      data-testid="history-list"
      loading={query.isLoading}
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
