import { theme as antdThemes, type ThemeConfig } from "antd";
import { useEffect, useSyncExternalStore } from "react";
import {
  type Appearance,
  DARK_QUERY,
  isDark,
  storedThemeMode,
  THEME_STORAGE_KEY,
  type ThemeMode,
} from "./appearance";
import { contrastTokens } from "./components/contrast";

/** Navy and steel blue: an institutional palette. System fonts only — nothing is fetched from a CDN. */
export const palette = {
  navy: "#0b2a5b",
  primary: "#1f4e8c",
  active: "#1f4e8c",
  pending: "#9bbbe3",
  background: "#f3f5f9",
} as const;

const fontFamily =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: palette.primary,
    colorLink: palette.primary,
    colorBgLayout: palette.background,
    borderRadius: 6,
    fontFamily,
  },
  components: {
    Layout: { headerBg: "#ffffff", siderBg: "#ffffff" },
    Menu: { itemSelectedBg: "#e6eef9", itemSelectedColor: palette.navy },
  },
};

/**
 * The navy seed is too dark to read on a dark page (2.2:1 on #141414): dark mode seeds antd with a
 * lighter steel blue, links 8:1, and leaves the rest to antd's dark algorithm.
 */
export const darkTheme: ThemeConfig = {
  algorithm: antdThemes.darkAlgorithm,
  token: {
    colorPrimary: "#3b6fb8",
    colorLink: "#7fb0ec",
    colorBgLayout: "#0b0d12",
    borderRadius: 6,
    fontFamily,
  },
  components: {
    Layout: { headerBg: "#141414", siderBg: "#141414" },
    Menu: { itemSelectedBg: "#1c2f4a", itemSelectedColor: "#a3c3e8" },
  },
};

/**
 * The ConfigProvider theme of an appearance: App renders with it, and the build prerenders the
 * landing page's antd styles with it (antd-styles/render.tsx), so that the two hash alike.
 */
export function antdTheme({ dark, reducedMotion }: Appearance): ThemeConfig {
  const base = dark ? darkTheme : theme;
  const token = { ...base.token, ...contrastTokens(dark), ...(reducedMotion ? { motion: false } : {}) };
  return { ...base, token };
}

export { THEME_MODES, type ThemeMode } from "./appearance";

let mode: ThemeMode = storedThemeMode();
const listeners = new Set<() => void>();

export function setThemeMode(next: ThemeMode): void {
  if (next === mode) return;
  mode = next;
  try {
    localStorage.setItem(THEME_STORAGE_KEY, next);
  } catch {
    // Not persisted; the choice still holds for this tab.
  }
  for (const listener of listeners) listener();
}

function subscribeMode(onChange: () => void): () => void {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

function subscribeSystem(onChange: () => void): () => void {
  const media = window.matchMedia(DARK_QUERY);
  media.addEventListener("change", onChange);
  return () => media.removeEventListener("change", onChange);
}

/** The chosen mode (light, dark, or following the system) and whether the screen is dark now. */
export function useThemeMode(): { mode: ThemeMode; dark: boolean } {
  const chosen = useSyncExternalStore(
    subscribeMode,
    () => mode,
    () => mode,
  );
  // Live: a system switching to dark at dusk darkens an open dashboard.
  const systemDark = useSyncExternalStore(
    subscribeSystem,
    () => window.matchMedia(DARK_QUERY).matches,
    () => false,
  );
  return { mode: chosen, dark: isDark(chosen, systemDark) };
}

/**
 * Marks <html> with the resolved theme: the stylesheet's colour variables (theme.css) and the
 * browser's own parts (scrollbars, form controls) follow it.
 */
export function useDocumentTheme(dark: boolean): void {
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = dark ? "dark" : "light";
    root.style.colorScheme = dark ? "dark" : "light";
  }, [dark]);
}
