import type { Generated } from "kysely";

/** The import history: one row per file, accepted or rejected. */
export interface ImportsTable {
  id: Generated<number>;
  kind: string;
  fileName: string;
  userId: number | null;
  at: string;
  rowsTotal: number;
  rowsCreated: number;
  rowsUpdated: number;
  rowsUnchanged: number;
  rowsRejected: number;
  status: string;
  message: string | null;
  /** The process running it (host:pid:instance), while it runs; null for older rows. */
  owner: Generated<string | null>;
}
