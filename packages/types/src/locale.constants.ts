// The languages the dashboard speaks (issue 14), without their schema (locale.ts).
// Kept apart from the zod schemas: the dashboard's app shell and overview import these, and
// nothing here may pull zod (≈25 kB gzip) into them.
export const LOCALES = ["en", "fr", "es", "ar"] as const;
export type Locale = (typeof LOCALES)[number];
