import type { Messages, Translation } from "./en";

export const byCountry: Translation<Messages["agencies-by-country"]> = {
  "agencies-by-country": "Por país",
  titles: { list: "Organismos por país" },
  kpis: {
    active: "Organismos activos",
    registered: "Registrados (activos + pendientes)",
    countries: "Países con un organismo activo",
    regions: "Regiones cubiertas",
  },
  chart: {
    title: "Organismos por región",
    hint: "Haga clic en una barra para ver los organismos de esa región.",
    active: "Activos",
    pending: "Pendientes",
    xAxis: "Región de INTERPOL",
    yAxis: "Organismos",
    empty: "Aún no hay organismos",
  },
  table: {
    title: "Por país",
    hint: "Haga clic en una fila para ver los organismos de ese país.",
    country: "País",
    region: "Región",
    active: "Activos",
    total: "Total",
    totalHint: "Organismos activos y pendientes",
  },
};
