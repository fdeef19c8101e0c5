import { LeftOutlined, RightOutlined, UnorderedListOutlined } from "@ant-design/icons";
import { CanAccess, type TreeMenuItem, useLink, useMenu, useTranslate } from "@refinedev/core";
import { Button, ConfigProvider, Grid, Layout, Menu, type MenuProps, theme } from "antd";
import { lazy, type ReactNode, Suspense, useContext } from "react";

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

/** The resources' list pages the user may open (refine's useMenu, checked by access control). */
export function SiderMenu({ collapsed, onClick }: { collapsed: boolean; onClick: () => void }) {
  const { menuItems, selectedKey, defaultOpenKeys } = useMenu();
  const Link = useLink();
  const items = (tree: TreeMenuItem[]): ReactNode[] =>
    tree.map((item) => {
      const label = item.label ?? item.meta?.label ?? item.name;
      const icon = item.meta?.icon ?? <UnorderedListOutlined />;
      return (
        <CanAccess key={item.key} resource={item.name} action="list" params={{ resource: item }}>
          {item.children.length > 0 ? (
            <Menu.SubMenu key={item.key} icon={icon} title={label}>
              {items(item.children)}
            </Menu.SubMenu>
          ) : (
            <Menu.Item key={item.key} icon={icon}>
              <Link to={item.list ?? ""}>{label}</Link>
              {!collapsed && item.key === selectedKey && <div className="ant-menu-tree-arrow" />}
            </Menu.Item>
          )}
        </CanAccess>
      );
    });
  return (
    <Menu
      selectedKeys={selectedKey ? [selectedKey] : []}
      defaultOpenKeys={defaultOpenKeys}
      mode="inline"
      style={{ paddingTop: 8, border: "none", overflow: "auto", height: "calc(100% - 72px)" }}
      onClick={onClick}
    >
      {items(menuItems) as MenuProps["children"]}
    </Menu>
  );
}
