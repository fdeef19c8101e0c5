import { createHash, randomBytes } from "node:crypto";
import type { Role, SessionUser } from "@tbc/types";
import { nowIso } from "../dialect";
import { FieldError } from "../errors";
import type { Executor } from "../schema";
import { dummyPasswordHash, hashPassword, verifyPassword } from "./passwords";

export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;

export async function createUser(
  db: Executor,
  input: { email: string; name: string; role: Role; password: string },
): Promise<SessionUser> {
  const email = input.email.trim().toLowerCase();
  const existing = await db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirst();
  if (existing) throw new FieldError("email", `A user with the email ${email} already exists`);
  const now = nowIso();
  const row = await db
    .insertInto("users")
    .values({
      email,
      name: input.name,
      role: input.role,
      passwordHash: await hashPassword(input.password),
      disabledAt: null,
      createdAt: now,
      updatedAt: now,
    })
    .returning(["id", "email", "name", "role"])
    .executeTakeFirstOrThrow();
  return { ...row, role: row.role as Role };
}

export async function countUsers(db: Executor): Promise<number> {
  const row = await db
    .selectFrom("users")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The user for these credentials, or null. Disabled users cannot sign in. */
export async function verifyCredentials(
  db: Executor,
  email: string,
  password: string,
): Promise<SessionUser | null> {
  const row = await db
    .selectFrom("users")
    .select(["id", "email", "name", "role", "passwordHash", "disabledAt"])
    .where("email", "=", email.trim().toLowerCase())
    .executeTakeFirst();
  if (!row) {
    await verifyPassword(password, await dummyPasswordHash());
    return null;
  }
  if (!(await verifyPassword(password, row.passwordHash)) || row.disabledAt) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.role as Role };
}

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A new 256-bit session token; only its SHA-256 is stored. */
export async function createSession(
  db: Executor,
  userId: number,
  meta: { ip?: string | null; userAgent?: string | null } = {},
): Promise<{ token: string; expiresAt: string }> {
  const token = randomBytes(32).toString("base64url");
  const now = new Date();
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS).toISOString();
  await db
    .insertInto("sessions")
    .values({
      tokenHash: hashToken(token),
      userId,
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt,
      ip: meta.ip ?? null,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { token, expiresAt };
}

/**
 * The signed-in user for a session token, or null when the session is unknown, expired (absolute
 * or idle) or its user is disabled. Touches last_seen_at at most once a minute.
 */
export async function resolveSession(db: Executor, token: string): Promise<SessionUser | null> {
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.userId")
    .select([
      "sessions.id as sessionId",
      "sessions.lastSeenAt",
      "sessions.expiresAt",
      "users.id",
      "users.email",
      "users.name",
      "users.role",
      "users.disabledAt",
    ])
    .where("sessions.tokenHash", "=", hashToken(token))
    .executeTakeFirst();
  if (!row) return null;
  const now = Date.now();
  if (
    row.disabledAt ||
    Date.parse(row.expiresAt) <= now ||
    Date.parse(row.lastSeenAt) + SESSION_IDLE_MS <= now
  ) {
    await db.deleteFrom("sessions").where("id", "=", row.sessionId).execute();
    return null;
  }
  if (now - Date.parse(row.lastSeenAt) > 60_000) {
    await db
      .updateTable("sessions")
      .set({ lastSeenAt: new Date(now).toISOString() })
      .where("id", "=", row.sessionId)
      .execute();
  }
  return { id: row.id, email: row.email, name: row.name, role: row.role as Role };
}

export async function deleteSession(db: Executor, token: string): Promise<void> {
  await db.deleteFrom("sessions").where("tokenHash", "=", hashToken(token)).execute();
}
