/**
 * The world's countries as SVG paths. Natural Earth's 1:110m countries (world-atlas), already
 * projected and fitted to the map's box by scripts/world-shapes.mjs: the browser neither carries
 * d3-geo and topojson-client nor spends its main thread projecting them. They are data, not code: a
 * fingerprinted JSON file of the build (served compressed and cached for good, from this server:
 * nothing is fetched from elsewhere), announced in index.html (landing-preload.ts) and requested as
 * soon as the overview is (./prefetch.ts), in parallel with the page's code and data; with them the
 * points of the territories too small for a shape at that scale (map-points.json).
 */
import shapesUrl from "./world-shapes.json?url&no-inline";

export type CountryShape = { numeric: string; name: string; d: string };
/** Where a country or territory without a shape at this scale is drawn as a point (scripts/map-points.mjs). */
export type CountryPoint = { numeric: string; x: number; y: number };
export type WorldShapes = {
  width: number;
  height: number;
  countries: CountryShape[];
  points: CountryPoint[];
};

let loading: Promise<WorldShapes> | null = null;
let loaded: WorldShapes | null = null;

/**
 * The shapes if they have arrived: the boot's request (./prefetch.ts) has them long before the map
 * first renders, which then draws at once rather than after a placeholder and one more render.
 */
export const loadedWorldShapes = (): WorldShapes | null => loaded;

/** The shapes, fetched once; a failed fetch is tried again by the next caller. */
export function loadWorldShapes(): Promise<WorldShapes> {
  if (!loading) {
    loading = fetch(shapesUrl).then(async (res) => {
      if (!res.ok) throw new Error(`The map's shapes answered ${res.status}`);
      loaded = (await res.json()) as WorldShapes;
      return loaded;
    });
    void loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}
