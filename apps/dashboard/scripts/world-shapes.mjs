/**
 * Writes src/pages/overview/world-shapes.json: the overview's world map as it is drawn, every
 * country of Natural Earth's 1:110m map (world-atlas) as an SVG path in the Natural Earth projection
 * fitted to the map's box, and the points of map-points.json projected the same way. Projecting in
 * the browser cost d3-geo and topojson-client in the overview's code (≈ 10 kB gzip) and ~0.1–0.3 s
 * of main thread on every cold load, between the shapes arriving and the map being drawn; the
 * result only changes with world-atlas, this projection or the map's size.
 * Run again after changing any of them: `node scripts/world-shapes.mjs` (after map-points.mjs).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { geoNaturalEarth1, geoPath } from "d3-geo";
import { feature } from "topojson-client";

const require = createRequire(import.meta.url);
const atlas = require("world-atlas/countries-110m.json");
const mapPoints = JSON.parse(
  readFileSync(new URL("../src/pages/overview/map-points.json", import.meta.url), "utf8"),
);

/** The map's box (src/pages/overview/map-shapes.ts reads them from the file). */
const WIDTH = 960;
const HEIGHT = 470;
/** Antarctica: no agencies, no operations, and a third of the map's height in this projection. */
const ANTARCTICA = "010";
/** A tenth of a pixel at the map's own size: finer than any screen draws it, and a third smaller. */
const DIGITS = 1;

const features = feature(atlas, atlas.objects.countries).features.filter((f) => String(f.id) !== ANTARCTICA);
const land = { type: "FeatureCollection", features };
const projection = geoNaturalEarth1().fitExtent(
  [
    [4, 4],
    [WIDTH - 4, HEIGHT - 4],
  ],
  land,
);
const path = geoPath(projection).digits(DIGITS);
const round = (n) => Number(n.toFixed(DIGITS));
const countries = features
  .map((f) => ({
    numeric: f.id === undefined ? "" : String(f.id).padStart(3, "0"),
    name: f.properties.name,
    d: path(f) ?? "",
  }))
  .filter((c) => c.d);
const points = Object.entries(mapPoints).flatMap(([numeric, [lon, lat]]) => {
  const xy = lon === undefined || lat === undefined ? null : projection([lon, lat]);
  return xy ? [{ numeric, x: round(xy[0]), y: round(xy[1]) }] : [];
});
const file = new URL("../src/pages/overview/world-shapes.json", import.meta.url);
writeFileSync(file, `${JSON.stringify({ width: WIDTH, height: HEIGHT, countries, points })}\n`);
process.stdout.write(`${countries.length} shapes and ${points.length} points written to ${file.pathname}\n`);
