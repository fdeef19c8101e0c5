import type { Generated } from "kysely";

/** A name as imported files write it → the code it means (migration 0010). */
export interface AliasesTable {
  id: Generated<number>;
  kind: string;
  name: string;
  /** The folded name (text/names.ts foldName): one alias per kind and folded name. */
  nameKey: string;
  code: string;
  createdBy: number | null;
  createdAt: string;
  updatedBy: number | null;
  updatedAt: string;
  version: Generated<number>;
}
