import { a11yMessages } from "./en-a11y";
import { codes } from "./en-codes";
import { exportText } from "./en-exports";
import { locale } from "./en-locale";
import { layout, theme } from "./en-theme";

/**
 * Texts of the parts around the pages: the language switch, the theme switch and drawer menu, the
 * command palette and accessible names, the exports' own words, and the server's message codes
 * (`codes.*`, the catalogue in @tbc/types itself, so that the CLI's English and the dashboard's agree).
 */
export const features = { ...a11yMessages, codes, exportText, locale, theme, layout };
