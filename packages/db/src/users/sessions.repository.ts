import { createHash, randomBytes } from "node:crypto";
import type { Locale, Role, SessionInfo, SessionUser } from "@tbc/types";
import { type CompiledQuery, createQueryId, type InferResult } from "kysely";
import { type Actor, writeAudit } from "../audit/audit.repository";
import { isSqliteBusy, NotFoundError } from "../errors";
import type { Executor } from "../schema";
import { inTransaction } from "../transaction";
import { verifyCredentials } from "./users.repository";

/** Sessions end after 8 hours without activity, and 7 days after sign-in whatever happens (ASVS 7.3). */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;

export type SessionMeta = { ip?: string | null; userAgent?: string | null };
export type NewSession = { token: string; expiresAt: string };

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A new 256-bit session token; only its SHA-256 is stored. */
export async function createSession(
  db: Executor,
  userId: number,
  meta: SessionMeta = {},
): Promise<NewSession> {
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
      ip: meta.ip?.slice(0, 64) ?? null,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { token, expiresAt };
}

const isLive = (s: { expiresAt: string; lastSeenAt: string }, now: number) =>
  Date.parse(s.expiresAt) > now && Date.parse(s.lastSeenAt) + SESSION_IDLE_MS > now;

const sessionLookupOf = (db: Executor, tokenHash: string) =>
  db
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
      "users.locale",
      "users.disabledAt",
    ])
    .where("sessions.tokenHash", "=", tokenHash);

type SessionRow = InferResult<ReturnType<typeof sessionLookupOf>>[number];
const compiledLookups = new WeakMap<Executor, CompiledQuery<SessionRow>>();

/**
 * The session look-up, compiled once per database handle: it is the first query of every request,
 * and building and compiling it again each time (Kysely's node tree, the camel-case plugin) cost as
 * much CPU as running it. Only its one parameter, the token's hash, changes.
 */
function sessionLookup(db: Executor, tokenHash: string): CompiledQuery<SessionRow> {
  let compiled = compiledLookups.get(db);
  if (!compiled) {
    compiled = sessionLookupOf(db, tokenHash).compile();
    if (compiled.parameters.length !== 1) throw new Error("The session look-up has one parameter");
    compiledLookups.set(db, compiled);
  }
  // A query id of its own, as each compilation has: plugins may keep state per query under it.
  return { ...compiled, queryId: createQueryId(), parameters: [tokenHash] };
}

/**
 * The signed-in user for a session token, or null when the session is unknown, expired (absolute
 * or idle) or its user is disabled. Touches last_seen_at at most once a minute.
 */
export async function resolveSession(db: Executor, token: string): Promise<SessionUser | null> {
  const row = (await db.executeQuery(sessionLookup(db, hashToken(token)))).rows[0];
  if (!row) return null;
  const now = Date.now();
  if (row.disabledAt || !isLive(row, now)) {
    await db.deleteFrom("sessions").where("id", "=", row.sessionId).execute();
    return null;
  }
  if (now - Date.parse(row.lastSeenAt) > 60_000) {
    try {
      await db
        .updateTable("sessions")
        .set({ lastSeenAt: new Date(now).toISOString() })
        .where("id", "=", row.sessionId)
        .execute();
    } catch (err) {
      // SQLite's one writer is taken by a long import: the read goes on; a later request touches it.
      if (!isSqliteBusy(err)) throw err;
    }
  }
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    locale: row.locale as Locale | null,
  };
}

export async function deleteSession(db: Executor, token: string): Promise<void> {
  await db.deleteFrom("sessions").where("tokenHash", "=", hashToken(token)).execute();
}

/**
 * Sign-in: checks the credentials; on success, in one transaction, ends the session the browser
 * still had (token rotation: a new token at every sign-in), starts a new one and audits "login". On
 * failure audits "login_failed" with the email tried (never the password) and returns null.
 */
export async function signIn(
  db: Executor,
  input: { email: string; password: string; previousToken?: string | null } & SessionMeta,
): Promise<{ user: SessionUser; session: NewSession } | null> {
  const user = await verifyCredentials(db, input.email, input.password);
  const ip = input.ip ?? null;
  if (!user) {
    await writeAudit(db, {
      userId: null,
      action: "login_failed",
      entity: "session",
      ip,
      after: { email: input.email.trim().toLowerCase().slice(0, 254) },
    });
    return null;
  }
  return inTransaction(db, async (trx) => {
    if (input.previousToken) await deleteSession(trx, input.previousToken);
    const session = await createSession(trx, user.id, input);
    await writeAudit(trx, { userId: user.id, action: "login", entity: "session", entityId: user.id, ip });
    return { user, session };
  });
}

/** Logout: ends the session on the server and audits it, in one transaction. */
export async function signOut(db: Executor, token: string, actor: Actor): Promise<void> {
  await inTransaction(db, async (trx) => {
    await deleteSession(trx, token);
    if (actor.userId !== null) {
      await writeAudit(trx, { ...actor, action: "logout", entity: "session", entityId: actor.userId });
    }
  });
}

/** A user's live sessions, newest first; `currentToken` marks the one of the asking request. */
export async function listSessions(
  db: Executor,
  userId: number,
  currentToken?: string | null,
): Promise<SessionInfo[]> {
  const rows = await db
    .selectFrom("sessions")
    .select(["id", "tokenHash", "createdAt", "lastSeenAt", "expiresAt", "ip", "userAgent"])
    .where("userId", "=", userId)
    .orderBy("createdAt", "desc")
    .orderBy("id", "desc")
    .execute();
  const current = currentToken ? hashToken(currentToken) : null;
  const now = Date.now();
  return rows
    .filter((r) => isLive(r, now))
    .map(({ tokenHash, ...r }) => ({ ...r, current: tokenHash === current }));
}

/**
 * Ends one session of a user (NOT_FOUND when it is not theirs) or every one of them, with an audit
 * entry "session_end" on the user. Returns how many ended.
 */
export async function endSessions(
  db: Executor,
  userId: number,
  sessionId: number | undefined,
  actor: Actor,
): Promise<{ ended: number }> {
  return inTransaction(db, async (trx) => {
    let q = trx.deleteFrom("sessions").where("userId", "=", userId);
    if (sessionId !== undefined) q = q.where("id", "=", sessionId);
    const ended = Number((await q.executeTakeFirst()).numDeletedRows);
    if (sessionId !== undefined && ended === 0) throw new NotFoundError("session", sessionId);
    await writeAudit(trx, {
      ...actor,
      action: "session_end",
      entity: "user",
      entityId: userId,
      after: { sessionId: sessionId ?? null, ended },
    });
    return { ended };
  });
}
