import { useTranslate } from "@refinedev/core";
import type { SessionInfo, User } from "@tbc/types";
import { Button, Drawer, Popconfirm } from "antd";
import { useState } from "react";
import { useFeedback } from "../../components/feedback";
import { useProcedure, useProcedureMutation } from "../../providers/procedures";
import { SessionsTable } from "../account/sessions-table";

/** A user's live sessions (admin): end one, or all of them. */
export function SessionsDrawer({ user, onClose }: { user: User | null; onClose: () => void }) {
  const t = useTranslate();
  const { message } = useFeedback();
  // Disabled without a user: the id is never sent as 0.
  const query = useProcedure("users.sessions", { id: user?.id ?? 0 }, { enabled: user !== null });
  const sessions: SessionInfo[] = user ? (query.data ?? []) : [];
  const { mutate, mutation } = useProcedureMutation("users.endSessions");
  const [endingId, setEndingId] = useState<number | null>(null);

  const end = (sessionId?: number) => {
    if (!user) return;
    setEndingId(sessionId ?? null);
    mutate(
      { userId: user.id, ...(sessionId ? { sessionId } : {}) },
      {
        successNotification: false,
        errorNotification: (error) => ({ message: error?.message ?? "", type: "error" }),
        onSuccess: (data) => message.success(t("users.sessions.ended", { count: data.ended })),
        onSettled: () => {
          setEndingId(null);
          void query.refetch();
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
        loading={query.fetching}
        endLabel={t("users.sessions.end")}
        endConfirm={t("users.sessions.endConfirm")}
        endingId={endingId}
        onEnd={(id) => end(id)}
      />
    </Drawer>
  );
}
