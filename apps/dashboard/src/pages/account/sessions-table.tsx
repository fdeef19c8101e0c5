import { useTranslate } from "@refinedev/core";
import type { SessionInfo } from "@tbc/types";
import { Button, Popconfirm, Table, Tag, Tooltip, Typography } from "antd";
import dayjs from "dayjs";
import { describeUserAgent } from "./user-agent";

const when = (iso: string) => dayjs(iso).format("YYYY-MM-DD HH:mm");

/**
 * Live sessions (own on My account, a user's in the admin drawer): device, address, times, and a
 * button to end each. The session of this browser is marked "This device" and has no button here
 * (the header's Sign out ends it).
 */
export function SessionsTable({
  sessions,
  loading,
  endLabel,
  endConfirm,
  endingId,
  onEnd,
}: {
  sessions: SessionInfo[];
  loading: boolean;
  endLabel: string;
  endConfirm: string;
  endingId: number | null;
  onEnd: (id: number) => void;
}) {
  const t = useTranslate();
  return (
    <Table<SessionInfo>
      scroll={{ x: "max-content" }}
      rowKey="id"
      size="small"
      dataSource={sessions}
      loading={loading}
      pagination={false}
      data-testid="sessions-table"
      locale={{ emptyText: t("sessions.empty") }}
      rowClassName={(s) => (s.current ? "session-current" : "")}
    >
      <Table.Column<SessionInfo>
        key="device"
        title={t("sessions.fields.device")}
        render={(_, s) => (
          <span>
            <Tooltip title={s.userAgent ?? undefined}>
              <Typography.Text>{describeUserAgent(s.userAgent) ?? t("sessions.unknown")}</Typography.Text>
            </Tooltip>{" "}
            {s.current && (
              <Tag color="green" data-testid="this-device">
                {t("sessions.thisDevice")}
              </Tag>
            )}
          </span>
        )}
      />
      <Table.Column<SessionInfo>
        dataIndex="ip"
        title={t("sessions.fields.ip")}
        render={(ip: string | null) => ip ?? t("common.none")}
      />
      <Table.Column<SessionInfo> dataIndex="createdAt" title={t("sessions.fields.createdAt")} render={when} />
      <Table.Column<SessionInfo>
        dataIndex="lastSeenAt"
        title={t("sessions.fields.lastSeenAt")}
        render={when}
      />
      <Table.Column<SessionInfo> dataIndex="expiresAt" title={t("sessions.fields.expiresAt")} render={when} />
      <Table.Column<SessionInfo>
        key="actions"
        align="right"
        render={(_, s) =>
          s.current ? null : (
            <Popconfirm
              title={endConfirm}
              okText={endLabel}
              cancelText={t("buttons.cancel")}
              onConfirm={() => onEnd(s.id)}
            >
              <Button size="small" danger loading={endingId === s.id} data-testid="end-session">
                {endLabel}
              </Button>
            </Popconfirm>
          )
        }
      />
    </Table>
  );
}
