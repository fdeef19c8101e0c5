// The world map's data, bundled from npm (a lazy chunk of the overview): typed here rather than
// inferred from 100 kB of JSON.
declare module "world-atlas/countries-110m.json" {
  const topology: import("topojson-specification").Topology;
  export default topology;
}
