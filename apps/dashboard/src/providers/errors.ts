import type { HttpError } from "@refinedev/core";
import type { CodedMessage } from "@tbc/types";
import { TRPCClientError } from "@trpc/client";
import { translate } from "../i18n";
import { isCoded, translateCoded } from "./coded";

/** The `data` the server's error formatter sends (apps/server/src/trpc.ts, ErrorData). */
type ServerErrorData = {
  code?: string;
  httpStatus?: number;
  fieldErrors?: Record<string, string[]>;
  /** The message as a code and params (ARCHITECTURE.md, Errors): shown in the user's language. */
  coded?: CodedMessage;
  fieldErrorCodes?: Record<string, CodedMessage[]>;
};

/**
 * What every failed data-provider call throws: refine's HttpError (message, statusCode, errors) plus
 * the tRPC `code`, so that screens can tell CONFLICT from FORBIDDEN without parsing messages.
 * An Error subclass rather than a plain object, so that it keeps a stack in the console.
 */
export class ApiError extends Error implements HttpError {
  readonly statusCode: number;
  readonly code: string;
  readonly errors?: Record<string, string[]>;
  /** The server's message code and params, when it sent one (`message` is already its translation). */
  readonly coded?: CodedMessage;

  constructor(
    message: string,
    statusCode: number,
    code: string,
    errors?: Record<string, string[]>,
    coded?: CodedMessage,
  ) {
    super(message);
    this.name = "ApiError";
    this.statusCode = statusCode;
    this.code = code;
    if (errors) this.errors = errors;
    if (coded) this.coded = coded;
  }
}

/** tRPC's HTTP status per code, for responses that come without `data.httpStatus`. */
const STATUS_BY_CODE: Record<string, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
};

function isFieldErrors(value: unknown): value is Record<string, string[]> {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => Array.isArray(v) && v.every((m) => typeof m === "string"))
  );
}

function responseStatus(err: TRPCClientError<never>): number | undefined {
  const response = err.meta?.response as { status?: unknown } | undefined;
  return typeof response?.status === "number" ? response.status : undefined;
}

/** Each field's messages in the user's language, by their codes; the English where a code is missing. */
function translatedFieldErrors(
  english: Record<string, string[]>,
  codes: Record<string, CodedMessage[]> | undefined,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(english)) {
    const coded = codes?.[field];
    out[field] = messages.map((m, i) => {
      const c = coded?.[i];
      return isCoded(c) ? translateCoded(c, m) : m;
    });
  }
  return out;
}

/**
 * Any error from a tRPC call → ApiError. Field errors become refine's `errors` map (keys are form
 * field names, values string[]), which @refinedev/antd's useForm puts under the matching fields.
 * A request that never reached the server (offline, proxy down) gets statusCode 0 and code NETWORK.
 */
export function toHttpError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof TRPCClientError) {
    const data = (err.data ?? undefined) as ServerErrorData | undefined;
    const code = data?.code ?? (data ? "INTERNAL_SERVER_ERROR" : "NETWORK");
    const statusCode = data?.httpStatus ?? STATUS_BY_CODE[code] ?? responseStatus(err) ?? 0;
    const errors = isFieldErrors(data?.fieldErrors)
      ? translatedFieldErrors(data.fieldErrors, data.fieldErrorCodes)
      : undefined;
    const coded = isCoded(data?.coded) ? data.coded : undefined;
    const message = coded ? translateCoded(coded, err.message) : err.message;
    return new ApiError(message, statusCode, code, errors, coded);
  }
  const message = err instanceof Error ? err.message : String(err);
  return new ApiError(message, 0, "NETWORK");
}

export function isApiError(err: unknown, code?: string): err is ApiError {
  return err instanceof ApiError && (code === undefined || err.code === code);
}

/** Errors whose server text is generic get the user's language; field and conflict texts stay. */
const LOCALIZED: Record<string, string> = {
  FORBIDDEN: "notifications.forbidden",
  UNAUTHORIZED: "notifications.signedOut",
  NETWORK: "notifications.network",
  INTERNAL_SERVER_ERROR: "notifications.internal",
};

/** Runs one server call; whatever it throws comes out as an ApiError with a localized generic text. */
export async function callApi<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    const error = toHttpError(err);
    const key = LOCALIZED[error.code];
    if (key) error.message = translate(key);
    throw error;
  }
}
