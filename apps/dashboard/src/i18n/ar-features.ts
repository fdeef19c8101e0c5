import { a11yMessages } from "./ar-a11y";
import { codes } from "./ar-codes";
import { exportText } from "./ar-exports";
import { locale } from "./ar-locale";
import { layout, theme } from "./ar-theme";

/** The namespaces of en-features.ts in this language. */
export const features = { ...a11yMessages, codes, exportText, locale, theme, layout };
