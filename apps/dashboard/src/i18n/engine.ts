import i18next from "i18next";

/**
 * i18next, loaded with the first dictionary rather than in the app shell (≈15 kB gzip; the first
 * render waits for the dictionary anyway). It does the lookup, the fallback to English,
 * interpolation ({{name}}) and plural forms (`key_one`, `key_few`… chosen by Intl.PluralRules of
 * the language from `count`). React escapes what it renders, so i18next must not escape again; ":"
 * is text, not a namespace separator. `missing` is what a lookup that finds no text answers.
 */
export function createEngine(fallbackLng: string, missing: string) {
  const engine = i18next.createInstance();
  void engine.init({
    lng: fallbackLng,
    fallbackLng,
    resources: {},
    initAsync: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    // A key naming a group of texts ("overview") is no text: missing, like an unknown key.
    returnedObjectHandler: () => missing,
  });
  return engine;
}

export type Engine = ReturnType<typeof createEngine>;
