import { useTranslate } from "@refinedev/core";
import { ConfigProvider, Drawer, theme } from "antd";
import { useContext } from "react";
import { SIDER_WIDTH, SiderHeading, SiderMenu, type SiderProps } from "./sider";

/**
 * Small screens: the menu in a drawer from the start edge, opened by the header's menu button (in
 * the header's row, so that it never covers the menu's first entry).
 */
export function MobileSider({ mobileOpen, onMobileOpen, title }: SiderProps) {
  const t = useTranslate();
  const { token } = theme.useToken();
  const direction = useContext(ConfigProvider.ConfigContext)?.direction;
  return (
    <Drawer
      open={mobileOpen}
      onClose={() => onMobileOpen(false)}
      placement={direction === "rtl" ? "right" : "left"}
      closable={false}
      width={SIDER_WIDTH + 40}
      styles={{ body: { padding: 0 }, wrapper: { maxWidth: "85vw" } }}
      maskClosable
      aria-label={t("layout.menu")}
      data-testid="menu-drawer"
    >
      <div style={{ minHeight: "100%", backgroundColor: token.colorBgContainer }}>
        <SiderHeading collapsed={false}>{title(false)}</SiderHeading>
        <SiderMenu collapsed={false} onClick={() => onMobileOpen(false)} />
      </div>
    </Drawer>
  );
}
