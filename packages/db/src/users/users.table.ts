import type { Generated, Insertable, Selectable } from "kysely";

export interface UsersTable {
  id: Generated<number>;
  email: string;
  name: string;
  role: string;
  passwordHash: string;
  disabledAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: Generated<number>;
  /** One of LOCALES (@tbc/types), or null: never chosen (migration 0013). */
  locale: string | null;
}
export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;

export interface SessionsTable {
  id: Generated<number>;
  tokenHash: string;
  userId: number;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
}
export type SessionRow = Selectable<SessionsTable>;

/** Failed sign-ins per key in a window (users/sign-in-failures.repository.ts). */
export interface SignInFailuresTable {
  key: string;
  failures: number;
  windowEndsAt: string;
}
