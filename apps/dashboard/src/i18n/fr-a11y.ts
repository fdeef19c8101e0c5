import type { Translation } from "./en";
import type { a11yMessages as english } from "./en-a11y";

/** Français : accessibilité (`a11y.*`) et palette de commandes (`palette.*`), comme en-a11y.ts. */
export const a11yMessages: Translation<typeof english> = {
  a11y: {
    chart: {
      viewTable: "Afficher sous forme de tableau",
      tableCaption: "{{title}} : les chiffres du graphique",
      filterBy: "Filtrer sur {{value}}",
      legend: "Légende",
      summary: "{{title}} : de {{first}} à {{last}} ; maximum {{top}} avec {{value}} ; total {{total}}.",
      summaryEmpty: "{{title}} : aucun chiffre.",
    },
    actions: {
      view: "Afficher {{name}}",
      edit: "Modifier {{name}}",
      delete: "Supprimer {{name}}",
      showChanges: "Afficher les modifications",
      hideChanges: "Masquer les modifications",
    },
  },
  palette: {
    open: "Rechercher / aller à…",
    shortcut: "Ctrl K",
    label: "Rechercher des pages, des agences et des opérations",
    placeholder: "Saisissez une page, une agence ou une opération…",
    sections: { pages: "Pages", agencies: "Agences", operations: "Opérations" },
    empty: "Aucun résultat",
    hint: "↑↓ pour choisir, Entrée pour ouvrir, Échap pour fermer",
  },
};
