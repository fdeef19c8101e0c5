import { en, type Translation } from "./en";

/**
 * French: a stand-in (English) so that the language switch works before the translation lands.
 * Replaced at merge by the translators' dictionary (`export const fr: Translation = {…}`).
 */
export const fr: Translation = en;
