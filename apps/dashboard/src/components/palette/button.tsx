import { SearchOutlined } from "@ant-design/icons";
import { useTranslate } from "@refinedev/core";
import { Button } from "antd";
import { lazy, Suspense, useEffect, useRef, useState } from "react";

// kbar and the palette's searches load on the first Ctrl/Cmd+K or click, not with the app shell.
const Palette = lazy(() => import("./palette"));

const isToggle = (e: KeyboardEvent) => (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "k";

/**
 * The header's "Search / jump to…" button and the Ctrl/Cmd+K shortcut. Until the palette has
 * loaded, this listens for the shortcut; from then on kbar does (its own toggle shortcut).
 */
export function PaletteButton({ compact = false }: { compact?: boolean }) {
  const t = useTranslate();
  const [wanted, setWanted] = useState(false);
  const opener = useRef<(() => void) | null>(null);
  const open = () => {
    if (opener.current) opener.current();
    else setWanted(true);
  };
  useEffect(() => {
    if (wanted) return;
    const onKey = (e: KeyboardEvent) => {
      if (!isToggle(e)) return;
      e.preventDefault();
      setWanted(true);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [wanted]);
  return (
    <>
      <Button
        icon={<SearchOutlined aria-hidden />}
        onClick={open}
        aria-keyshortcuts="Control+K Meta+K"
        // On a phone the header has room for the icon only; its name stays for screen readers.
        aria-label={compact ? t("palette.open") : undefined}
        title={compact ? t("palette.open") : undefined}
        data-testid="palette-button"
      >
        {compact ? null : (
          <>
            {t("palette.open")}{" "}
            <kbd style={{ fontFamily: "inherit", fontSize: "0.85em", opacity: 0.85 }}>
              {t("palette.shortcut")}
            </kbd>
          </>
        )}
      </Button>
      {wanted && (
        <Suspense fallback={null}>
          <Palette
            onReady={(show) => {
              opener.current = show;
            }}
          />
        </Suspense>
      )}
    </>
  );
}
