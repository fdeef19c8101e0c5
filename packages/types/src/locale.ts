import { z } from "zod";
import { LOCALES } from "./locale.constants";

/**
 * The languages the dashboard speaks (issue 14). A user's choice is kept in their profile
 * (`users.locale`, migration 0013) so that it follows them to another browser.
 */
export const ZLocale = z.enum(LOCALES, { error: () => `Choose one of ${LOCALES.join(", ")}` });

export const ZSetLocaleInput = z.object({ locale: ZLocale });
export type SetLocaleInput = z.input<typeof ZSetLocaleInput>;
