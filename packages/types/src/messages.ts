/**
 * Every message the server can send, by code (ARCHITECTURE.md, Errors). A code is stable and dotted
 * (`import.row.unknown_country`); its English template interpolates `{{param}}` and, where a count is
 * involved, has i18next plural forms as sibling keys (`_one`, `_other`) chosen by the `count` param.
 * The server sends `{ code, params }` beside an English `message` made here; the dashboard shows
 * `codes.<code>` from its dictionaries (English: this very object); the CLI and logs print English.
 */
export const MESSAGES = {
  validation: {
    failed_one: "Please correct {{count}} field",
    failed_other: "Please correct {{count}} fields",
    required: "Required",
    invalid: "Invalid value",
    not_a_number: "Enter a number",
    whole_number: "Must be a whole number",
    min_number: "Must be at least {{minimum}}",
    max_number: "Must be at most {{maximum}}",
    positive: "Must be more than {{minimum}}",
    min_length_one: "Use at least {{count}} character",
    min_length_other: "Use at least {{count}} characters",
    max_length_one: "Use at most {{count}} character",
    max_length_other: "Use at most {{count}} characters",
    min_items_one: "Give at least {{count}} item",
    min_items_other: "Give at least {{count}} items",
    max_items_one: "Give at most {{count}} item",
    max_items_other: "Give at most {{count}} items",
    email: "Enter a valid email address",
    url: "Use a full http(s):// address",
    datetime: "Use an ISO date-time, e.g. 2024-05-01T09:30:00Z",
    format: "This is not in the expected format",
    country_code: "Use a two-letter ISO 3166-1 country code",
    choice: "Choose one of: {{options}}",
    unknown_keys: "Unknown field(s): {{keys}}",
    unstorable: "Contains a character that cannot be stored (a NUL or a broken character)",
    date_format: "Use a date as YYYY-MM-DD",
    not_a_date: "Not a real date",
    month_format: "Use a month as YYYY-MM",
    period_order: "The period ends before it starts",
    period_start: "Give the first month of the period",
    countries_count: "{{listed}} countries are listed but the count says {{stated}}",
    password_common:
      "This password is too common: it is on a list of passwords that attackers try first. Choose another one, for example a few unrelated words.",
  },
  not_found: {
    agency: "Agency {{id}} does not exist",
    operation: "Operation {{id}} does not exist",
    seizure: "Seizure {{id}} does not exist",
    user: "User {{id}} does not exist",
    session: "Session {{id}} does not exist",
    alias: "Alias {{id}} does not exist",
    page: "Not found",
  },
  conflict: {
    changed: "This record was changed by someone else. Reload it and try again.",
    exists: "This record already exists.",
    agency_approved: "This agency is already approved.",
    email_taken: "A user with the email {{email}} already exists",
    channel_exists: 'The channel "{{code}}" already exists',
    crime_area_exists: 'The crime area "{{code}}" already exists',
    operation_exists: "{{name}} ({{year}}) already exists",
    alias_country: '"{{name}}" is already mapped (as a country name)',
    alias_crime_area: '"{{name}}" is already mapped (as a crime area name)',
    alias_channel: '"{{name}}" is already mapped (as a channel name)',
  },
  reference: {
    unknown_country: "Unknown country code {{code}}",
    unknown_crime_area: 'Unknown crime area "{{code}}"',
    no_country: "There is no country {{code}}",
    no_crime_area: "There is no crime area {{code}}",
    no_channel: "There is no channel {{code}}",
    alias_name: "The name needs at least one letter or digit",
  },
  account: {
    own_role: "You cannot change your own role. Ask another admin to do it.",
    own_account: "You cannot disable your own account. Ask another admin to do it.",
    wrong_password: "Your current password is not correct",
    same_password: "Choose a password different from the current one",
    login_failed: "Email or password is incorrect",
  },
  access: {
    sign_in: "Please sign in.",
    not_available: "This action is not available.",
    role: "This needs the {{role}} role or higher.",
    own_pending_agency: "Staff can edit only the pending agencies they registered.",
    agency_status: "Only managers can change an agency's status.",
    cross_site: "Cross-site request refused",
  },
  limit: {
    login_one: "Too many sign-in attempts. Try again in {{count}} minute.",
    login_other: "Too many sign-in attempts. Try again in {{count}} minutes.",
    account_one: "Too many failed sign-ins for this account from here. Try again in {{count}} minute.",
    account_other: "Too many failed sign-ins for this account from here. Try again in {{count}} minutes.",
    batch: "Too many calls in one batch: at most {{maximum}} (this one has {{calls}}).",
    upload_size: "The file is larger than the {{size}} {{unit}} limit",
    request_size: "The request is too large.",
  },
  server: {
    internal: "Something went wrong. The error has been logged.",
    unavailable: "The database is not available at the moment. Try again shortly.",
    json_only: "Send API calls as application/json",
    csv_only: "Send the file itself as the body, with content-type text/csv",
    bad_request: "The request is not valid.",
  },
  seed: {
    scale: "The scale must be a number from {{minimum}} to {{maximum}}",
    not_empty:
      "The database already has {{what}}: the scale seed goes only into an empty database (create a new one, migrate, then seed).",
  },
  query: {
    invalid: "This list query is not valid: {{detail}}",
  },
  import: {
    busy: "The database is busy with an import. Nothing was saved: retry in a moment.",
    rejected_one: "{{count}} row has errors: nothing was imported",
    rejected_other: "{{count}} rows have errors: nothing was imported",
    file: {
      utf16: "This file is UTF-16 text: save it as “CSV UTF-8” and import it again",
      not_text: "This is not a CSV text file",
      not_utf8:
        "The file is not UTF-8 text (line {{line}}, byte offset {{offset}}): save it as “CSV UTF-8” and import it again",
      unclosed_quote: "The file is not valid CSV: a quote opened in row {{row}} is never closed",
      invalid_csv: "The file is not valid CSV",
      row_too_long: "The file is not valid CSV: row {{row}} is longer than {{maximum}} characters",
      invalid_csv_near: "The file is not valid CSV (near line {{line}})",
      empty: "The file is empty",
      no_rows: "The file has a header but no rows",
      header: "The header must be exactly: {{expected}} ({{problem}})",
      header_of_kinds:
        "The header must be exactly one of: {{expected}}; against the {{kind}} header, {{problem}}",
      interrupted: "The upload was interrupted: nothing was imported",
    },
    row: {
      cell_count: "This row has {{cells}} cells; the header has {{expected}}",
      duplicate_operation: "Same operation and year as line {{first}}",
      duplicate_key: "Same key as row {{first}}",
      months: "Use a month as YYYY-MM or a period as YYYY-MM/YYYY-MM, not {{value}}",
      too_many_countries: "At most {{maximum}} countries in one cell; this one lists {{listed}}",
      unknown_country: "Unknown country {{name}}",
      unknown_country_suggest: "Unknown country {{name}}: did you mean {{suggestions}}?",
      unknown_crime_area: "Unknown crime area {{name}}",
      unknown_crime_area_suggest: "Unknown crime area {{name}}: did you mean {{suggestions}}?",
      unknown_channel: "Unknown channel {{name}}",
      unknown_channel_suggest: "Unknown channel {{name}}: did you mean {{suggestions}}?",
      unknown_country_code: "Unknown country code {{code}}",
      unknown_operation: "No operation {{name}} in {{year}}",
    },
  },
} as const;

type Messages = typeof MESSAGES;
type Plural = "_zero" | "_one" | "_two" | "_few" | "_many" | "_other";
type StripPlural<K extends string> = K extends `${infer B}${Plural}` ? B : K;
type Paths<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${StripPlural<K>}` : Paths<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every message code, e.g. `import.row.unknown_country`. */
export type MessageCode = Paths<Messages>;
/** A parameter's value: numbers are formatted by whoever shows the message, in its locale. */
export type MessageParams = Record<string, string | number>;
/** A message as the server sends it: its code and parameters; clients put it into words. */
export type CodedMessage = { code: MessageCode; params: MessageParams };

const PLURAL_EN = new Intl.PluralRules("en");

function lookup(path: string): string | Record<string, unknown> | undefined {
  let node: unknown = MESSAGES;
  for (const part of path.split(".")) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node as string | Record<string, unknown> | undefined;
}

/** The English template of a code (the plural form `count` picks), or undefined for an unknown code. */
export function messageTemplate(code: string, params: MessageParams = {}): string | undefined {
  const count = params.count;
  if (typeof count === "number") {
    const plural = lookup(`${code}_${PLURAL_EN.select(count)}`) ?? lookup(`${code}_other`);
    if (typeof plural === "string") return plural;
  }
  const text = lookup(code);
  return typeof text === "string" ? text : undefined;
}

export function isMessageCode(code: unknown): code is MessageCode {
  return typeof code === "string" && messageTemplate(code, { count: 2 }) !== undefined;
}

/** Params that are numbers but no quantities: written without digit grouping (line 12345, not 12,345). */
export const UNGROUPED_PARAMS: ReadonlySet<string> = new Set(["id", "line", "row", "first", "year"]);

/** A code and its params → the English sentence (quantities as English writes them: 1,200). */
export function formatMessage(code: MessageCode, params: MessageParams = {}): string {
  const template = messageTemplate(code, params) ?? code;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value !== "number" || UNGROUPED_PARAMS.has(name)) return String(value);
    return value.toLocaleString("en");
  });
}

export const coded = (code: MessageCode, params: MessageParams = {}): CodedMessage => ({ code, params });

/** Every code with its English template(s), flattened: `code` or `code_one`… → template. */
export function messageEntries(): [string, string][] {
  const out: [string, string][] = [];
  const walk = (node: Record<string, unknown>, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === "string") out.push([`${prefix}${key}`, value]);
      else walk(value as Record<string, unknown>, `${prefix}${key}.`);
    }
  };
  walk(MESSAGES, "");
  return out;
}

/**
 * An error whose message is a coded one: the server answers its code and params, and its English
 * `message` comes from the catalogue. The data layer's errors extend it.
 */
export class CodedError extends Error {
  readonly coded: CodedMessage;
  constructor(code: MessageCode, params: MessageParams = {}) {
    super(formatMessage(code, params));
    this.name = "CodedError";
    this.coded = { code, params };
  }
}
