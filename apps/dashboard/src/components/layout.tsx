import { LogoutOutlined, UserOutlined } from "@ant-design/icons";
import type { RefineThemedLayoutHeaderProps, RefineThemedLayoutSiderProps } from "@refinedev/antd";
import { ThemedSider, ThemedTitle } from "@refinedev/antd";
import { useGetIdentity, useLink, useLogout, useTranslate } from "@refinedev/core";
import type { SessionUser } from "@tbc/types";
import { Button, Layout, Space, Tag, Typography, theme } from "antd";
import { LogoMark } from "./logo";

export function AppTitle({ collapsed }: { collapsed: boolean }) {
  const t = useTranslate();
  return <ThemedTitle collapsed={collapsed} icon={<LogoMark />} text={t("app.title")} />;
}

const ROLE_COLORS = { viewer: "default", staff: "blue", manager: "geekblue", admin: "purple" } as const;

/** Who is signed in, in which role, and the way out. */
export function AppHeader(_props: RefineThemedLayoutHeaderProps) {
  const t = useTranslate();
  const { token } = theme.useToken();
  const { data: user } = useGetIdentity<SessionUser>();
  const { mutate: logout, isPending } = useLogout();
  const Link = useLink();

  return (
    <Layout.Header
      style={{
        background: token.colorBgContainer,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        display: "flex",
        justifyContent: "flex-end",
        alignItems: "center",
        padding: "0 24px",
        height: 64,
        position: "sticky",
        top: 0,
        zIndex: 10,
      }}
    >
      {user && (
        <Space size="middle">
          {/* The name opens My account (password, sessions). */}
          <Link to="/account" title={t("account.link")} data-testid="account-link">
            <Space size={6}>
              <UserOutlined />
              <Typography.Text strong data-testid="current-user">
                {user.name}
              </Typography.Text>
            </Space>
          </Link>
          <Tag color={ROLE_COLORS[user.role]} data-testid="current-role">
            {t(`roles.${user.role}`)}
          </Tag>
          <Button icon={<LogoutOutlined />} onClick={() => logout()} loading={isPending}>
            {t("buttons.logout")}
          </Button>
        </Space>
      )}
    </Layout.Header>
  );
}

/** The stock sider without its own sign-out entry: the header has the one sign-out button. */
export function AppSider(props: RefineThemedLayoutSiderProps) {
  return <ThemedSider {...props} render={({ items }) => items} />;
}
