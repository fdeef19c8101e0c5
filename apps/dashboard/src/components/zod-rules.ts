import type { useTranslate } from "@refinedev/core";
import { type IssueLike, issueCode } from "@tbc/types";
import type { Rule } from "antd/es/form";
import type { z } from "zod";
import { translateCoded } from "../providers/coded";

export type Translate = ReturnType<typeof useTranslate>;

const fallbackOf = (issue: IssueLike) => translateCoded(issueCode(issue), issue.message);

/**
 * An antd rule that checks one field with the very schema the server uses (@tbc/types), so that
 * the browser and the API can never disagree on what is valid. The message is translated by field
 * and zod issue code (`<prefix>.<field>.<code>`), falling back to the issue's message code (what the
 * server would answer: `codes.*`), then to the schema's English.
 */
export function zodFieldRule(
  schema: z.ZodType,
  key: string,
  t: Translate,
  normalize: (value: unknown) => unknown = (v) => v,
): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      const result = schema.safeParse(normalize(value));
      if (result.success) return;
      const issue = result.error.issues[0];
      if (!issue) return;
      throw new Error(t(`${key}.${issue.code}`, fallbackOf(issue)));
    },
  };
}

/**
 * `zodFieldRule` for each field of an object schema, messages under `<prefix>.<field>.<code>`.
 * `normalize` turns the form's value into what will be sent (an untouched input is `undefined`,
 * sent as null), so that the rule checks exactly the value the server will get.
 */
export function zodRules<S extends z.ZodRawShape>(
  shape: S,
  prefix: string,
  normalize?: (field: keyof S & string, value: unknown) => unknown,
) {
  return (field: keyof S & string, t: Translate): Rule =>
    zodFieldRule(
      shape[field] as unknown as z.ZodType,
      `${prefix}.${field}`,
      t,
      normalize && ((v) => normalize(field, v)),
    );
}

/**
 * Issues of a whole-object parse (cross-field checks such as "the period ends before it starts")
 * as antd `setFields` entries, the first message per field.
 */
export function issuesToFields(
  issues: readonly (IssueLike & { path: readonly PropertyKey[]; code: string })[],
  prefix: string,
  t: Translate,
): { name: string; errors: string[] }[] {
  const seen = new Map<string, string>();
  for (const issue of issues) {
    const name = issue.path.map(String).join(".");
    if (!name || seen.has(name)) continue;
    seen.set(name, t(`${prefix}.${name}.${issue.code}`, fallbackOf(issue)));
  }
  return [...seen].map(([name, message]) => ({ name, errors: [message] }));
}
