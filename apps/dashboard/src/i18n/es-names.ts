import type { Messages, Translation } from "./en";

/**
 * Spanish for name reconciliation: `aliases.*`, the import preview's unknown names and changed
 * fields, and the agency form's duplicate warning; mirrors en-names.ts.
 */

export const aliases: Translation<Messages["aliases"]> = {
  aliases: "Equivalencias",
  titles: { list: "Equivalencias de nombres" },
  intro:
    "Nombres que los archivos importados escriben de otra forma, y lo que significa cada uno. Los archivos con estos nombres se importan según la equivalencia.",
  forbidden: "No puede ver las equivalencias de nombres.",
  kinds: { country: "País", crime_area: "Ámbito delictivo", channel: "Canal" },
  fields: {
    kind: "Tipo",
    name: "Nombre en el archivo",
    target: "Significa",
    createdBy: "Añadida por",
    updatedAt: "Modificada",
  },
  filters: { name: "Buscar un nombre", kind: "Cualquier tipo" },
  edit: "Cambiar",
  save: "Guardar",
  cancel: "Cancelar",
  delete: "Quitar",
  deleteConfirm: "¿Quitar la equivalencia de «{{name}}»?",
  saved: "Equivalencia guardada",
  deleted: "Equivalencia quitada",
  gone: "(ya no figura en la lista)",
};

export const aliasDocumentTitles: Translation<Pick<Messages["documentTitle"], "aliases">> = {
  aliases: { list: "Equivalencias de nombres | Turn Back Crime" },
};

export const importNames: Translation<Pick<Messages["imports"], "unresolved" | "changes">> = {
  unresolved: {
    title: "Nombres desconocidos",
    hint: "Asigne cada nombre y guarde: la vista previa se repite, y los próximos archivos con ese nombre se importan según la equivalencia.",
    rows: "Filas",
    suggestions: "Quizá quiso decir",
    choose: "Elegir…",
    map: "Guardar equivalencia",
    mapped: "«{{name}}» significa ahora {{target}}",
    readOnly: "Pida a alguien del personal que lo asigne, o corrija el archivo.",
  },
  changes: { none: "—", empty: "(vacío)" },
};

export const agencyDuplicate: Translation<Messages["agencies"]["duplicate"]> = {
  title: "Posible duplicado",
  one: "{{name}} ({{country}}, {{status}}): {{reason}}.",
  noCountry: "sin país",
  reasons: {
    "same-name": "el mismo nombre",
    "same-acronym": "la misma sigla {{acronym}}",
    "same-initials": "las mismas iniciales {{acronym}}",
    "similar-name": "un nombre parecido ({{percent}} de similitud)",
  },
  open: "Abrirlo",
  hint: "Puede guardar igualmente si se trata de otro organismo.",
};
