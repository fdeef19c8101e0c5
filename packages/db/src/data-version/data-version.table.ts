export interface DataVersionTable {
  /** Always 1: the table holds one row. */
  id: number;
  version: number;
}
