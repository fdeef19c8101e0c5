import { LogoutOutlined, MenuOutlined, UserOutlined } from "@ant-design/icons";
import { useGetIdentity, useLink, useLogout, useTranslate } from "@refinedev/core";
import type { SessionUser } from "@tbc/types";
import { Button, Grid, Layout, Space, Tag, theme } from "antd";
import { type ReactNode, Suspense, useState } from "react";
import { LocaleSwitch } from "./locale-switch";
import { LogoMark } from "./logo";
import { PaletteButton } from "./palette/button";
import { AppSider } from "./sider";
import { ThemeSwitch } from "./theme-switch";

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
  // Below lg the sider is a drawer, opened from the header's menu button.
  const drawer = breakpoint.lg === false;
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
        <AppHeader onOpenMenu={drawer ? () => setMobileOpen(true) : undefined} menuOpen={mobileOpen} />
        <Layout.Content style={{ minWidth: 0 }}>
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

/**
 * The menu button (small screens), then who is signed in, in which role, the theme and the way out:
 * one flex row of controls. On a phone the name, role and sign-out shrink to icons with their names
 * kept for screen readers.
 */
export function AppHeader({ onOpenMenu, menuOpen = false }: { onOpenMenu?: () => void; menuOpen?: boolean }) {
  const t = useTranslate();
  const { token } = theme.useToken();
  const compact = Grid.useBreakpoint().sm === false;
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
        gap: compact ? 4 : 16,
        padding: compact ? "0 8px" : "0 24px",
        height: 64,
        position: "sticky",
        top: 0,
        zIndex: 10,
      }}
    >
      {onOpenMenu && (
        <Button
          type="text"
          icon={<MenuOutlined />}
          onClick={onOpenMenu}
          aria-label={t("layout.openMenu")}
          aria-expanded={menuOpen}
          data-testid="menu-button"
          style={{ marginInlineEnd: "auto" }}
        />
      )}
      {user && (
        <>
          <LocaleSwitch signedIn compact={compact} />
          <PaletteButton compact={compact} />
          {/* The name opens My account (password, sessions). */}
          <Link
            to="/account"
            title={t("account.link")}
            aria-label={compact ? `${user.name}, ${t("account.link")}` : undefined}
            data-testid="account-link"
            style={{ minWidth: 0, display: "inline-flex", alignItems: "center", gap: 6 }}
          >
            <UserOutlined />
            <strong
              data-testid="current-user"
              style={{
                color: token.colorText,
                fontWeight: 600,
                overflow: "hidden",
                textOverflow: "ellipsis",
                whiteSpace: "nowrap",
                maxWidth: compact ? 96 : 240,
              }}
            >
              {user.name}
            </strong>
          </Link>
          {!compact && (
            <Tag color={ROLE_COLORS[user.role]} data-testid="current-role" style={{ marginInlineEnd: 0 }}>
              {t(`roles.${user.role}`)}
            </Tag>
          )}
          <ThemeSwitch />
          <Button
            icon={<LogoutOutlined />}
            onClick={() => logout()}
            loading={isPending}
            aria-label={compact ? t("buttons.logout") : undefined}
            title={compact ? t("buttons.logout") : undefined}
            data-testid="logout"
          >
            {compact ? null : t("buttons.logout")}
          </Button>
        </>
      )}
    </Layout.Header>
  );
}
