/**
 * The one access check against PERMISSIONS (@tbc/types), for the tRPC middleware (src/trpc.ts) and the
 * HTTP routes (src/http/access.ts → exports, uploads): session → role → table → a refusal, with the
 * refused access logged (ASVS 16.3). Per-object rules (canEditAgency) stay in the procedures.
 */
import { type Executor, recordRefusal } from "@tbc/db";
import {
  type CodedMessage,
  coded,
  formatMessage,
  type Role,
  requiredRoleOf,
  roleAtLeast,
  type SessionUser,
} from "@tbc/types";
import type { BaseLogger } from "pino";

/** What a refusal is, for either transport: tRPC throws `code`, HTTP answers `status`. */
export type AccessRefusal = {
  status: 401 | 403;
  code: "UNAUTHORIZED" | "FORBIDDEN";
  message: string;
  coded: CodedMessage;
  /** The role that was needed, when a signed-in user's role was too low (what the audit log records). */
  required?: Role;
};

export const NOT_AVAILABLE = formatMessage("access.not_available");
export const SIGN_IN = formatMessage("access.sign_in");

/**
 * Whether `user` (null = signed out) may do every one of `permissions`; null when allowed. A name
 * missing from the table is refused for everyone (fail closed); "public" lets anyone through; the
 * role asked for is the highest of the permissions'. `where` goes into the log lines (path or URL, ip).
 */
export function checkAccess(
  user: SessionUser | null,
  permissions: readonly string[],
  log: Pick<BaseLogger, "info" | "error">,
  where: Record<string, unknown>,
): AccessRefusal | null {
  let needed: Role | "public" = "public";
  for (const permission of permissions) {
    const role = requiredRoleOf(permission);
    if (role === null) {
      log.error({ ...where, permission }, "Access refused: procedure missing from PERMISSIONS");
      return { status: 403, code: "FORBIDDEN", message: NOT_AVAILABLE, coded: coded("access.not_available") };
    }
    if (role !== "public" && (needed === "public" || roleAtLeast(role, needed))) needed = role;
  }
  if (needed === "public") return null;
  if (!user) {
    log.info(where, "Access refused: not signed in");
    return { status: 401, code: "UNAUTHORIZED", message: SIGN_IN, coded: coded("access.sign_in") };
  }
  if (!roleAtLeast(user.role, needed)) {
    log.info(
      { ...where, userId: user.id, role: user.role, required: needed },
      "Access refused: role too low",
    );
    return {
      status: 403,
      code: "FORBIDDEN",
      message: formatMessage("access.role", { role: needed }),
      coded: coded("access.role", { role: needed }),
      required: needed,
    };
  }
  return null;
}

/**
 * A signed-in user refused for their role goes into the audit log too (at most once per user and
 * procedure a minute: recordRefusal). Failing to record it is logged, and the refusal still stands.
 */
export async function auditRefusal(
  db: Executor,
  user: SessionUser | null,
  refusal: AccessRefusal,
  { procedure, ip, log }: { procedure: string; ip?: string | null; log: Pick<BaseLogger, "error"> },
): Promise<void> {
  if (!user || !refusal.required) return;
  await auditObjectRefusal(db, user, refusal.required, { procedure, ip, log });
}

/**
 * A refusal by a per-object rule (staff editing an agency that is not their pending one): audited as
 * a role's is, with what was `required` in words. Called once the refused write has rolled back.
 */
export async function auditObjectRefusal(
  db: Executor,
  user: SessionUser,
  required: string,
  { procedure, ip, log }: { procedure: string; ip?: string | null; log: Pick<BaseLogger, "error"> },
): Promise<void> {
  try {
    await recordRefusal(db, { userId: user.id, procedure, role: user.role, required, ip });
  } catch (error) {
    log.error({ err: error, procedure }, "Could not record a refused action in the audit log");
  }
}
