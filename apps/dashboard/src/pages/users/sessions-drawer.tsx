import { type BaseRecord, useCustom, useCustomMutation, useTranslate } from "@refinedev/core";
import type { SessionInfo, User } from "@tbc/types";
import { App, Button, Drawer, Popconfirm } from "antd";
import { useState } from "react";
import { SessionsTable } from "../account/sessions-table";

/** A user's live sessions (admin): end one, or all of them. */
export function SessionsDrawer({ user, onClose }: { user: User | null; onClose: () => void }) {
  const t = useTranslate();
  const { message } = App.useApp();
  const { query } = useCustom<SessionInfo[] & BaseRecord>({
    url: "",
    method: "get",
    meta: { procedure: "users.sessions" },
    config: { query: { id: user?.id } },
    queryOptions: { enabled: user !== null },
    errorNotification: false,
  });
  const sessions: SessionInfo[] = user ? (query.data?.data ?? []) : [];
  const { mutate, mutation } = useCustomMutation<{ ended: number }>();
  const [endingId, setEndingId] = useState<number | null>(null);

  const end = (sessionId?: number) => {
    if (!user) return;
    setEndingId(sessionId ?? null);
    mutate(
      {
        url: "",
        method: "post",
        values: { userId: user.id, ...(sessionId ? { sessionId } : {}) },
        meta: { procedure: "users.endSessions" },
        successNotification: false,
        errorNotification: (error) => ({ message: error?.message ?? "", type: "error" }),
      },
      {
        onSuccess: ({ data }) => message.success(t("users.sessions.ended", { count: data.ended })),
        onSettled: () => {
          setEndingId(null);
          query.refetch();
        },
      },
    );
  };

  return (
    <Drawer
      open={user !== null}
      onClose={onClose}
      width={880}
      title={user ? t("users.sessions.title", { email: user.email }) : ""}
      data-testid="sessions-drawer"
      extra={
        <Popconfirm
          title={t("users.sessions.endAllConfirm")}
          okText={t("users.sessions.endAll")}
          okButtonProps={{ danger: true }}
          cancelText={t("buttons.cancel")}
          onConfirm={() => end()}
          disabled={sessions.length === 0}
        >
          <Button
            danger
            disabled={sessions.length === 0}
            loading={mutation.isPending && endingId === null}
            data-testid="end-all-sessions"
          >
            {t("users.sessions.endAll")}
          </Button>
        </Popconfirm>
      }
    >
      <SessionsTable
        sessions={sessions}
        loading={query.isFetching}
        endLabel={t("users.sessions.end")}
        endConfirm={t("users.sessions.endConfirm")}
        endingId={endingId}
        onEnd={(id) => end(id)}
      />
    </Drawer>
  );
}
