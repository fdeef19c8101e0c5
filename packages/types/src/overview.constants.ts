// The overview map's layers, without the overview's schemas (overview.ts).
// Kept apart from the zod schemas: the dashboard's app shell and overview import these, and
// nothing here may pull zod (≈25 kB gzip) into them.
export const MAP_LAYERS = ["agencies", "operations"] as const;
