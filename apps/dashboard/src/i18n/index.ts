import type { I18nProvider } from "@refinedev/core";
import type { Locale as AntdLocale } from "antd/es/locale";
import antdEn from "antd/locale/en_US";
import { en, type Messages } from "./en";

/**
 * Locales the dashboard ships. To add one: write `fr.ts` exporting a `Messages` object, add it
 * here with its text direction and antd's own locale (date pickers, pagination, empty tables);
 * `ar` would be `dir: "rtl"`, which flips <html dir> and antd's ConfigProvider direction (App.tsx).
 */
export const LOCALES = {
  en: { label: "English", dir: "ltr", messages: en, antd: antdEn },
} as const satisfies Record<
  string,
  { label: string; dir: "ltr" | "rtl"; messages: Messages; antd: AntdLocale }
>;

export type Locale = keyof typeof LOCALES;
const DEFAULT_LOCALE: Locale = "en";
const STORAGE_KEY = "tbc.locale";

function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && Object.hasOwn(LOCALES, value);
}

function initialLocale(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage may be disabled; fall back to the default.
  }
  return DEFAULT_LOCALE;
}

let locale: Locale = initialLocale();
const listeners = new Set<() => void>();

function lookup(messages: unknown, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

function interpolate(text: string, params: unknown): string {
  if (typeof params !== "object" || params === null) return text;
  const values = params as Record<string, unknown>;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

const reported = new Set<string>();

/**
 * refine calls translate(key, params?, default?) and also translate(key, default); both forms work.
 * A missing key falls back to English, then to the given default; in development it is reported
 * once so that untranslated text is found before it ships.
 */
/**
 * A count picks its plural form, as i18next does: `key_one`, `key_other` (and `_few`, `_many`… where
 * a language has them, by Intl.PluralRules); a key without forms is used as it is.
 */
function pluralKey(key: string, params: unknown): string | null {
  // `n`: the number when `count` is passed formatted ("1,204").
  const { count, n } = (params ?? {}) as { count?: unknown; n?: unknown };
  const value = typeof n === "number" ? n : count;
  if (typeof value !== "number") return null;
  return `${key}_${new Intl.PluralRules(locale).select(value)}`;
}

function find(key: string): string | undefined {
  return lookup(LOCALES[locale].messages, key) ?? lookup(en, key);
}

export function translate(key: string, options?: unknown, defaultMessage?: string): string {
  const params = typeof options === "string" ? undefined : options;
  const fallback = typeof options === "string" ? options : defaultMessage;
  const plural = pluralKey(key, params);
  const text = (plural === null ? undefined : find(plural)) ?? find(key);
  if (text === undefined) {
    if (import.meta.env.DEV && !reported.has(key)) {
      reported.add(key);
      console.warn(`[i18n] missing key "${key}"`);
    }
    return interpolate(fallback ?? key, params);
  }
  return interpolate(text, params);
}

export function currentLocale(): Locale {
  return locale;
}

export function directionOf(l: Locale = locale): "ltr" | "rtl" {
  return LOCALES[l].dir;
}

export function antdLocaleOf(l: Locale = locale): AntdLocale {
  return LOCALES[l].antd;
}

/** Keeps <html lang dir> in step with the locale (screen readers, RTL layout). */
export function applyDocumentLocale(l: Locale = locale): void {
  document.documentElement.lang = l;
  document.documentElement.dir = directionOf(l);
}

export function onLocaleChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const i18nProvider: I18nProvider = {
  translate,
  getLocale: () => locale,
  changeLocale: async (next: string) => {
    if (!isLocale(next) || next === locale) return;
    locale = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not persisted; the choice still holds for this tab.
    }
    applyDocumentLocale(next);
    for (const listener of listeners) listener();
  },
};
