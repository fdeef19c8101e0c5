import { z } from "zod";
import { ZCountryCode, ZRegion } from "./countries";
import { ZChannelCode } from "./engagement";
import { MAP_LAYERS } from "./overview.constants";
import { zCalendarDay, zText } from "./primitives";

const ZDay = zCalendarDay();

/** The overview's global filters: one bar for every chart and KPI of the page. */
export const ZOverviewFilters = z
  .object({
    from: ZDay,
    to: ZDay,
    region: ZRegion.optional(),
    countryCode: ZCountryCode.optional(),
    crimeAreas: z.array(zText().max(60)).max(50).optional(),
    channels: z.array(ZChannelCode).max(20).optional(),
  })
  .refine((f) => f.from <= f.to, { path: ["to"], message: "The period ends before it starts" });
export type OverviewFilters = z.infer<typeof ZOverviewFilters>;

export type OverviewFigures = {
  /** Active agencies that had pledged by the end of the period, with those whose pledge date is unknown. */
  agencies: number;
  /** Of `agencies`: those supporting since an unknown date (never counted as new in a period). */
  agenciesUndated: number;
  /** Countries with at least one of those agencies. */
  agencyCountries: number;
  operations: number;
  arrests: { sum: number; reported: number };
  seizedValueUsd: { sum: number; reported: number };
  impressions: number | null;
  engagements: number | null;
  /** Whether any engagement figure of the period is generated sample data. */
  engagementSample: boolean;
};

export type OverviewKpis = {
  /** The days counted: the filters' period, or up to today when it runs past today (`partial`). */
  period: { from: string; to: string };
  /** The period of equal length just before; when `partial`, as many of its days as have passed. */
  previousPeriod: { from: string; to: string };
  /** The period runs past today: its figures are "to date". */
  partial: boolean;
  current: OverviewFigures;
  previous: OverviewFigures;
};

export const ZMapInput = z.object({ filters: ZOverviewFilters, layer: z.enum(MAP_LAYERS) });
/** One value per country for the choropleth; `numeric` is the ISO 3166-1 numeric code the map data uses. */
export type MapValues = { code: string; numeric: string; name: string; region: string; value: number }[];
