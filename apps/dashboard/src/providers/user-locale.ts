import type { SessionUser } from "@tbc/types";
import { changeLocale, currentLocale, type Locale } from "../i18n";
import { trpc } from "./trpc";

/**
 * The language kept in the signed-in user's profile wins over this browser's: applied when the
 * server reports a value other than the last one it reported or was sent. Comparing with that
 * (not with the screen) keeps a `me` answered before a just-chosen language was saved from
 * switching the screen back.
 */
let profileLocale: Locale | null | undefined;

export function followProfileLocale(user: SessionUser | null): void {
  if (!user) {
    profileLocale = undefined;
    return;
  }
  if (user.locale === profileLocale) return;
  profileLocale = user.locale;
  if (user.locale && user.locale !== currentLocale()) {
    // A language that fails to load leaves the screen as it is; the next switch tries again.
    changeLocale(user.locale).catch(() => {});
  }
}

/** The user picked a language: shown at once, then saved to their profile when signed in. */
export async function chooseLocale(next: Locale, signedIn: boolean): Promise<void> {
  await changeLocale(next);
  if (!signedIn) return;
  profileLocale = next;
  await trpc.auth.setLocale.mutate({ locale: next });
}
