import type { FormInstance } from "antd";
import { isApiError } from "../../providers/errors";

/**
 * A server refusal with field errors (BAD_REQUEST `fieldErrors`, e.g. "that password is too common"
 * on `next`) shown under the form's fields. Returns whether any field got a message; otherwise the
 * caller shows the error as a whole.
 */
export function applyFieldErrors(form: FormInstance, error: unknown, fields: readonly string[]): boolean {
  if (!isApiError(error) || !error.errors) return false;
  const entries = Object.entries(error.errors).filter(
    ([name, messages]) => fields.includes(name) && messages[0],
  );
  form.setFields(entries.map(([name, messages]) => ({ name, errors: messages.slice(0, 1) })));
  return entries.length > 0;
}
