import { CodedError, formatMessage, type MessageCode, type MessageParams } from "@tbc/types";

/**
 * Errors the data layer throws on purpose. The server maps each to a tRPC code; each carries a
 * message code and params (`coded`, from @tbc/types' catalogue) and the English sentence as its
 * message. Any other error is internal and is never shown.
 */
export type NotFoundEntity = "agency" | "operation" | "seizure" | "user" | "session" | "alias";

export class NotFoundError extends CodedError {
  constructor(entity: NotFoundEntity, id: number | string) {
    super(`not_found.${entity}`, { id });
    this.name = "NotFoundError";
  }
}

/** Someone else saved the record first (optimistic concurrency): nothing was written. */
export class ConflictError extends CodedError {
  constructor(code: MessageCode = "conflict.changed", params: MessageParams = {}) {
    super(code, params);
    this.name = "ConflictError";
  }
}

/** A list query named a field or operator the resource does not allow; `detail` says which (English). */
export class InvalidQueryError extends CodedError {
  constructor(readonly detail: string) {
    super("query.invalid", { detail });
    // The detail alone, as the API has always said it (names of fields and operators, for developers).
    this.message = detail;
    this.name = "InvalidQueryError";
  }
}

/** A value is well-formed but refers to something that is not there; reported on one field. */
export class FieldError extends CodedError {
  constructor(
    readonly field: string,
    code: MessageCode,
    params: MessageParams = {},
  ) {
    super(code, params);
    this.name = "FieldError";
  }
}

/**
 * A unique key refused the row: PostgreSQL's 23505, SQLite's UNIQUE / PRIMARY KEY constraint. On
 * SQLite the check before the insert already catches a duplicate (one connection serialises the
 * transactions); on PostgreSQL two creates of the same key at the same moment both pass that check.
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}

/** Runs a write whose unique key was checked before; a concurrent duplicate gets the same field error. */
export async function unlessDuplicate<T>(write: Promise<T>, duplicate: () => FieldError): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate();
    throw error;
  }
}

/** What the database says when it cannot serve now; the client should try again in a moment. */
export const DATABASE_UNAVAILABLE = formatMessage("server.unavailable");

const CONNECTION_LOST =
  /Connection terminated|connection error|not queryable|terminating connection|Client was closed/i;

/**
 * The database is down, restarting or failing over (PostgreSQL: connection exceptions, class 08;
 * an administrator or crash shutdown, 57P01–57P03; a refused or reset socket), or SQLite's one writer
 * is busy beyond the busy timeout. Neither is the request's fault, and a retry may well succeed.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = String((error as { code?: unknown }).code ?? "");
  if (/^08|^57P0[123]$/.test(code)) return true;
  if (["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN"].includes(code))
    return true;
  if (isSqliteBusy(error)) return true;
  return CONNECTION_LOST.test(error.message);
}

/** What SQLite's one writer answers while another connection (an import worker) holds it. */
export const DATABASE_BUSY = formatMessage("import.busy");

export function isSqliteBusy(error: unknown): boolean {
  const code = String((error as { code?: unknown } | null)?.code ?? "");
  return code === "SQLITE_BUSY" || code.startsWith("SQLITE_BUSY_") || code === "SQLITE_LOCKED";
}

/** The message for an error isDatabaseUnavailable accepts: busy (SQLite's writer) or unavailable. */
export function unavailableMessage(error: unknown): string {
  return isSqliteBusy(error) ? DATABASE_BUSY : DATABASE_UNAVAILABLE;
}

/** The same, coded. */
export function unavailableCode(error: unknown): MessageCode {
  return isSqliteBusy(error) ? "import.busy" : "server.unavailable";
}
