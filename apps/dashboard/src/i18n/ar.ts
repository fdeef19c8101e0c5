import { en, type Translation } from "./en";

/**
 * Arabic: a stand-in (English) so that the language switch works before the translation lands.
 * Replaced at merge by the translators' dictionary (`export const ar: Translation = {…}`).
 */
export const ar: Translation = en;
