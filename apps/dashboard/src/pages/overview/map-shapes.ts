/**
 * The world's countries as SVG paths, computed once. This module is only ever imported dynamically,
 * so topojson-client and d3-geo land in a chunk of their own. Natural Earth's 1:110m countries
 * (world-atlas) are data, not code: a fingerprinted JSON file of the build (served compressed and
 * cached for good, from this server: nothing is fetched from elsewhere), requested as soon as the
 * overview is (./prefetch.ts), in parallel with the page's code and data; so are the points of the
 * territories too small for a shape at that scale (map-points.json).
 */
import { geoNaturalEarth1, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlasUrl from "world-atlas/countries-110m.json?url";
import pointsUrl from "./map-points.json?url&no-inline";

export type CountryShape = { numeric: string; name: string; d: string };
/** Where a country or territory without a shape at this scale is drawn as a point (scripts/map-points.mjs). */
export type CountryPoint = { numeric: string; x: number; y: number };
export type WorldShapes = {
  width: number;
  height: number;
  countries: CountryShape[];
  points: CountryPoint[];
};

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;
/** Antarctica: no agencies, no operations, and a third of the map's height in this projection. */
const ANTARCTICA = "010";

let loading: Promise<WorldShapes> | null = null;

/** The shapes, fetched and projected once; a failed fetch is tried again by the next caller. */
export function loadWorldShapes(): Promise<WorldShapes> {
  if (!loading) {
    loading = Promise.all([fetchJson<Topology>(atlasUrl), fetchJson<Points>(pointsUrl)]).then(
      ([atlas, points]) => project(atlas, points),
    );
    void loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

/** ISO numeric code → [longitude, latitude] (scripts/map-points.mjs). */
type Points = Record<string, number[]>;

async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`The map's shapes answered ${res.status}`);
  return (await res.json()) as T;
}

function project(atlas: Topology, mapPoints: Points): WorldShapes {
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
  const points = Object.entries(mapPoints).flatMap(([numeric, [lon, lat]]) => {
    const xy = lon === undefined || lat === undefined ? null : projection([lon, lat]);
    return xy ? [{ numeric, x: xy[0], y: xy[1] }] : [];
  });
  return { width: MAP_WIDTH, height: MAP_HEIGHT, countries, points };
}
