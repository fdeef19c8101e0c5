import { DesktopOutlined, MoonOutlined, SunOutlined } from "@ant-design/icons";
import { useTranslate } from "@refinedev/core";
import { Button, Dropdown } from "antd";
import { setThemeMode, THEME_MODES, type ThemeMode, useThemeMode } from "../theme";

const ICONS: Record<ThemeMode, React.ReactNode> = {
  light: <SunOutlined />,
  dark: <MoonOutlined />,
  system: <DesktopOutlined />,
};

/**
 * Light, dark, or as the system: an icon button (the header stays compact on a phone) whose name
 * says the current choice, opening the three choices.
 */
export function ThemeSwitch() {
  const t = useTranslate();
  const { mode } = useThemeMode();
  const name = t("theme.label", { mode: t(`theme.modes.${mode}`) });
  return (
    <Dropdown
      trigger={["click"]}
      menu={{
        selectable: true,
        selectedKeys: [mode],
        "aria-label": t("theme.choose"),
        items: THEME_MODES.map((m) => ({
          key: m,
          icon: ICONS[m],
          label: t(`theme.modes.${m}`),
          "data-testid": `theme-${m}`,
        })),
        onClick: ({ key }) => setThemeMode(key as ThemeMode),
      }}
    >
      <Button type="text" icon={ICONS[mode]} aria-label={name} title={name} data-testid="theme-switch" />
    </Dropdown>
  );
}
