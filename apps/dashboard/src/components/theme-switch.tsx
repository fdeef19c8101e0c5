import { DesktopOutlined, MoonOutlined, SunOutlined } from "@ant-design/icons";
import { useTranslate } from "@refinedev/core";
import { theme } from "antd";
import { useState } from "react";
import { setThemeMode, THEME_MODES, type ThemeMode, useThemeMode } from "../theme";

const ICONS: Record<ThemeMode, React.ReactNode> = {
  light: <SunOutlined aria-hidden />,
  dark: <MoonOutlined aria-hidden />,
  system: <DesktopOutlined aria-hidden />,
};

function isThemeMode(value: string): value is ThemeMode {
  return (THEME_MODES as readonly string[]).includes(value);
}

/**
 * Light, dark, or as the system: the current choice's icon with a native <select> lying transparent
 * over it, as the language switch does on phones (antd's Dropdown would put 9 kB gzip in the app
 * shell; the platform's picker is also the easiest on a phone and for assistive tools). Its name says
 * the current choice; the icon is outlined while the select has focus.
 */
export function ThemeSwitch() {
  const t = useTranslate();
  const { token } = theme.useToken();
  const { mode } = useThemeMode();
  const [focused, setFocused] = useState(false);
  const name = t("theme.label", { mode: t(`theme.modes.${mode}`) });
  return (
    <label
      title={name}
      style={{
        position: "relative",
        display: "inline-flex",
        alignItems: "center",
        padding: token.paddingXS,
        borderRadius: token.borderRadius,
        color: token.colorText,
        fontSize: 16,
        outline: focused ? `2px solid ${token.colorPrimary}` : "none",
      }}
    >
      {ICONS[mode]}
      <select
        aria-label={name}
        data-testid="theme-switch"
        value={mode}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onChange={(e) => {
          if (isThemeMode(e.target.value)) setThemeMode(e.target.value);
        }}
        style={{ position: "absolute", inset: 0, width: "100%", opacity: 0, cursor: "pointer" }}
      >
        {THEME_MODES.map((m) => (
          <option key={m} value={m} data-testid={`theme-${m}`}>
            {t(`theme.modes.${m}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
