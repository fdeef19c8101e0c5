import { a11yMessages } from "./es-a11y";
import { codes } from "./es-codes";
import { exportText } from "./es-exports";
import { locale } from "./es-locale";
import { layout, theme } from "./es-theme";

/** The namespaces of en-features.ts in this language. */
export const features = { ...a11yMessages, codes, exportText, locale, theme, layout };
