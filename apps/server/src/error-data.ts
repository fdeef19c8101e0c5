/**
 * What a failed tRPC call tells its client (the error formatter in trpc.ts): the tRPC code, the
 * English message and the same as `coded` `{ code, params }`, field errors in both forms. The codes
 * and their English are @tbc/types' catalogue (messages.ts); ARCHITECTURE.md, Errors.
 */
import { FieldError } from "@tbc/db";
import {
  CodedError,
  type CodedMessage,
  coded,
  formatMessage,
  issueCode,
  type MessageCode,
  type MessageParams,
} from "@tbc/types";
import { type TRPC_ERROR_CODE_KEY, TRPCError } from "@trpc/server";

export const INTERNAL_MESSAGE = formatMessage("server.internal");

export type FieldErrors = Record<string, string[]>;
export type FieldErrorCodes = Record<string, CodedMessage[]>;

export type ErrorData = {
  code: TRPC_ERROR_CODE_KEY;
  httpStatus: number;
  path?: string;
  /**
   * BAD_REQUEST from input validation or a FieldError: messages per field, keyed by the input path
   * joined with "." with a leading `values.` stripped (so they map onto form fields); `_` holds
   * problems with the input as a whole.
   */
  fieldErrors?: FieldErrors;
  /** `message` as a code and params (@tbc/types messages.ts): what a client shows, in its language. */
  coded: CodedMessage;
  /** `fieldErrors` as codes and params, field by field (same keys, same order). */
  fieldErrorCodes?: FieldErrorCodes;
};

type Issue = Parameters<typeof issueCode>[0] & {
  path?: readonly PropertyKey[] | readonly { key: PropertyKey }[];
};

function issuesOf(cause: unknown): Issue[] | null {
  const issues = (cause as { issues?: unknown } | null | undefined)?.issues;
  return Array.isArray(issues) ? (issues as Issue[]) : null;
}

function fieldName(path: Issue["path"]): string {
  const parts = (path ?? []).map((p) => String(typeof p === "object" && p !== null ? p.key : p));
  if (parts[0] === "values" && parts.length > 1) parts.shift();
  return parts.join(".");
}

/** zod issues (or a standard-schema error) or a FieldError → `{ field: [messages] }`. */
export function fieldErrorsOf(cause: unknown): FieldErrors | null {
  const codes = fieldErrorCodesOf(cause);
  if (!codes) return null;
  const issues = issuesOf(cause);
  // A schema's own sentence stays the English (it may say more than the code's template).
  if (!issues) return Object.fromEntries(Object.entries(codes).map(([f, c]) => [f, c.map(english)]));
  const out: FieldErrors = {};
  for (const issue of issues) {
    const key = fieldName(issue.path) || "_";
    out[key] = [...(out[key] ?? []), issue.message];
  }
  return out;
}

/** The same as codes: `{ field: [{ code, params }] }`. */
export function fieldErrorCodesOf(cause: unknown): FieldErrorCodes | null {
  if (cause instanceof FieldError) return { [cause.field]: [cause.coded] };
  const issues = issuesOf(cause);
  if (!issues) return null;
  const out: FieldErrorCodes = {};
  for (const issue of issues) {
    const key = fieldName(issue.path) || "_";
    out[key] = [...(out[key] ?? []), issueCode(issue)];
  }
  return out;
}

const english = ({ code, params }: CodedMessage) => formatMessage(code, params);

/**
 * A TRPCError whose message is coded: the cause carries the code to the error formatter, the
 * message is its English.
 */
export function codedError(
  code: TRPC_ERROR_CODE_KEY,
  messageCode: MessageCode,
  params: MessageParams = {},
): TRPCError {
  const cause = new CodedError(messageCode, params);
  return new TRPCError({ code, message: cause.message, cause });
}

/** What a TRPCError without a coded cause says (tRPC's own refusals: unknown procedure, bad JSON…). */
const GENERIC: Partial<Record<TRPC_ERROR_CODE_KEY, MessageCode>> = {
  UNAUTHORIZED: "access.sign_in",
  FORBIDDEN: "access.not_available",
  NOT_FOUND: "not_found.page",
  SERVICE_UNAVAILABLE: "server.unavailable",
  INTERNAL_SERVER_ERROR: "server.internal",
};

/** "Please correct: name: …; countryCode: …" — the first three fields' first messages. */
export function validationMessage(fieldErrors: FieldErrors): string {
  const parts = Object.entries(fieldErrors).map(([f, m]) => (f === "_" ? m[0] : `${f}: ${m[0]}`));
  const more = parts.length > 3 ? ` (and ${parts.length - 3} more)` : "";
  return `Please correct: ${parts.slice(0, 3).join("; ")}${more}`;
}

/**
 * The answer for an error: built from scratch rather than spread, so that nothing else (stack!) ever
 * reaches a client; an internal error's text never does either.
 */
export function publicErrorOf(
  error: TRPCError,
  shape: { message: string; data: { code: TRPC_ERROR_CODE_KEY; httpStatus: number; path?: string } },
): { message: string; data: ErrorData } {
  const cause = error.cause;
  const data: ErrorData = {
    code: shape.data.code,
    httpStatus: shape.data.httpStatus,
    coded: cause instanceof CodedError ? cause.coded : coded(GENERIC[error.code] ?? "server.bad_request"),
  };
  if (shape.data.path) data.path = shape.data.path;
  let message = shape.message;
  if (error.code === "INTERNAL_SERVER_ERROR") {
    message = INTERNAL_MESSAGE;
    data.coded = coded("server.internal");
  } else if (error.code === "BAD_REQUEST") {
    const fieldErrors = fieldErrorsOf(cause);
    const fieldErrorCodes = fieldErrorCodesOf(cause);
    if (fieldErrors && fieldErrorCodes) {
      data.fieldErrors = fieldErrors;
      data.fieldErrorCodes = fieldErrorCodes;
      if (issuesOf(cause)) {
        message = validationMessage(fieldErrors);
        data.coded = coded("validation.failed", { count: Object.keys(fieldErrors).length });
      }
    }
  }
  return { message, data };
}
