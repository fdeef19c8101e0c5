import type { I18nProvider } from "@refinedev/core";
import { LOCALES, type Locale } from "@tbc/types";
import type { Locale as AntdLocale } from "antd/es/locale";
import type { Engine } from "./engine";
import { LOCALE_LOADERS, type LocaleData, setDayjsLocale } from "./locale-data";

export { LOCALES, type Locale };

/**
 * The dashboard's languages, each named in its own language (the switch shows them so, with a
 * `lang` attribute, whatever the current language) and its text direction: Arabic flips <html dir>
 * and antd's ConfigProvider direction (App.tsx).
 */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  fr: "Français",
  es: "Español",
  ar: "العربية",
};
const DIRECTIONS: Record<Locale, "ltr" | "rtl"> = { en: "ltr", fr: "ltr", es: "ltr", ar: "rtl" };

const DEFAULT_LOCALE: Locale = "en";
const STORAGE_KEY = "tbc.locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Before sign-in: this browser's last choice, then the first of the browser's languages we speak. */
function initialLocale(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage may be disabled; the browser's languages decide.
  }
  for (const tag of navigator.languages ?? []) {
    const language = tag.split("-")[0]?.toLowerCase();
    if (isLocale(language)) return language;
  }
  return DEFAULT_LOCALE;
}

const reported = new Set<string>();
/** i18next (engine.ts), there once the first language has loaded: before the first render. */
let engine: Engine | null = null;
let starting: Promise<Engine> | null = null;
function startEngine(): Promise<Engine> {
  starting ??= import("./engine").then(({ createEngine }) => {
    engine = createEngine(DEFAULT_LOCALE, MISSING);
    return engine;
  });
  return starting;
}

const loaded = new Map<Locale, LocaleData>();
const loading = new Map<Locale, Promise<LocaleData>>();

function load(l: Locale): Promise<LocaleData> {
  let promise = loading.get(l);
  if (!promise) {
    promise = Promise.all([LOCALE_LOADERS[l](), startEngine()]).then(([data, i18n]) => {
      i18n.addResourceBundle(l, "translation", data.messages, true, true);
      loaded.set(l, data);
      return data;
    });
    // A failed load (network) is tried again on the next switch.
    promise.catch(() => loading.delete(l));
    loading.set(l, promise);
  }
  return promise;
}

let locale: Locale = DEFAULT_LOCALE;
const listeners = new Set<() => void>();

/** A stand-in i18next returns for a key no dictionary has (no dictionary value is this). */
const MISSING = "\u0000missing";

/**
 * refine calls translate(key, params?, default?) and also translate(key, default); both forms work.
 * A count picks the plural form: `count` when it is a number, else `n` — the number behind a
 * `count` passed already formatted ("1,204"), which {{count}} then shows. A missing key falls back
 * to English, then to the given default; in development it is reported once so that untranslated
 * text is found before it ships.
 */
export function translate(key: string, options?: unknown, defaultMessage?: string): string {
  const params = typeof options === "object" && options !== null ? (options as Record<string, unknown>) : {};
  const fallback = typeof options === "string" ? options : defaultMessage;
  const count =
    typeof params.n === "number" ? params.n : typeof params.count === "number" ? params.count : undefined;
  const text = engine?.t(key, { count, replace: params, defaultValue: MISSING }) ?? MISSING;
  if (text !== MISSING) return text;
  if (import.meta.env.DEV && !reported.has(key)) {
    reported.add(key);
    console.warn(`[i18n] missing key "${key}"`);
  }
  if (fallback === undefined) return key;
  return engine ? engine.services.interpolator.interpolate(fallback, params, locale, {}) : fallback;
}

export function currentLocale(): Locale {
  return locale;
}

export function directionOf(l: Locale = locale): "ltr" | "rtl" {
  return DIRECTIONS[l];
}

/** antd's texts for the language; English's until the language has loaded (never, once shown). */
export function antdLocaleOf(l: Locale = locale): AntdLocale | undefined {
  return (loaded.get(l) ?? loaded.get(DEFAULT_LOCALE))?.antd;
}

/**
 * A country's name in the current language, from i18n-iso-countries' locale data; `fallback` (the
 * server's English name) for English and for a code the package does not name.
 */
export function countryName(code: string, fallback: string): string {
  return loaded.get(locale)?.countries?.get(code) ?? fallback;
}

/** Keeps <html lang dir> in step with the locale (screen readers, RTL layout). */
export function applyDocumentLocale(l: Locale = locale): void {
  if (typeof document === "undefined") return; // unit tests in Node
  document.documentElement.lang = l;
  document.documentElement.dir = directionOf(l);
}

export function onLocaleChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Switches language once its dictionary and locale data have loaded (English's too, the fallback),
 * remembers a choice in this browser (`remember`: not a guess from the browser's languages) and
 * tells the app to render again.
 */
export async function changeLocale(next: Locale, remember = true): Promise<void> {
  await Promise.all([load(DEFAULT_LOCALE), load(next)]);
  // The dates' language follows; English needs no file (dayjs starts in it), so boot skips dayjs.
  if (next !== DEFAULT_LOCALE || locale !== DEFAULT_LOCALE) await setDayjsLocale(next);
  await (await startEngine()).changeLanguage(next);
  try {
    if (remember) localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Not persisted; the choice still holds for this tab.
  }
  const changed = next !== locale;
  locale = next;
  applyDocumentLocale(next);
  if (changed) for (const listener of listeners) listener();
}

/** At boot, before the first render: the language this browser should open in, loaded. */
export async function initI18n(): Promise<void> {
  const first = initialLocale();
  try {
    await changeLocale(first, false);
  } catch (err) {
    // The language's files did not load: English, which the shell must be able to show.
    if (first === DEFAULT_LOCALE) throw err;
    await changeLocale(DEFAULT_LOCALE, false);
  }
}

export const i18nProvider: I18nProvider = {
  translate,
  getLocale: () => locale,
  changeLocale: async (next: string) => {
    if (isLocale(next)) await changeLocale(next);
  },
};
