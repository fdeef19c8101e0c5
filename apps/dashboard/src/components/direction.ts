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
export function useChartDirection(): {
  rtl: boolean;
  /** Spread on <XAxis>, <YAxis>; `end`: a legend's align. */
  x: { reversed: boolean };
  y: { orientation: "left" | "right" };
  end: "left" | "right";
} {
  const rtl = useDirection() === "rtl";
  return {
    rtl,
    x: { reversed: rtl },
    y: { orientation: rtl ? "right" : "left" },
    end: rtl ? "left" : "right",
  };
}

/** A chart's margins with left and right swapped in RTL (the room kept for the last tick moves over). */
export function mirrorMargin<M extends { left?: number; right?: number }>(margin: M, rtl: boolean): M {
  return rtl ? { ...margin, left: margin.right, right: margin.left } : margin;
}
