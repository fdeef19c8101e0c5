import type { Selectable } from "kysely";

export interface CountriesTable {
  code: string;
  alpha3: string;
  numeric: string;
  name: string;
  region: string;
}
export type CountryRow = Selectable<CountriesTable>;
