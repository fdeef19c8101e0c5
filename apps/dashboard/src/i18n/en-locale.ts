/** The language switch (header and login page). The languages' own names are not translated. */
export const locale = {
  label: "Language",
  notSaved: "Your language could not be saved to your profile: it applies in this browser only.",
};
