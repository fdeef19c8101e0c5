/** El selector de tema y el menú de las pantallas pequeñas. */
export const theme = {
  label: "Tema: {{mode}}",
  choose: "Tema de colores",
  modes: { light: "Claro", dark: "Oscuro", system: "Como el sistema" },
};

export const layout = {
  openMenu: "Abrir el menú",
  closeMenu: "Cerrar el menú",
  menu: "Menú principal",
  foldMenu: "Contraer el menú",
  unfoldMenu: "Desplegar el menú",
};
