import { a11yMessages } from "./fr-a11y";
import { codes } from "./fr-codes";
import { exportText } from "./fr-exports";
import { locale } from "./fr-locale";
import { layout, theme } from "./fr-theme";

/** The namespaces of en-features.ts in this language. */
export const features = { ...a11yMessages, codes, exportText, locale, theme, layout };
