import type { ThemeConfig } from "antd";

/**
 * Text colours that reach WCAG AA (4.5:1) on the cards and the page background. antd's defaults do
 * not: secondary text at 45 % black is 3.4:1 on white, placeholders at 25 % are 1.9:1, and its green
 * and gold tags write in their 7th shade (3.0:1 on their own tint), danger buttons in #ff4d4f. Dark mode takes the same steps on
 * white text. axe-core flags each of these as serious (test/e2e-accessibility.test.ts).
 */
export function contrastTokens(dark: boolean): NonNullable<ThemeConfig["token"]> {
  const ink = dark ? "255, 255, 255" : "0, 0, 0";
  return {
    colorTextSecondary: `rgba(${ink}, 0.65)`,
    colorTextTertiary: `rgba(${ink}, 0.62)`,
    colorTextDescription: `rgba(${ink}, 0.62)`,
    colorTextPlaceholder: `rgba(${ink}, 0.58)`,
    // Danger buttons and error text: antd's #ff4d4f is 3.3:1 on white.
    ...(dark
      ? {}
      : { colorError: "#cf1322", green7: "#237804", gold7: "#874d00", orange7: "#ad4e00", cyan7: "#006d75" }),
  };
}
