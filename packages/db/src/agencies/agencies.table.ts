import type { Generated, GeneratedAlways, Insertable, Selectable, Updateable } from "kysely";

export interface AgenciesTable {
  id: Generated<number>;
  name: string;
  nameKey: string;
  acronym: string | null;
  countryCode: string | null;
  kind: string;
  status: string;
  pledgedOn: string | null;
  /** Generated: pledged_on; NULL when unknown, "supporting since an unknown date" (migration 0011). */
  supportingSince: GeneratedAlways<string | null>;
  website: string | null;
  socialHandle: string | null;
  notes: string | null;
  sourceUrl: string | null;
  createdBy: number | null;
  createdAt: string;
  updatedBy: number | null;
  updatedAt: string;
  version: Generated<number>;
}
export type AgencyRow = Selectable<AgenciesTable>;
export type NewAgencyRow = Insertable<AgenciesTable>;
export type AgencyRowUpdate = Updateable<AgenciesTable>;

/**
 * Agencies counted per status, year or month of supporting_since ('' = unknown, 0011), and country
 * ('' = none); 0005.
 */
export interface AgencyCountsTable {
  status: string;
  /** 'y': period is a year 'YYYY'; 'm': a month 'YYYY-MM'. Every agency is in one row of each. */
  grain: string;
  period: string;
  countryCode: string;
  agencies: number;
}

/** An agency's folded name, acronyms and name words, for the duplicate warning (migration 0010). */
export interface AgencyNameKeysTable {
  agencyId: number;
  /** "name" (normalised name), "acronym" (stated or initials) or "word" (a word of the name). */
  kind: string;
  key: string;
}
