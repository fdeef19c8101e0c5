import { useGetIdentity, useTranslate } from "@refinedev/core";
import type { SessionInfo, SessionUser } from "@tbc/types";
import { Card, Col, Descriptions, Row, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useFeedback } from "../../components/feedback";
import { useProcedure, useProcedureMutation } from "../../providers/procedures";
import { ROLE_COLORS } from "../users/role-tag";
import { ChangePasswordCard } from "./change-password";
import { SessionsTable } from "./sessions-table";

/** My account (everyone): who I am, change my password, my sessions (sign out the others). */
export function Account() {
  const t = useTranslate();
  const { message } = useFeedback();
  const { data: user } = useGetIdentity<SessionUser>();
  const query = useProcedure("auth.sessions", undefined);
  const sessions: SessionInfo[] = query.data ?? [];
  const { mutate } = useProcedureMutation("auth.endSession");
  const [endingId, setEndingId] = useState<number | null>(null);

  const end = (id: number) => {
    setEndingId(id);
    mutate(
      { id },
      {
        successNotification: false,
        errorNotification: (error) => ({ message: error?.message ?? "", type: "error" }),
        onSuccess: () => message.success(t("account.sessions.ended")),
        onSettled: () => {
          setEndingId(null);
          void query.refetch();
        },
      },
    );
  };

  return (
    <Space direction="vertical" size="large" style={{ width: "100%" }} data-testid="account-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t("account.titles.list")}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title={t("account.profile.title")} style={{ height: "100%" }}>
            {user && (
              <Descriptions column={1} size="small" data-testid="account-profile">
                <Descriptions.Item label={t("users.fields.name")}>{user.name}</Descriptions.Item>
                <Descriptions.Item label={t("users.fields.email")}>{user.email}</Descriptions.Item>
                <Descriptions.Item label={t("users.fields.role")}>
                  <Tag color={ROLE_COLORS[user.role]}>{t(`roles.${user.role}`)}</Tag>
                </Descriptions.Item>
              </Descriptions>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <ChangePasswordCard email={user?.email ?? ""} onChanged={() => query.refetch()} />
        </Col>
      </Row>
      <Card
        title={t("account.sessions.title")}
        extra={<Typography.Text type="secondary">{t("account.sessions.hint")}</Typography.Text>}
        data-testid="my-sessions"
      >
        <SessionsTable
          sessions={sessions}
          loading={query.loading}
          endLabel={t("account.sessions.signOut")}
          endConfirm={t("account.sessions.confirm")}
          endingId={endingId}
          onEnd={end}
        />
      </Card>
    </Space>
  );
}
