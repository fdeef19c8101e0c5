import { type CodedMessage, UNGROUPED_PARAMS } from "@tbc/types";
import { formatCount, formatQuantity } from "../components/format";
import { currentLocale, translate } from "../i18n";

/** What the server may send as a coded message (checked: an old server or a proxy may send anything). */
export function isCoded(value: unknown): value is CodedMessage {
  if (typeof value !== "object" || value === null) return false;
  const { code, params } = value as { code?: unknown; params?: unknown };
  return (
    typeof code === "string" && (params === undefined || (typeof params === "object" && params !== null))
  );
}

/**
 * A server message in the user's language: `codes.<code>` with its params, numbers written as the
 * locale writes them (`count` picks the plural form through `n`). `english`, the server's own
 * sentence, is shown as it is in English (it is the catalogue's, or a schema's more specific one)
 * and in another language only when this dashboard does not know the code (a newer server).
 */
export function translateCoded(message: CodedMessage, english: string): string {
  const locale = currentLocale();
  if (locale === "en" && english) return english;
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(message.params ?? {})) {
    if (typeof value !== "number" || UNGROUPED_PARAMS.has(name)) params[name] = value;
    else params[name] = Number.isInteger(value) ? formatCount(value, locale) : formatQuantity(value, locale);
  }
  const count = message.params?.count;
  if (typeof count === "number") params.n = count;
  return translate(`codes.${message.code}`, params, english);
}

/** Either form of a message: coded when the server sent a code, else its text as it came. */
export function messageText(coded: unknown, english: string): string {
  return isCoded(coded) ? translateCoded(coded, english) : english;
}
