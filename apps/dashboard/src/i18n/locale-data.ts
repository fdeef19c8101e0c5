import type { Locale } from "@tbc/types";
import type { Locale as AntdLocale } from "antd/es/locale";
import type { Messages, Translation } from "./en";

/**
 * Everything a language needs on screen, loaded with it and only with it (dynamic imports, one
 * chunk each): the dictionary, antd's own texts (pagination, pickers, empty tables), dayjs's month
 * and day names for the date pickers, and the country names from i18n-iso-countries' locale data.
 * The app shell carries none of it, English included: that is what pays for i18next in the shell.
 *
 * The translators replace fr.ts, es.ts and ar.ts (thin stubs until they land, see there).
 */
export type LocaleData = {
  messages: Messages | Translation;
  antd: AntdLocale;
  /** ISO 3166-1 alpha-2 → name in this language; null for English, whose names the server sends. */
  countries: ReadonlyMap<string, string> | null;
};

/** i18n-iso-countries' per-language JSON: a name, or several with the usual one first. */
type CountryNames = { countries: Record<string, string | string[]> };

function countryMap(json: CountryNames): ReadonlyMap<string, string> {
  return new Map(
    Object.entries(json.countries).map(([code, names]) => [
      code,
      Array.isArray(names) ? (names[0] ?? code) : names,
    ]),
  );
}

export const LOCALE_LOADERS: Record<Locale, () => Promise<LocaleData>> = {
  en: async () => {
    const [{ en }, antd] = await Promise.all([import("./en"), import("antd/es/locale/en_US")]);
    return { messages: en, antd: antd.default, countries: null };
  },
  fr: async () => {
    const [{ fr }, antd, countries] = await Promise.all([
      import("./fr"),
      import("antd/es/locale/fr_FR"),
      import("i18n-iso-countries/langs/fr.json"),
      import("dayjs/locale/fr"),
    ]);
    return { messages: fr, antd: antd.default, countries: countryMap(countries.default) };
  },
  es: async () => {
    const [{ es }, antd, countries] = await Promise.all([
      import("./es"),
      import("antd/es/locale/es_ES"),
      import("i18n-iso-countries/langs/es.json"),
      import("dayjs/locale/es"),
    ]);
    return { messages: es, antd: antd.default, countries: countryMap(countries.default) };
  },
  ar: async () => {
    const [{ ar }, antd, countries] = await Promise.all([
      import("./ar"),
      import("antd/es/locale/ar_EG"),
      import("i18n-iso-countries/langs/ar.json"),
      import("dayjs/locale/ar"),
    ]);
    return { messages: ar, antd: antd.default, countries: countryMap(countries.default) };
  },
};

/** dayjs keeps one global locale (its files register theirs when they run, with the dictionary). */
export async function setDayjsLocale(code: Locale): Promise<void> {
  const { default: dayjs } = await import("dayjs");
  dayjs.locale(code);
}
