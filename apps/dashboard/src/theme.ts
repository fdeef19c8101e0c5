import type { ThemeConfig } from "antd";

/** Navy and steel blue: an institutional palette. System fonts only — nothing is fetched from a CDN. */
export const palette = {
  navy: "#0b2a5b",
  primary: "#1f4e8c",
  active: "#1f4e8c",
  pending: "#9bbbe3",
  background: "#f3f5f9",
} as const;

export const theme: ThemeConfig = {
  token: {
    colorPrimary: palette.primary,
    colorLink: palette.primary,
    colorBgLayout: palette.background,
    borderRadius: 6,
    fontFamily:
      'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif',
  },
  components: {
    Layout: { headerBg: "#ffffff", siderBg: "#ffffff" },
    Menu: { itemSelectedBg: "#e6eef9", itemSelectedColor: palette.navy },
  },
};
