import { useSyncExternalStore } from "react";

export type Direction = "ltr" | "rtl";

function read(): Direction {
  return document.documentElement.dir === "rtl" ? "rtl" : "ltr";
}

function subscribe(onChange: () => void): () => void {
  // Whoever sets <html dir> (the locale, a test) is followed: one source of truth for antd and charts.
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["dir"] });
  return () => observer.disconnect();
}

/** The document's writing direction, live. */
export function useDirection(): Direction {
  return useSyncExternalStore(subscribe, read, () => "ltr");
}

/**
 * How a chart lays out in this direction: in RTL time flows right to left (the x-axis reversed)
 * and the value axis stands on the right, where a reader starts.
 */
export function useChartDirection(): { rtl: boolean; reversed: boolean; yOrientation: "left" | "right" } {
  const rtl = useDirection() === "rtl";
  return { rtl, reversed: rtl, yOrientation: rtl ? "right" : "left" };
}
