/**
 * Writes src/pages/overview/map-points.json: where to draw, as a point, each country or territory
 * that Natural Earth's 1:110m map (world-atlas) has no shape for (Sint Maarten, Gibraltar, Singapore,
 * Malta…, 75 of 250), so that an agency or an operation there still shows on the overview's map.
 * Keyed by ISO numeric code, as the map's values are; [longitude, latitude] from world-countries.
 * Run again after upgrading either package: `node scripts/map-points.mjs`.
 */
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const atlas = require("world-atlas/countries-110m.json");
// world-countries is the database package's dependency (its country list comes from it).
const countries = require(
  require.resolve("world-countries/countries.json", {
    paths: [new URL("../../../packages/db/", import.meta.url).pathname],
  }),
);

const shaped = new Set(atlas.objects.countries.geometries.map((g) => String(g.id).padStart(3, "0")));
const points = Object.fromEntries(
  countries
    .filter((c) => c.ccn3 && !shaped.has(c.ccn3))
    .sort((a, b) => a.ccn3.localeCompare(b.ccn3))
    .map((c) => [c.ccn3, [c.latlng[1], c.latlng[0]]]),
);
const file = new URL("../src/pages/overview/map-points.json", import.meta.url);
writeFileSync(file, `${JSON.stringify(points)}\n`);
process.stdout.write(`${Object.keys(points).length} points written to ${file.pathname}\n`);
