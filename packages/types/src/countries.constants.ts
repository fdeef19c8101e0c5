// The regions, without their schema (countries.ts).
// Kept apart from the zod schemas: the dashboard's app shell and overview import these, and
// nothing here may pull zod (≈25 kB gzip) into them.
/** INTERPOL's five regional groupings, used for every "by region" figure. */
export const REGIONS = [
  "Africa",
  "Americas",
  "Asia & South Pacific",
  "Europe",
  "Middle East & North Africa",
] as const;
export type Region = (typeof REGIONS)[number];
