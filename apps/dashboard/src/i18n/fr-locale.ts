/** The language switch (header and login page). The languages' own names are not translated. */
export const locale = {
  label: "Langue",
  notSaved:
    "Votre langue n'a pas pu être enregistrée dans votre profil : elle ne s'applique que dans ce navigateur.",
};
