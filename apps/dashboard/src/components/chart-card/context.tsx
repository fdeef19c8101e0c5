import { createContext, type ReactNode, useContext, useMemo } from "react";

/** What the report needs from a mounted chart card. */
export type ChartHandle = {
  id: string;
  title: string;
  caption: () => string | undefined;
  /** The composed chart (title, legend, caption, source) as a white PNG at 2×; null: nothing drawn. */
  image: () => Promise<{ dataUrl: string; width: number; height: number } | null>;
};

/**
 * The chart cards mounted on a page, by id, so that a report can draw any of them; and which have
 * drawn their chart, so that a page can hold back what may come after its charts.
 */
export class ChartRegistry {
  private readonly charts = new Map<string, ChartHandle>();
  private readonly drawn = new Set<string>();
  private readonly listeners = new Set<() => void>();

  /** A card's chart is on screen (or the card settled as empty or failed). */
  markDrawn(id: string): void {
    if (this.drawn.has(id)) return;
    this.drawn.add(id);
    for (const listener of this.listeners) listener();
  }

  isDrawn(id: string): boolean {
    return this.drawn.has(id);
  }

  /** For useSyncExternalStore: called on every chart drawn. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  register(handle: ChartHandle): () => void {
    this.charts.set(handle.id, handle);
    return () => {
      if (this.charts.get(handle.id) === handle) this.charts.delete(handle.id);
    };
  }

  get(id: string): ChartHandle | undefined {
    return this.charts.get(id);
  }
}

/**
 * What every chart card on a page shares: the active filters in words (the caption of every export),
 * the default source line, and the registry the page's report reads.
 */
export type ChartFrame = {
  caption?: string;
  source?: string;
  registry?: ChartRegistry;
};

const ChartFrameContext = createContext<ChartFrame>({});

export function ChartFrameProvider({
  caption,
  source,
  registry,
  children,
}: ChartFrame & { children: ReactNode }) {
  const value = useMemo(
    () => ({
      ...(caption ? { caption } : {}),
      ...(source ? { source } : {}),
      ...(registry ? { registry } : {}),
    }),
    [caption, source, registry],
  );
  return <ChartFrameContext.Provider value={value}>{children}</ChartFrameContext.Provider>;
}

export function useChartFrame(): ChartFrame {
  return useContext(ChartFrameContext);
}
