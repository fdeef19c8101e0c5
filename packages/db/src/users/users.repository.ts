import type { ListInput, ListResult, Locale, Role, SessionUser, User } from "@tbc/types";
import { type Actor, writeAudit } from "../audit/audit.repository";
import { nowIso } from "../dialect";
import { ConflictError, FieldError, NotFoundError, unlessDuplicate } from "../errors";
import { type ListFields, type ListOptions, runList } from "../list";
import type { Executor } from "../schema";
import { inTransaction } from "../transaction";
import { assertPasswordPolicy } from "./password-policy";
import { dummyPasswordHash, hashPassword, verifyPassword } from "./passwords";

/** Every read of a user: an explicit selection that never includes the password hash. */
function userQuery(db: Executor) {
  return db.selectFrom("users").select((eb) => [
    "users.id",
    "users.email",
    "users.name",
    "users.role",
    "users.disabledAt",
    "users.createdAt",
    "users.updatedAt",
    "users.version",
    eb
      .selectFrom("sessions")
      .select((s) => s.fn.max("sessions.lastSeenAt").as("m"))
      .whereRef("sessions.userId", "=", "users.id")
      .as("lastSeenAt"),
  ]);
}

type UserQueryRow = Omit<User, "role" | "lastSeenAt"> & { role: string; lastSeenAt: string | null };
const toUser = (r: UserQueryRow): User => ({ ...r, role: r.role as Role, lastSeenAt: r.lastSeenAt ?? null });

/** What the audit log keeps of a user: no hash, no activity. */
function snapshot(u: User) {
  const { lastSeenAt: _l, ...rest } = u;
  return rest;
}

export const USER_FIELDS: ListFields = {
  id: { type: "number" },
  email: { type: "string" },
  name: { type: "string" },
  role: { type: "string" },
  disabledAt: { type: "date" },
  createdAt: { type: "date" },
  lastSeenAt: { type: "date" },
};
const USER_LIST_OPTIONS: ListOptions = { fields: USER_FIELDS, defaultSort: { field: "email", order: "asc" } };

export async function listUsers(db: Executor, input: ListInput | undefined): Promise<ListResult<User>> {
  const result = await runList(db, userQuery(db), input, USER_LIST_OPTIONS);
  return { total: result.total, data: result.data.map(toUser) };
}

export async function getUser(db: Executor, id: number): Promise<User> {
  const row = await userQuery(db).where("users.id", "=", id).executeTakeFirst();
  if (!row) throw new NotFoundError("user", id);
  return toUser(row);
}

/**
 * A new user. The password must pass the policy (length, common list); it is hashed before the
 * transaction opens (scrypt takes a while and SQLite has one writer). Audited without the hash.
 */
export async function createUser(
  db: Executor,
  input: { email: string; name: string; role: Role; password: string },
  actor: Actor = { userId: null },
): Promise<User> {
  const email = input.email.trim().toLowerCase();
  assertPasswordPolicy(input.password);
  const passwordHash = await hashPassword(input.password);
  return inTransaction(db, async (trx) => {
    const existing = await trx.selectFrom("users").select("id").where("email", "=", email).executeTakeFirst();
    const duplicate = () => new FieldError("email", "conflict.email_taken", { email });
    if (existing) throw duplicate();
    const now = nowIso();
    const insert = trx
      .insertInto("users")
      .values({
        email,
        name: input.name,
        role: input.role,
        passwordHash,
        disabledAt: null,
        createdAt: now,
        updatedAt: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const { id } = await unlessDuplicate(insert, duplicate);
    const created = await getUser(trx, id);
    await writeAudit(trx, {
      ...actor,
      action: "create",
      entity: "user",
      entityId: id,
      after: snapshot(created),
    });
    return created;
  });
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
    .select(["id", "email", "name", "role", "locale", "passwordHash", "disabledAt"])
    .where("email", "=", email.trim().toLowerCase())
    .executeTakeFirst();
  if (!row) {
    await verifyPassword(password, await dummyPasswordHash());
    return null;
  }
  if (!(await verifyPassword(password, row.passwordHash)) || row.disabledAt) return null;
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    locale: row.locale as Locale | null,
  };
}

/**
 * Changes a user's row (and bumps its version) with an audit entry holding before and after, then
 * runs `also` in the same transaction (ending sessions). `version`, when given, must be current.
 */
async function changeUser(
  db: Executor,
  id: number,
  opts: {
    set: { name?: string; role?: Role; disabledAt?: string | null; passwordHash?: string };
    action: string;
    actor: Actor;
    version?: number;
    also?: (trx: Executor) => Promise<unknown>;
  },
): Promise<User> {
  return inTransaction(db, async (trx) => {
    const before = await getUser(trx, id);
    let q = trx
      .updateTable("users")
      .set((eb) => ({ ...opts.set, updatedAt: nowIso(), version: eb("version", "+", 1) }))
      .where("id", "=", id);
    if (opts.version !== undefined) q = q.where("version", "=", opts.version);
    const result = await q.executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new ConflictError();
    await opts.also?.(trx);
    const after = await getUser(trx, id);
    await writeAudit(trx, {
      ...opts.actor,
      action: opts.action,
      entity: "user",
      entityId: id,
      before: snapshot(before),
      after: snapshot(after),
    });
    return after;
  });
}

const endAllSessions = (id: number) => (trx: Executor) =>
  trx.deleteFrom("sessions").where("userId", "=", id).execute();

/** Name and role. An admin cannot change their own role (no one locks themself out by mistake). */
export async function updateUser(
  db: Executor,
  id: number,
  values: { name?: string | undefined; role?: Role | undefined },
  version: number | undefined,
  actor: Actor,
): Promise<User> {
  if (actor.userId === id && values.role !== undefined) {
    const current = await getUser(db, id);
    if (current.role !== values.role) {
      throw new FieldError("role", "account.own_role");
    }
  }
  const set: { name?: string; role?: Role } = {};
  if (values.name !== undefined) set.name = values.name;
  if (values.role !== undefined) set.role = values.role;
  return changeUser(db, id, { set, action: "update", actor, version });
}

/** Disables the account and ends every session of it at once. Not one's own account. */
export async function disableUser(db: Executor, id: number, actor: Actor): Promise<User> {
  if (actor.userId === id) {
    throw new FieldError("_", "account.own_account");
  }
  const current = await getUser(db, id);
  return changeUser(db, id, {
    set: { disabledAt: current.disabledAt ?? nowIso() },
    action: "disable",
    actor,
    also: endAllSessions(id),
  });
}

export async function enableUser(db: Executor, id: number, actor: Actor): Promise<User> {
  return changeUser(db, id, { set: { disabledAt: null }, action: "enable", actor });
}

/** An admin sets a new password (policy applies); every session of the user ends. */
export async function resetUserPassword(
  db: Executor,
  id: number,
  password: string,
  actor: Actor,
): Promise<User> {
  assertPasswordPolicy(password);
  const passwordHash = await hashPassword(password);
  return changeUser(db, id, {
    set: { passwordHash },
    action: "password_reset",
    actor,
    also: endAllSessions(id),
  });
}

/**
 * A signed-in user changes their own password: the current one must be right, the new one must pass
 * the policy and differ. Every session of the user ends (the caller starts a fresh one).
 */
export async function changeOwnPassword(
  db: Executor,
  userId: number,
  current: string,
  next: string,
  actor: Actor,
): Promise<User> {
  const row = await db.selectFrom("users").select("passwordHash").where("id", "=", userId).executeTakeFirst();
  if (!row) throw new NotFoundError("user", userId);
  if (!(await verifyPassword(current, row.passwordHash))) {
    throw new FieldError("current", "account.wrong_password");
  }
  assertPasswordPolicy(next, "next");
  if (next === current) throw new FieldError("next", "account.same_password");
  const passwordHash = await hashPassword(next);
  return changeUser(db, userId, {
    set: { passwordHash },
    action: "password_change",
    actor,
    also: endAllSessions(userId),
  });
}
