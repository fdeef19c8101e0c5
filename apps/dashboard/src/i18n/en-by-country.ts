/** The "By country" page: agencies per INTERPOL region and country. */
export const byCountry = {
  "agencies-by-country": "By country",
  titles: { list: "Agencies by country" },
  kpis: {
    active: "Active agencies",
    registered: "Registered (active + pending)",
    countries: "Countries with an active agency",
    regions: "Regions covered",
  },
  chart: {
    title: "Agencies by region",
    hint: "Click a bar to list that region's agencies.",
    active: "Active",
    pending: "Pending",
    xAxis: "INTERPOL region",
    yAxis: "Agencies",
    empty: "No agencies yet",
  },
  table: {
    title: "By country",
    hint: "Click a row to list that country's agencies.",
    country: "Country",
    region: "Region",
    active: "Active",
    total: "Total",
    totalHint: "Active and pending agencies",
  },
};
