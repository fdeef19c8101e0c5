/** The theme switch and the small-screen menu (components/theme-switch.tsx, sider.tsx). */
export const theme = {
  label: "Theme: {{mode}}",
  choose: "Colour theme",
  modes: { light: "Light", dark: "Dark", system: "As the system" },
};

export const layout = {
  openMenu: "Open the menu",
  closeMenu: "Close the menu",
  menu: "Main menu",
  foldMenu: "Fold the menu",
  unfoldMenu: "Unfold the menu",
};
