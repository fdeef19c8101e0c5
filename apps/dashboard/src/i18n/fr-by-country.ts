import type { Messages, Translation } from "./en";

export const byCountry: Translation<Messages["agencies-by-country"]> = {
  "agencies-by-country": "Par pays",
  titles: { list: "Organismes par pays" },
  kpis: {
    active: "Organismes actifs",
    registered: "Enregistrés (actifs + en attente)",
    countries: "Pays avec un organisme actif",
    regions: "Régions couvertes",
  },
  chart: {
    title: "Organismes par région",
    hint: "Cliquez sur une barre pour lister les organismes de cette région.",
    active: "Actifs",
    pending: "En attente",
    xAxis: "Région INTERPOL",
    yAxis: "Organismes",
    empty: "Aucun organisme pour l'instant",
  },
  table: {
    title: "Par pays",
    hint: "Cliquez sur une ligne pour lister les organismes de ce pays.",
    country: "Pays",
    region: "Région",
    active: "Actifs",
    total: "Total",
    totalHint: "Organismes actifs et en attente",
  },
};
