/**
 * The world's countries as SVG paths, computed once. This module is only ever imported dynamically,
 * so topojson-client and d3-geo land in a chunk of their own. Natural Earth's 1:110m countries
 * (world-atlas) are data, not code: a fingerprinted JSON file of the build (served compressed and
 * cached for good, from this server: nothing is fetched from elsewhere), requested as soon as the
 * overview is (./prefetch.ts), in parallel with the page's code and data.
 */
import { geoNaturalEarth1, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlasUrl from "world-atlas/countries-110m.json?url";

export type CountryShape = { numeric: string; name: string; d: string };
export type WorldShapes = { width: number; height: number; countries: CountryShape[] };

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;
/** Antarctica: no agencies, no operations, and a third of the map's height in this projection. */
const ANTARCTICA = "010";

let loading: Promise<WorldShapes> | null = null;

/** The shapes, fetched and projected once; a failed fetch is tried again by the next caller. */
export function loadWorldShapes(): Promise<WorldShapes> {
  if (!loading) {
    loading = fetch(atlasUrl)
      .then((res) => {
        if (!res.ok) throw new Error(`The map's shapes answered ${res.status}`);
        return res.json() as Promise<Topology>;
      })
      .then(project);
    void loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

function project(atlas: Topology): WorldShapes {
  const collection = feature(
    atlas,
    atlas.objects.countries as GeometryCollection<{ name: string }>,
  ) as FeatureCollection<Geometry, { name: string }>;
  const features = collection.features.filter((f) => String(f.id) !== ANTARCTICA);
  const land: FeatureCollection<Geometry, { name: string }> = { type: "FeatureCollection", features };
  const projection = geoNaturalEarth1().fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    land,
  );
  const path = geoPath(projection);
  const countries = features
    .map((f: Feature<Geometry, { name: string }>) => ({
      numeric: f.id === undefined ? "" : String(f.id).padStart(3, "0"),
      name: f.properties.name,
      d: path(f) ?? "",
    }))
    .filter((c) => c.d);
  return { width: MAP_WIDTH, height: MAP_HEIGHT, countries };
}
