import { z } from "zod";
import { REGIONS, type Region } from "./countries.constants";
import { zText } from "./primitives";

export const ZRegion = z.enum(REGIONS);

export const ZCountryCode = zText().regex(/^[A-Z]{2}$/, "Use a two-letter ISO 3166-1 country code");

export type Country = {
  code: string;
  alpha3: string;
  numeric: string;
  name: string;
  region: Region;
};
