/** The language switch (header and login page). The languages' own names are not translated. */
export const locale = {
  label: "Idioma",
  notSaved: "No se pudo guardar su idioma en su perfil: solo se aplica en este navegador.",
};
