import type { Messages, Translation } from "./en";

/**
 * French for name reconciliation: `aliases.*`, the import preview's unknown names and changed
 * fields, and the agency form's duplicate warning; mirrors en-names.ts.
 */

export const aliases: Translation<Messages["aliases"]> = {
  aliases: "Correspondances",
  titles: { list: "Correspondances de noms" },
  intro:
    "Les noms que les fichiers importés écrivent autrement, et ce que chacun désigne. Les fichiers qui contiennent ces noms sont importés selon la correspondance.",
  forbidden: "Vous ne pouvez pas voir les correspondances de noms.",
  kinds: { country: "Pays", crime_area: "Domaine de criminalité", channel: "Canal" },
  fields: {
    kind: "Type",
    name: "Nom dans le fichier",
    target: "Désigne",
    createdBy: "Ajoutée par",
    updatedAt: "Modifiée le",
  },
  filters: { name: "Rechercher un nom", kind: "Tous les types" },
  edit: "Modifier",
  save: "Enregistrer",
  cancel: "Annuler",
  delete: "Retirer",
  deleteConfirm: "Retirer la correspondance de « {{name}} » ?",
  saved: "Correspondance enregistrée",
  deleted: "Correspondance retirée",
  gone: "(ne figure plus dans la liste)",
};

export const aliasDocumentTitles: Translation<Pick<Messages["documentTitle"], "aliases">> = {
  aliases: { list: "Correspondances de noms | Turn Back Crime" },
};

export const importNames: Translation<Pick<Messages["imports"], "unresolved" | "changes">> = {
  unresolved: {
    title: "Noms inconnus",
    hint: "Associez chaque nom puis enregistrez : l'aperçu est relancé, et les fichiers suivants qui contiennent ce nom sont importés selon la correspondance.",
    rows: "Lignes",
    suggestions: "Vouliez-vous dire",
    choose: "Choisir…",
    map: "Enregistrer la correspondance",
    mapped: "« {{name}} » désigne désormais {{target}}",
    readOnly: "Demandez à un membre de l'équipe de l'associer, ou corrigez le fichier.",
  },
  changes: { none: "—", empty: "(vide)" },
};

export const agencyDuplicate: Translation<Messages["agencies"]["duplicate"]> = {
  title: "Doublon possible",
  one: "{{name}} ({{country}}, {{status}}) : {{reason}}.",
  noCountry: "aucun pays",
  reasons: {
    "same-name": "le même nom",
    "same-acronym": "même sigle {{acronym}}",
    "same-initials": "mêmes initiales {{acronym}}",
    "similar-name": "un nom proche (semblable à {{percent}})",
  },
  open: "L'ouvrir",
  hint: "Vous pouvez tout de même enregistrer s'il s'agit d'un autre organisme.",
};
