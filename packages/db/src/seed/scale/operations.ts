import type { SEIZURE_CATEGORIES } from "@tbc/types";
import type { ScaleContext } from "./context";
import { apportion, DAY_MS, dayOf, Rng, WeightedPicker } from "./random";
import type { TableSpec } from "./writer";

export const OPERATIONS: TableSpec = {
  table: "operations",
  columns: [
    ["name", "varchar"],
    ["edition_year", "integer"],
    ["period_start", "varchar"],
    ["period_end", "varchar"],
    ["crime_area", "varchar"],
    ["region", "varchar"],
    ["countries_count", "integer"],
    ["raids", "bigint"],
    ["arrests", "bigint"],
    ["under_investigation", "bigint"],
    ["seized_value_usd", "bigint"],
    ["seizure_description", "text"],
    ["source_title", "varchar"],
    ["reliability", "varchar"],
    ["caveats", "text"],
    ["announced_on", "varchar"],
    ["created_at", "varchar"],
    ["updated_at", "varchar"],
  ],
};
export const OPERATION_COUNTRIES: TableSpec = {
  table: "operation_countries",
  columns: [
    ["operation_id", "integer"],
    ["country_code", "varchar"],
  ],
};
export const SEIZURES: TableSpec = {
  table: "seizures",
  columns: [
    ["operation_id", "integer"],
    ["category", "varchar"],
    ["description", "varchar"],
    ["quantity", "float8"],
    ["unit", "varchar"],
    ["value_usd", "bigint"],
    ["country_code", "varchar"],
    ["created_at", "varchar"],
  ],
};

/** One generated operation: its row, and what the participation and seizure phases need. */
export type PlannedOperation = {
  row: unknown[];
  name: string;
  year: number;
  countries: string[];
  weight: number;
};

const CODENAMES = [
  "Amber",
  "Basalt",
  "Cedar",
  "Delta",
  "Ember",
  "Falcon",
  "Granite",
  "Harbour",
  "Iris",
  "Jade",
  "Kestrel",
  "Lynx",
  "Meridian",
  "Nimbus",
  "Onyx",
  "Pangolin",
  "Quartz",
  "Reef",
  "Sentinel",
  "Tide",
];
const AREA_SEIZURES: Record<string, (typeof SEIZURE_CATEGORIES)[number][]> = {
  "illicit goods/counterfeiting": ["counterfeit_goods", "cigarettes", "cash"],
  pharmaceuticals: ["medicines", "cash"],
  food: ["food", "counterfeit_goods"],
  "wildlife/environment": ["wildlife", "timber"],
  drugs: ["drugs", "cash", "firearms"],
  firearms: ["firearms", "cash"],
};
const UNITS: Record<string, string> = {
  cigarettes: "sticks",
  medicines: "units",
  food: "tonnes",
  timber: "m3",
  drugs: "kg",
  cash: "USD",
};

const figure = (r: Rng, p: number, median: number) =>
  r.chance(p) ? Math.max(0, Math.round(r.logNormal(median, 1.2))) : null;

/**
 * About 2,000 operations per unit of scale, more in recent years, each in a skewed number of
 * countries (most in a handful, a few global ones in over a hundred); every figure may be unreported.
 */
export function planOperations(ctx: ScaleContext): PlannedOperation[] {
  const r = new Rng(ctx.seed + 2);
  const countries = new WeightedPicker(ctx.countries.map((c) => c.weight));
  const firstYear = 2007;
  const lastYear = Number(ctx.to.slice(0, 4));
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const yearPick = new WeightedPicker(years.map((_, i) => 1 + i * 0.35));
  const planned: PlannedOperation[] = [];
  for (let i = 0; i < ctx.counts.operations; i++) {
    const year = years[yearPick.pick(r)] ?? lastYear;
    const month = r.int(1, 12);
    const endMonth = Math.min(12, month + (r.chance(0.6) ? 0 : r.int(1, 4)));
    const mm = (m: number) => `${year}-${String(m).padStart(2, "0")}`;
    const area = r.pick(ctx.crimeAreas);
    const k = Math.min(ctx.countries.length, Math.max(1, Math.round(r.logNormal(6, 1.1))));
    const chosen = new Set<string>();
    while (chosen.size < k) chosen.add(ctx.countries[countries.pick(r)]?.code ?? "US");
    const codes = [...chosen].sort();
    const regions = new Set(codes.map((c) => ctx.regionOf.get(c)));
    const announced = r.chance(0.6) ? dayOf(Date.UTC(year, endMonth, 1) + r.int(0, 45) * DAY_MS) : null;
    const announcedOn = announced && announced <= ctx.to ? announced : null;
    const name = `Operation ${r.pick(CODENAMES)} ${i + 1}`;
    const at = `${announcedOn ?? `${mm(endMonth)}-28`}T09:00:00.000Z`;
    planned.push({
      name,
      year,
      countries: codes,
      weight: Math.sqrt(k) * (0.5 + r.u()),
      row: [
        name,
        year,
        mm(month),
        endMonth === month ? null : mm(endMonth),
        area,
        regions.size === 1 ? [...regions][0] : "Global",
        k,
        figure(r, 0.7, 40 * k),
        figure(r, 0.85, 25 * k),
        figure(r, 0.45, 15 * k),
        figure(r, 0.6, 250_000 * k),
        `Sample seizures of operation ${i + 1}`,
        ctx.sampleNote,
        r.pick(["A", "B", "B", "C"]),
        ctx.sampleNote,
        announcedOn,
        at,
        at,
      ],
    });
  }
  return planned;
}

export function* generateOperationCountries(
  planned: readonly PlannedOperation[],
  ids: ReadonlyMap<string, number>,
): Generator<unknown[]> {
  for (const op of planned) {
    const id = ids.get(`${op.name}|${op.year}`);
    for (const code of op.countries) yield [id, code];
  }
}

/** About 200,000 itemised seizures per unit of scale, more on the larger operations. */
export function* generateSeizures(
  ctx: ScaleContext,
  planned: readonly PlannedOperation[],
  ids: ReadonlyMap<string, number>,
): Generator<unknown[]> {
  const r = new Rng(ctx.seed + 3);
  const perOperation = apportion(
    ctx.counts.seizures,
    planned.map((p) => p.weight),
  );
  for (const [i, op] of planned.entries()) {
    const id = ids.get(`${op.name}|${op.year}`);
    const area = op.row[4] as string;
    const categories = AREA_SEIZURES[area] ?? ["other", "cash"];
    const at = op.row[16];
    for (let n = 0; n < (perOperation[i] ?? 0); n++) {
      const category = r.pick(categories);
      const unit = UNITS[category] ?? "items";
      yield [
        id,
        category,
        `Sample ${category.replace("_", " ")} seizure`,
        Math.round(r.logNormal(200, 1.5) * 10) / 10,
        unit,
        r.chance(0.7) ? Math.round(r.logNormal(20_000, 1.4)) : null,
        r.pick(op.countries),
        at,
      ];
    }
  }
}
