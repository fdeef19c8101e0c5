import { LogoutOutlined, UserOutlined } from "@ant-design/icons";
import { useGetIdentity, useLink, useLogout, useTranslate } from "@refinedev/core";
import type { SessionUser } from "@tbc/types";
import { Button, Grid, Layout, Space, Tag, theme } from "antd";
import { type ReactNode, Suspense, useState } from "react";
import { LogoMark } from "./logo";
import { PaletteButton } from "./palette/button";
import { AppSider } from "./sider";

/**
 * The frame of every signed-in page, as refine's ThemedLayout draws it: the sider, the header and
 * the content. Ours, with the sider in ./sider, so that the app shell does not load
 * @refinedev/antd (one module: every page's forms, tables and headers would come with it).
 */
export function AppLayout({ children, loading }: { children: ReactNode; loading: ReactNode }) {
  const [collapsed, setCollapsed] = useState(false);
  const [mobileOpen, setMobileOpen] = useState(false);
  const breakpoint = Grid.useBreakpoint();
  const isSmall = breakpoint.sm ?? true;
  return (
    <Layout style={{ minHeight: "100vh" }} hasSider>
      <AppSider
        collapsed={collapsed}
        onCollapse={setCollapsed}
        mobileOpen={mobileOpen}
        onMobileOpen={setMobileOpen}
        title={(folded) => <AppTitle collapsed={folded} />}
      />
      <Layout>
        <AppHeader />
        <Layout.Content>
          <div style={{ minHeight: 360, padding: isSmall ? 24 : 12 }}>
            {/* A page's code loads inside the frame: the menu and header stay while it comes. */}
            <Suspense fallback={loading}>{children}</Suspense>
          </div>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

/** The logo and the product's name, linking home (the name hides in the collapsed sider). */
export function AppTitle({ collapsed }: { collapsed: boolean }) {
  const t = useTranslate();
  const { token } = theme.useToken();
  const Link = useLink();
  return (
    <Link to="/" style={{ display: "inline-block", textDecoration: "none" }}>
      <Space style={{ display: "flex", alignItems: "center", fontSize: "inherit" }}>
        <div style={{ height: 24, width: 24, color: token.colorPrimary }}>
          <LogoMark />
        </div>
        {!collapsed && (
          // A plain heading styled as antd's Typography.Title: Typography (with its editable text
          // area) would be the app shell's only reason to load it.
          <h1
            style={{
              fontSize: "inherit",
              margin: 0,
              fontWeight: 700,
              lineHeight: token.lineHeightHeading1,
              color: token.colorTextHeading,
            }}
          >
            {t("app.title")}
          </h1>
        )}
      </Space>
    </Link>
  );
}

const ROLE_COLORS = { viewer: "default", staff: "blue", manager: "geekblue", admin: "purple" } as const;

/** Who is signed in, in which role, and the way out. */
export function AppHeader() {
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
          <PaletteButton />
          {/* The name opens My account (password, sessions). */}
          <Link to="/account" title={t("account.link")} data-testid="account-link">
            <Space size={6}>
              <UserOutlined />
              <strong data-testid="current-user" style={{ color: token.colorText, fontWeight: 600 }}>
                {user.name}
              </strong>
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
