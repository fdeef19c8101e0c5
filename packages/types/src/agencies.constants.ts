// Agencies' kinds and statuses, without their schemas (agencies.ts).
// Kept apart from the zod schemas: the dashboard's app shell and overview import these, and
// nothing here may pull zod (≈25 kB gzip) into them.
export const AGENCY_KINDS = [
  "national_police",
  "investigation_agency",
  "customs",
  "coast_guard",
  "border_police",
  "gendarmerie",
  "interpol_ncb",
  "prosecution",
  "regional_body",
  "other",
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const AGENCY_STATUSES = ["pending", "active", "withdrawn"] as const;
export type AgencyStatus = (typeof AGENCY_STATUSES)[number];
