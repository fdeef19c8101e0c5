import type { ThemeConfig } from "antd";

/**
 * Text colours that reach WCAG AA (4.5:1) on the cards and the page background. antd's defaults do
 * not: secondary text at 45 % black is 3.4:1 on white, placeholders at 25 % are 1.9:1, and its green
 * and gold tags write in their 7th shade (3.0:1 on their own tint), danger buttons in #ff4d4f. Dark mode takes the same steps on
 * white text. axe-core flags each of these as serious (test/e2e-accessibility.test.ts).
 */
const DARK_TEXT = {
  colorError: "#f37370",
  red7: "#f37370",
  volcano7: "#f3956a",
  orange7: "#f3b765",
  gold7: "#f3cc62",
  lime7: "#c9e75d",
  green7: "#8fd460",
  cyan7: "#58d1c9",
  blue7: "#65a9f3",
  geekblue7: "#7f9ef3",
  purple7: "#ab7ae0",
  magenta7: "#f37fb7",
};

export function contrastTokens(dark: boolean): NonNullable<ThemeConfig["token"]> {
  const ink = dark ? "255, 255, 255" : "0, 0, 0";
  return {
    colorTextSecondary: `rgba(${ink}, 0.65)`,
    colorTextTertiary: `rgba(${ink}, 0.62)`,
    colorTextDescription: `rgba(${ink}, 0.62)`,
    colorTextPlaceholder: `rgba(${ink}, 0.58)`,
    // Danger buttons and error text: antd's #ff4d4f is 3.3:1 on white.
    // Dark: tags' text and danger one step lighter (antd's dark 7th shades are 3.4:1 on their tint).
    ...(dark
      ? DARK_TEXT
      : { colorError: "#cf1322", green7: "#237804", gold7: "#874d00", orange7: "#ad4e00", cyan7: "#006d75" }),
  };
}
