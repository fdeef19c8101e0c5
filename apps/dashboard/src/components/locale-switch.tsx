import { GlobalOutlined } from "@ant-design/icons";
import { useGetLocale, useTranslate } from "@refinedev/core";
import { theme } from "antd";
import { useState } from "react";
import { isLocale, LOCALE_NAMES, LOCALES, type Locale } from "../i18n";
import { chooseLocale } from "../providers/user-locale";
import { useFeedback } from "./feedback";

/**
 * The language switch: each language named in its own language and marked with its `lang` (a screen
 * reader then reads "Français" in French, whatever the page's language). Signed in, the choice is
 * saved to the user's profile too; a failure to save says so and leaves the screen switched.
 * A native <select>, styled with the theme's tokens: antd's Dropdown would add 12 kB gzip to the
 * app shell, and the platform's own picker is the easiest one on a phone and for assistive tools.
 *
 * `compact` (phones): only the globe shows, the select lies transparent over it, so the picker still
 * opens natively and is still the focusable control; the globe is outlined while it has focus.
 */
export function LocaleSwitch({ signedIn, compact = false }: { signedIn: boolean; compact?: boolean }) {
  const t = useTranslate();
  const { token } = theme.useToken();
  const current = (useGetLocale()() ?? "en") as Locale;
  const { message } = useFeedback();
  const [busy, setBusy] = useState(false);
  const [focused, setFocused] = useState(false);

  const choose = async (next: string) => {
    if (!isLocale(next) || next === current) return;
    setBusy(true);
    try {
      await chooseLocale(next, signedIn);
    } catch {
      void message.warning(t("locale.notSaved"));
    } finally {
      setBusy(false);
    }
  };

  return (
    <label
      title={t("locale.label")}
      style={{
        position: "relative",
        display: "inline-flex",
        alignItems: "center",
        gap: 6,
        color: token.colorTextSecondary,
        ...(compact
          ? {
              padding: token.paddingXS,
              borderRadius: token.borderRadius,
              outline: focused ? `2px solid ${token.colorPrimary}` : "none",
            }
          : {}),
      }}
    >
      <GlobalOutlined aria-hidden style={compact ? { fontSize: 18 } : undefined} />
      <select
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        aria-label={t("locale.label")}
        data-testid="locale-switch"
        value={current}
        disabled={busy}
        onChange={(e) => void choose(e.target.value)}
        lang={current}
        style={
          compact
            ? { position: "absolute", inset: 0, width: "100%", opacity: 0, cursor: "pointer" }
            : {
                height: token.controlHeight,
                padding: `0 ${token.paddingXS}px`,
                borderRadius: token.borderRadius,
                border: `1px solid ${token.colorBorder}`,
                background: token.colorBgContainer,
                color: token.colorText,
                font: "inherit",
                cursor: "pointer",
              }
        }
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
