import { z } from "zod";
import { zText } from "./primitives";

/** INTERPOL's five regional groupings, used for every "by region" figure. */
export const REGIONS = [
  "Africa",
  "Americas",
  "Asia & South Pacific",
  "Europe",
  "Middle East & North Africa",
] as const;
export const ZRegion = z.enum(REGIONS);
export type Region = z.infer<typeof ZRegion>;

export const ZCountryCode = zText().regex(/^[A-Z]{2}$/, "Use a two-letter ISO 3166-1 country code");

export type Country = {
  code: string;
  alpha3: string;
  numeric: string;
  name: string;
  region: Region;
};
