import { type CodedMessage, coded, isMessageCode, type MessageParams, messageEntries } from "./messages";

/**
 * A zod issue → its message code. Our refinements carry theirs (`params.code`, see `withCode`) or
 * use a catalogue sentence as their message; every other issue is coded by its kind, with the
 * limit it broke as a param (too_small → minimum, too_big → maximum…).
 */
export type IssueLike = {
  code?: string;
  message: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  expected?: string;
  format?: string;
  values?: readonly unknown[];
  keys?: readonly string[];
  params?: Record<string, unknown>;
};

let byEnglish: Map<string, string> | null = null;

/** A schema's message that is a catalogue sentence without params (e.g. "Not a real date") → its code. */
function codeOfSentence(message: string): string | undefined {
  if (!byEnglish) {
    byEnglish = new Map();
    for (const [key, text] of messageEntries()) if (!text.includes("{{")) byEnglish.set(text, key);
  }
  return byEnglish.get(message);
}

const num = (v: number | bigint | undefined) => (typeof v === "bigint" ? Number(v) : (v ?? 0));

/** Refinement options with a code: `.refine(check, withCode("validation.not_a_date"))`. */
export function withCode(code: CodedMessage["code"], message: string, params: MessageParams = {}) {
  return { message, params: { code, params } };
}

export function issueCode(issue: IssueLike): CodedMessage {
  const carried = issue.params as { code?: unknown; params?: MessageParams } | undefined;
  if (carried && isMessageCode(carried.code)) return coded(carried.code, carried.params ?? {});
  const known = codeOfSentence(issue.message);
  if (known && isMessageCode(known)) return coded(known);
  switch (issue.code) {
    case "too_small": {
      const minimum = num(issue.minimum);
      if (issue.origin === "string")
        return minimum <= 1
          ? coded("validation.required")
          : coded("validation.min_length", { count: minimum });
      if (issue.origin === "array" || issue.origin === "set")
        return coded("validation.min_items", { count: minimum });
      if (issue.origin === "number" || issue.origin === "bigint")
        return issue.inclusive === false
          ? coded("validation.positive", { minimum })
          : coded("validation.min_number", { minimum });
      return coded("validation.invalid");
    }
    case "too_big": {
      const maximum = num(issue.maximum);
      if (issue.origin === "string") return coded("validation.max_length", { count: maximum });
      if (issue.origin === "array" || issue.origin === "set")
        return coded("validation.max_items", { count: maximum });
      if (issue.origin === "number" || issue.origin === "bigint")
        return coded("validation.max_number", { maximum });
      return coded("validation.invalid");
    }
    case "invalid_type":
      if (/received (undefined|null)/.test(issue.message)) return coded("validation.required");
      if (issue.expected === "int") return coded("validation.whole_number");
      if (issue.expected === "number") return coded("validation.not_a_number");
      return coded("validation.invalid");
    case "invalid_format":
      if (issue.format === "email") return coded("validation.email");
      if (issue.format === "url") return coded("validation.url");
      if (issue.format === "datetime") return coded("validation.datetime");
      return coded("validation.format");
    case "invalid_value":
      return coded("validation.choice", { options: (issue.values ?? []).map(String).join(", ") });
    case "unrecognized_keys":
      return coded("validation.unknown_keys", { keys: (issue.keys ?? []).join(", ") });
    case "not_multiple_of":
      return coded("validation.whole_number");
    default:
      return coded("validation.invalid");
  }
}
