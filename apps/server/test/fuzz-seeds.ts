/**
 * One valid input per procedure (where one takes input): the fuzz test mutates one leaf of it at a
 * time, so that an adversarial value arrives with everything around it valid and reaches the code
 * behind the schema — where a random object would stop at the first missing key.
 */
const list = {
  filters: [{ field: "name", operator: "contains", value: "police" }],
  sorters: [{ field: "name", order: "asc" }],
  pagination: { currentPage: 1, pageSize: 10 },
};
const period = { from: "2020-01-01", to: "2024-12-31", channels: ["x"], countryCode: "FR" };
const agency = {
  name: "Fuzz Police",
  acronym: "FP",
  countryCode: "FR",
  kind: "national_police",
  pledgedOn: "2015-03-01",
  website: "https://example.org",
  socialHandle: "@fuzz",
  notes: "notes",
  sourceUrl: "https://example.org/source",
};
const operation = {
  name: "Operation Fuzz",
  editionYear: 2020,
  periodStart: "2020-01",
  periodEnd: "2020-02",
  crimeArea: "drugs",
  region: "Europe",
  countriesCount: 2,
  countryCodes: ["FR", "DE"],
  summary: "summary",
  raids: 1,
  arrests: 2,
  underInvestigation: 3,
  seizedValueUsd: 4,
  sourceUrl: "https://example.org",
  reliability: "A",
};
const years = { yearFrom: 2015, yearTo: 2024, crimeAreas: ["drugs"], region: "Europe" };

export const FUZZ_SEEDS: Record<string, unknown> = {
  "auth.login": { email: "viewer@example.org", password: "wrong password" },
  // The fuzz users' own password (fuzz.test.ts), so that the seed itself succeeds.
  "auth.changePassword": { current: "a long enough fuzzing passphrase", next: "another long passphrase 7" },
  "auth.endSession": { id: 1 },
  "auth.setLocale": { locale: "es" },
  "live.changes": { lastEventId: "1" },
  "agencies.list": list,
  "agencies.get": { id: 1 },
  "agencies.duplicates": { name: "Federal Police", countryCode: "DE", excludeId: 1 },
  "agencies.history": { id: 1 },
  "agencies.create": { values: agency },
  "agencies.update": { id: 1, version: 1, values: { ...agency, status: "active" } },
  "agencies.approve": { id: 1, version: 1 },
  "agencies.delete": { id: 2 },
  "agencies.byCountry": { region: "Europe" },
  "countries.list": list,
  "aliases.list": list,
  "aliases.get": { id: 1 },
  "aliases.create": { values: { kind: "country", name: "Hollande", code: "NL" } },
  "aliases.update": { id: 1, version: 1, values: { code: "BE" } },
  "aliases.delete": { id: 1 },
  "operations.list": list,
  "operations.get": { id: 1 },
  "operations.history": { id: 1 },
  "operations.create": { values: operation },
  "operations.update": { id: 1, version: 1, values: { ...operation, name: "Operation Fuzz Again" } },
  "operations.delete": { id: 3 },
  "seizures.create": {
    operationId: 1,
    values: { category: "drugs", description: "d", quantity: 1, unit: "kg", valueUsd: 1, countryCode: "FR" },
  },
  "seizures.delete": { id: 1 },
  "crimeAreas.list": list,
  "crimeAreas.create": { values: { code: "fuzzing" } },
  "imports.list": list,
  "overview.kpis": { ...period, region: "Europe", crimeAreas: ["drugs"] },
  "overview.map": { filters: period, layer: "agencies" },
  "outcomes.kpis": years,
  "outcomes.byYear": { ...years, figure: "arrests" },
  "outcomes.byCrimeArea": { ...years, figure: "arrests" },
  "outcomes.topOperations": { ...years, figure: "arrests", limit: 10 },
  "outcomes.byCountry": { ...years, figure: "arrests" },
  "engagement.series": { filters: period, metric: "impressions", granularity: "month" },
  "engagement.totals": period,
  "engagement.markers": period,
  "channels.create": { values: { code: "fuzz", label: "Fuzz" } },
  "posts.list": list,
  "users.list": list,
  "users.get": { id: 1 },
  "users.create": { values: { email: "new@example.org", name: "New", role: "viewer" } },
  "users.update": { id: 99, version: 1, values: { name: "Renamed" } },
  "users.disable": { id: 99 },
  "users.enable": { id: 99 },
  "users.resetPassword": { id: 99 },
  "users.sessions": { id: 1 },
  "users.endSessions": { userId: 99 },
  "audit.list": list,
};

type Path = (string | number)[];

/** Every path to a leaf (a scalar, or an empty array / object) of a JSON value. */
export function leafPaths(value: unknown, at: Path = []): Path[] {
  if (Array.isArray(value) && value.length) return value.flatMap((v, i) => leafPaths(v, [...at, i]));
  if (value && typeof value === "object" && Object.keys(value).length)
    return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...at, k]));
  return [at];
}

/** A deep copy of `value` with the leaf at `path` replaced (or, with `drop`, removed). */
export function replaceAt(value: unknown, path: Path, leaf: unknown, drop = false): unknown {
  if (path.length === 0) return leaf;
  const [head, ...rest] = path as [string | number, ...Path];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  if (drop && rest.length === 0) delete copy[head];
  else copy[head] = replaceAt(copy[head], rest, leaf, drop);
  return copy;
}
