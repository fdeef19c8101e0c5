import { z } from "zod";

/**
 * The languages the dashboard speaks (issue 14). A user's choice is kept in their profile
 * (`users.locale`, migration 0013) so that it follows them to another browser.
 */
export const LOCALES = ["en", "fr", "es", "ar"] as const;
export const ZLocale = z.enum(LOCALES, { error: () => `Choose one of ${LOCALES.join(", ")}` });
export type Locale = z.infer<typeof ZLocale>;

export const ZSetLocaleInput = z.object({ locale: ZLocale });
export type SetLocaleInput = z.input<typeof ZSetLocaleInput>;
