import { EditOutlined, LaptopOutlined, LockOutlined, UserAddOutlined } from "@ant-design/icons";
import { getDefaultSortOrder } from "@refinedev/antd";
import { CanAccess, type CrudSort, useGetIdentity, useTranslate } from "@refinedev/core";
import type { SessionUser, User } from "@tbc/types";
import { Button, Card, Result, Space, Table, Tag, Tooltip, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { FilterBar } from "../../components/filter-bar/filter-bar";
import { useListFilters } from "../../components/filter-bar/list-filters";
import { useListPagination } from "../../components/list-total";
import { PageList } from "../../components/page-list";
import { useUrlTable } from "../../hooks/use-url-table";
import { USER_BINDINGS } from "./filters";
import { type OneTimePassword, OneTimePasswordModal } from "./one-time-password";
import { ResetPasswordModal } from "./reset-password";
import { RoleTag, StatusTag, useRoleOptions } from "./role-tag";
import { SessionsDrawer } from "./sessions-drawer";
import { StatusButton } from "./status-button";
import { useUserForms } from "./user-form";

const SORTERS: CrudSort[] = [{ field: "email", order: "asc" }];

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

// biome-ignore lint/complexity/noExcessiveLinesPerFunction: the table's columns are declared inline, as antd reads best
function UserTable() {
  const t = useTranslate();
  const { data: me } = useGetIdentity<SessionUser>();
  const [oneTime, setOneTime] = useState<OneTimePassword | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const [sessionsOf, setSessionsOf] = useState<User | null>(null);
  const forms = useUserForms(setOneTime);

  const roleOptions = useRoleOptions();
  const { tableProps, sorters, filters, setFilters, flush } = useUrlTable<User>({
    resource: "users",
    initialSorters: SORTERS,
    pageSize: 20,
  });
  const bar = useListFilters(filters, USER_BINDINGS, setFilters);
  const none = <Typography.Text type="secondary">{t("users.never")}</Typography.Text>;

  const pagination = useListPagination(tableProps.pagination);
  return (
    <PageList
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
        <FilterBar
          testId="user-filters"
          values={bar.values}
          onChange={bar.onChange}
          onFlush={flush}
          onClear={() => setFilters([])}
          fields={[
            {
              type: "text",
              key: "q",
              label: t("users.filters.searchLabel"),
              placeholder: t("users.filters.search"),
              col: { xs: 24, md: 10, xl: 8 },
            },
            {
              type: "select",
              key: "role",
              label: t("users.fields.role"),
              placeholder: t("users.filters.role"),
              select: { options: roleOptions },
              col: { xs: 12, md: 6, xl: 5 },
            },
            {
              type: "select",
              key: "status",
              label: t("users.fields.status"),
              placeholder: t("users.filters.status"),
              select: {
                options: [
                  { value: "active", label: t("users.statuses.active") },
                  { value: "disabled", label: t("users.statuses.disabled") },
                ],
              },
              col: { xs: 12, md: 5, xl: 5 },
            },
          ]}
        />
        <Table<User>
          scroll={{ x: "max-content" }}
          {...tableProps}
          pagination={pagination}
          rowKey="id"
          size="middle"
          data-testid="users-table"
        >
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
    </PageList>
  );
}
