// Operations' crime areas and figures, without their schemas (operations.ts).
// Kept apart from the zod schemas: the dashboard's app shell and overview import these, and
// nothing here may pull zod (≈25 kB gzip) into them.
/** The nine crime areas of the published data; managers can add more (crime_areas table). */
export const DEFAULT_CRIME_AREAS = [
  "illicit goods/counterfeiting",
  "pharmaceuticals",
  "food",
  "wildlife/environment",
  "drugs",
  "firearms",
  "financial crime/fraud",
  "cybercrime",
  "human trafficking",
] as const;

/** The figures an operation reports. Every one may be unknown (null), which is not zero. */
export const OPERATION_FIGURES = ["raids", "arrests", "underInvestigation", "seizedValueUsd"] as const;
export type OperationFigure = (typeof OPERATION_FIGURES)[number];
