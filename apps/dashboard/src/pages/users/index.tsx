import { EditOutlined, LaptopOutlined, LockOutlined, UserAddOutlined } from "@ant-design/icons";
import { getDefaultSortOrder, List, useTable } from "@refinedev/antd";
import { CanAccess, type HttpError, useGetIdentity, useTranslate } from "@refinedev/core";
import type { SessionUser, User } from "@tbc/types";
import { Button, Card, Result, Space, Table, Tag, Tooltip, Typography } from "antd";
import dayjs from "dayjs";
import { useMemo, useState } from "react";
import { UserFilterBar } from "./filter-bar";
import { fromUserFilters, toUserFilters, type UserSearch } from "./filters";
import { type OneTimePassword, OneTimePasswordModal } from "./one-time-password";
import { ResetPasswordModal } from "./reset-password";
import { RoleTag, StatusTag } from "./role-tag";
import { SessionsDrawer } from "./sessions-drawer";
import { StatusButton } from "./status-button";
import { useUserForms } from "./user-form";

const when = (iso: string | null) => (iso ? dayjs(iso).format("YYYY-MM-DD HH:mm") : null);

/** /users (admin): accounts, roles, status, passwords and sessions. */
export function UserList() {
  const t = useTranslate();
  return (
    <CanAccess
      resource="users"
      action="list"
      fallback={
        <div data-testid="access-denied">
          <Result status="403" title={t("users.forbidden")} />
        </div>
      }
    >
      <UserTable />
    </CanAccess>
  );
}

function UserTable() {
  const t = useTranslate();
  const { data: me } = useGetIdentity<SessionUser>();
  const [oneTime, setOneTime] = useState<OneTimePassword | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const [sessionsOf, setSessionsOf] = useState<User | null>(null);
  const forms = useUserForms(setOneTime);

  const { tableProps, searchFormProps, sorters, filters, setFilters, setCurrentPage } = useTable<
    User,
    HttpError,
    UserSearch
  >({
    resource: "users",
    syncWithLocation: true,
    sorters: { initial: [{ field: "email", order: "asc" }] },
    pagination: { pageSize: 20 },
    onSearch: (search) => toUserFilters(search),
  });
  const values = useMemo(() => fromUserFilters(filters), [filters]);
  const none = <Typography.Text type="secondary">{t("users.never")}</Typography.Text>;

  return (
    <List
      headerButtons={() => (
        <Button
          type="primary"
          icon={<UserAddOutlined />}
          onClick={forms.showCreate}
          data-testid="create-user"
        >
          {t("users.create.button")}
        </Button>
      )}
    >
      <Card>
        <UserFilterBar
          searchFormProps={searchFormProps}
          values={values}
          onReset={() => {
            setFilters([], "replace");
            setCurrentPage(1);
          }}
        />
        <Table<User> {...tableProps} rowKey="id" size="middle" data-testid="users-table">
          <Table.Column<User>
            dataIndex="email"
            title={t("users.fields.email")}
            sorter
            defaultSortOrder={getDefaultSortOrder("email", sorters)}
            render={(email: string, u) => (
              <Space size={6}>
                <Typography.Text>{email}</Typography.Text>
                {u.id === me?.id && <Tag>{t("users.you")}</Tag>}
              </Space>
            )}
          />
          <Table.Column<User>
            dataIndex="name"
            title={t("users.fields.name")}
            sorter
            defaultSortOrder={getDefaultSortOrder("name", sorters)}
          />
          <Table.Column<User>
            dataIndex="role"
            title={t("users.fields.role")}
            sorter
            defaultSortOrder={getDefaultSortOrder("role", sorters)}
            render={(_, u) => <RoleTag role={u.role} />}
          />
          <Table.Column<User>
            dataIndex="disabledAt"
            title={t("users.fields.status")}
            sorter
            defaultSortOrder={getDefaultSortOrder("disabledAt", sorters)}
            render={(_, u) => <StatusTag disabledAt={u.disabledAt} />}
          />
          <Table.Column<User>
            dataIndex="lastSeenAt"
            title={t("users.fields.lastSeenAt")}
            sorter
            defaultSortOrder={getDefaultSortOrder("lastSeenAt", sorters)}
            render={(_, u) => when(u.lastSeenAt) ?? none}
          />
          <Table.Column<User>
            dataIndex="createdAt"
            title={t("users.fields.createdAt")}
            sorter
            defaultSortOrder={getDefaultSortOrder("createdAt", sorters)}
            render={(_, u) => when(u.createdAt)}
          />
          <Table.Column<User>
            key="actions"
            title={t("users.fields.actions")}
            render={(_, u) => (
              <Space size={4} wrap>
                <Tooltip title={t("buttons.edit")}>
                  <Button
                    size="small"
                    icon={<EditOutlined />}
                    aria-label={t("buttons.edit")}
                    onClick={() => forms.showEdit(u.id)}
                  />
                </Tooltip>
                <Tooltip title={t("users.reset.button")}>
                  <Button
                    size="small"
                    icon={<LockOutlined />}
                    aria-label={t("users.reset.button")}
                    onClick={() => setResetting(u)}
                  />
                </Tooltip>
                <Tooltip title={t("users.sessions.button")}>
                  <Button
                    size="small"
                    icon={<LaptopOutlined />}
                    aria-label={t("users.sessions.button")}
                    onClick={() => setSessionsOf(u)}
                  />
                </Tooltip>
                <StatusButton user={u} self={u.id === me?.id} />
              </Space>
            )}
          />
        </Table>
      </Card>
      {forms.modals}
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} onPassword={setOneTime} />
      <SessionsDrawer user={sessionsOf} onClose={() => setSessionsOf(null)} />
      <OneTimePasswordModal value={oneTime} onClose={() => setOneTime(null)} />
    </List>
  );
}
