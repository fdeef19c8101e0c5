import type { CrudFilter } from "@refinedev/core";
import type { Region } from "@tbc/types";

/**
 * Drill-downs open the agencies list with refine's URL-synced filters, which the list page reads
 * on mount: /agencies?filters[0][field]=region&filters[0][operator]=eq&filters[0][value]=Europe.
 */

/** A region bar: that region, or agencies without a region (a regional body with no country). */
export function regionFilters(region: Region | null): CrudFilter[] {
  return region
    ? [{ field: "region", operator: "eq", value: region }]
    : [{ field: "region", operator: "null", value: true }];
}

export function countryFilters(countryCode: string | null): CrudFilter[] {
  return countryCode
    ? [{ field: "countryCode", operator: "eq", value: countryCode }]
    : [{ field: "countryCode", operator: "null", value: true }];
}
