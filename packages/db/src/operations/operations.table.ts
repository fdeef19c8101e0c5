import type { Generated, GeneratedAlways, Selectable } from "kysely";

export interface CrimeAreasTable {
  code: string;
  createdAt: string;
}

export interface OperationsTable {
  id: Generated<number>;
  name: string;
  editionYear: number;
  periodStart: string | null;
  periodEnd: string | null;
  crimeArea: string;
  region: string | null;
  countriesCount: number | null;
  summary: string | null;
  raids: number | null;
  arrests: number | null;
  underInvestigation: number | null;
  seizedValueUsd: number | null;
  seizureDescription: string | null;
  sourceTitle: string | null;
  sourceUrl: string | null;
  reliability: string | null;
  caveats: string | null;
  announcedOn: string | null;
  /**
   * Generated: the day the operation counts on (migration 0005) — announced, else mid-month of the
   * last month of its period, else mid-year of its edition year.
   */
  operationDay: GeneratedAlways<string>;
  createdBy: number | null;
  createdAt: string;
  updatedBy: number | null;
  updatedAt: string;
  version: Generated<number>;
}
export type OperationRow = Selectable<OperationsTable>;

/**
 * Operations per month of their operation_day and crime area (migration 0014), kept by
 * operations.rollup.ts in every operation write's transaction. A figure's sum is 0 when no operation
 * reported it: read it with its `…Reported` count.
 */
export interface OperationMonthsTable {
  /** The month's first day, 'YYYY-MM-01'. */
  month: string;
  crimeArea: string;
  operations: number;
  raids: number;
  raidsReported: number;
  arrests: number;
  arrestsReported: number;
  underInvestigation: number;
  underInvestigationReported: number;
  seizedValueUsd: number;
  seizedValueUsdReported: number;
}

export interface OperationCountriesTable {
  operationId: number;
  countryCode: string;
}

export interface SeizuresTable {
  id: Generated<number>;
  operationId: number;
  category: string;
  description: string | null;
  quantity: number | null;
  unit: string | null;
  valueUsd: number | null;
  countryCode: string | null;
  createdBy: number | null;
  createdAt: string;
}
