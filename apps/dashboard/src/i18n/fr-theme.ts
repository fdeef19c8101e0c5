/** Le sélecteur de thème et le menu des petits écrans. */
export const theme = {
  label: "Thème : {{mode}}",
  choose: "Thème de couleurs",
  modes: { light: "Clair", dark: "Sombre", system: "Comme le système" },
};

export const layout = {
  openMenu: "Ouvrir le menu",
  closeMenu: "Fermer le menu",
  menu: "Menu principal",
  foldMenu: "Replier le menu",
  unfoldMenu: "Déplier le menu",
};
