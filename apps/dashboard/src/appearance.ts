/**
 * How the screen looks before anything renders: the chosen theme mode (stored in this browser) and
 * the system's dark and reduced-motion preferences. Kept apart from theme.ts (which brings antd) so
 * that the entry can read it at once to ask for the matching prebuilt antd styles (antd-styles.ts).
 */

export type ThemeMode = "light" | "dark" | "system";
export const THEME_MODES: readonly ThemeMode[] = ["light", "dark", "system"];
export const THEME_STORAGE_KEY = "tbc.theme";
export const DARK_QUERY = "(prefers-color-scheme: dark)";
export const REDUCED_MOTION_QUERY = "(prefers-reduced-motion: reduce)";

function isMode(value: unknown): value is ThemeMode {
  return typeof value === "string" && (THEME_MODES as readonly string[]).includes(value);
}

export function storedThemeMode(): ThemeMode {
  try {
    const value = localStorage.getItem(THEME_STORAGE_KEY);
    if (isMode(value)) return value;
  } catch {
    // Storage may be disabled: follow the system.
  }
  return "system";
}

export type Appearance = { dark: boolean; reducedMotion: boolean };

/** Whether a mode shows the dark theme, given whether the system is dark now. */
export function isDark(mode: ThemeMode, systemDark: boolean): boolean {
  return mode === "dark" || (mode === "system" && systemDark);
}

/** What the first render shows: the stored mode against the system's preferences, as now. */
export function currentAppearance(mode: ThemeMode = storedThemeMode()): Appearance {
  return {
    dark: isDark(mode, window.matchMedia(DARK_QUERY).matches),
    reducedMotion: window.matchMedia(REDUCED_MOTION_QUERY).matches,
  };
}

/** The name of an appearance's antd style sheet: one per appearance, prebuilt at build time. */
export function appearanceName({ dark, reducedMotion }: Appearance): string {
  return `${dark ? "dark" : "light"}${reducedMotion ? "-still" : ""}`;
}

export const APPEARANCES: readonly Appearance[] = [false, true].flatMap((dark) =>
  [false, true].map((reducedMotion) => ({ dark, reducedMotion })),
);
