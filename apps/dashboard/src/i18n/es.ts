import { en, type Translation } from "./en";

/**
 * Spanish: a stand-in (English) so that the language switch works before the translation lands.
 * Replaced at merge by the translators' dictionary (`export const es: Translation = {…}`).
 */
export const es: Translation = en;
