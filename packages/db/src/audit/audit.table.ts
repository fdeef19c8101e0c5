import type { Generated, Insertable, Selectable } from "kysely";

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  userId: number | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: string | null;
  after: string | null;
  ip: string | null;
}
export type AuditRow = Selectable<AuditLogTable>;
export type NewAuditRow = Insertable<AuditLogTable>;
