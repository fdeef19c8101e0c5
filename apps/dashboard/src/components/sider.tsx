import { LeftOutlined, RightOutlined, UnorderedListOutlined } from "@ant-design/icons";
import { type TreeMenuItem, useLink, useMenu, useTranslate } from "@refinedev/core";
import { Button, ConfigProvider, Grid, Layout, Menu, type MenuProps, theme } from "antd";
import { lazy, type ReactNode, Suspense, useContext } from "react";
import { decide } from "../providers/access-control";
import { answeredSessionUser } from "../providers/session";

export const SIDER_WIDTH = 200;

// Small screens only: antd's Drawer (≈7 kB gzip) loads with it, not in the app shell.
const MobileSider = lazy(() => import("./mobile-sider").then((m) => ({ default: m.MobileSider })));
const COLLAPSED_WIDTH = 80;

export type SiderProps = {
  collapsed: boolean;
  onCollapse: (collapsed: boolean) => void;
  mobileOpen: boolean;
  onMobileOpen: (open: boolean) => void;
  title: (collapsed: boolean) => ReactNode;
};

/**
 * The menu of the resources the user may list, as refine's ThemedSider draws it (the same antd
 * Layout.Sider and Menu, collapsible, a drawer on small screens) without its sign-out entry: the
 * header has the one sign-out button. Ours rather than @refinedev/antd's, whose single-module
 * bundle would bring every page's forms and tables into the app shell.
 */
export function AppSider(props: SiderProps) {
  const { collapsed, onCollapse } = props;
  const t = useTranslate();
  const { token } = theme.useToken();
  const direction = useContext(ConfigProvider.ConfigContext)?.direction;
  const breakpoint = Grid.useBreakpoint();
  if (breakpoint.lg === false)
    return (
      <Suspense fallback={null}>
        <MobileSider {...props} />
      </Suspense>
    );

  const Fold = (direction === "rtl") !== collapsed ? RightOutlined : LeftOutlined;
  return (
    <Layout.Sider
      style={{
        backgroundColor: token.colorBgContainer,
        borderInlineEnd: `1px solid ${token.colorBorderSecondary}`,
      }}
      collapsible
      collapsed={collapsed}
      onCollapse={(value, type) => {
        if (type === "clickTrigger") onCollapse(value);
      }}
      collapsedWidth={COLLAPSED_WIDTH}
      breakpoint="lg"
      trigger={
        <Button
          type="text"
          aria-label={t(collapsed ? "layout.unfoldMenu" : "layout.foldMenu")}
          style={{ borderRadius: 0, height: "100%", width: "100%", backgroundColor: token.colorBgElevated }}
        >
          <Fold style={{ color: token.colorPrimary }} />
        </Button>
      }
    >
      <SiderHeading collapsed={collapsed}>{props.title(collapsed)}</SiderHeading>
      <SiderMenu collapsed={collapsed} onClick={() => props.onMobileOpen(false)} />
    </Layout.Sider>
  );
}

export function SiderHeading({ collapsed, children }: { collapsed: boolean; children: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <div
      style={{
        width: collapsed ? COLLAPSED_WIDTH : "100%",
        padding: collapsed ? 0 : "0 16px",
        display: "flex",
        justifyContent: collapsed ? "center" : "flex-start",
        alignItems: "center",
        height: 64,
        backgroundColor: token.colorBgElevated,
        fontSize: 14,
      }}
    >
      {children}
    </div>
  );
}

/**
 * The resources' list pages the user may open (refine's useMenu), decided at once from the answered
 * session by the rule accessControlProvider.can applies to "list". Not a CanAccess per entry: each
 * asked a query of its own and each answer was a render and a commit of its own, ~20 of them while
 * the overview's charts waited for the main thread.
 */
export function SiderMenu({ collapsed, onClick }: { collapsed: boolean; onClick: () => void }) {
  const { menuItems, selectedKey, defaultOpenKeys } = useMenu();
  const Link = useLink();
  // Inside the signed-in layout a session check has always answered (refine's Authenticated awaited it).
  const user = answeredSessionUser() ?? null;
  const items = (tree: TreeMenuItem[]): ReactNode[] =>
    tree
      .filter((item) => decide(user, item.name, "list"))
      .map((item) => {
        const label = item.label ?? item.meta?.label ?? item.name;
        const icon = item.meta?.icon ?? <UnorderedListOutlined />;
        return item.children.length > 0 ? (
          <Menu.SubMenu key={item.key} icon={icon} title={label}>
            {items(item.children)}
          </Menu.SubMenu>
        ) : (
          <Menu.Item key={item.key} icon={icon}>
            <Link to={item.list ?? ""}>{label}</Link>
            {!collapsed && item.key === selectedKey && <div className="ant-menu-tree-arrow" />}
          </Menu.Item>
        );
      });
  return (
    <Menu
      selectedKeys={selectedKey ? [selectedKey] : []}
      defaultOpenKeys={defaultOpenKeys}
      mode="inline"
      // Expanded, a menu entry's tooltip never opens (antd keeps it closed), yet each entry still
      // mounts one (rc-trigger, its hooks and observers): only the collapsed menu gets them.
      _internalDisableMenuItemTitleTooltip={!collapsed}
      style={{ paddingTop: 8, border: "none", overflow: "auto", height: "calc(100% - 72px)" }}
      onClick={onClick}
    >
      {items(menuItems) as MenuProps["children"]}
    </Menu>
  );
}
