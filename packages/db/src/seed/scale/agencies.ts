import { AGENCY_KINDS, type AgencyKind } from "@tbc/types";
import { agencyNameKey } from "../../agencies/agencies.repository";
import type { ScaleContext } from "./context";
import { DAY_MS, dayOf, Rng, timeOf, WeightedPicker } from "./random";
import type { TableSpec } from "./writer";

export const AGENCIES: TableSpec = {
  table: "agencies",
  columns: [
    ["name", "varchar"],
    ["name_key", "varchar"],
    ["acronym", "varchar"],
    ["country_code", "varchar"],
    ["kind", "varchar"],
    ["status", "varchar"],
    ["pledged_on", "varchar"],
    ["website", "varchar"],
    ["notes", "text"],
    ["created_at", "varchar"],
    ["updated_at", "varchar"],
  ],
};

const KIND_NAMES: Record<AgencyKind, string> = {
  national_police: "Police Service",
  investigation_agency: "Investigation Bureau",
  customs: "Customs Directorate",
  coast_guard: "Coast Guard",
  border_police: "Border Police",
  gendarmerie: "Gendarmerie",
  interpol_ncb: "INTERPOL National Central Bureau",
  prosecution: "Prosecution Service",
  regional_body: "Regional Police Body",
  other: "Enforcement Unit",
};
const KIND_WEIGHTS = [30, 12, 18, 5, 8, 6, 2, 7, 2, 10];

/**
 * About 10,000 agencies per unit of scale. The first one of every country is its INTERPOL NCB, so
 * that every country has one; the rest follow the countries' skewed weights. Most are active, pledged
 * on a known day (more each year after the launch); some are pending or withdrawn, some undated.
 */
export function* generateAgencies(ctx: ScaleContext): Generator<unknown[]> {
  const r = new Rng(ctx.seed + 1);
  const countries = new WeightedPicker(ctx.countries.map((c) => c.weight));
  const kinds = new WeightedPicker(KIND_WEIGHTS);
  const launch = timeOf(ctx.from);
  const span = timeOf(ctx.to) - launch;
  for (let i = 0; i < ctx.counts.agencies; i++) {
    const first = i < ctx.countries.length;
    const country = ctx.countries[first ? i : countries.pick(r)];
    const kind: AgencyKind = first ? "interpol_ncb" : (AGENCY_KINDS[kinds.pick(r)] ?? "other");
    const name = `${KIND_NAMES[kind]} ${first ? "" : `${i} `}of ${country?.name ?? "?"}`;
    const x = r.u();
    const status = x < 0.8 ? "active" : x < 0.93 ? "pending" : "withdrawn";
    // sqrt: pledges pick up over the years rather than all arriving at the launch.
    const pledged = launch + Math.floor(Math.sqrt(r.u()) * (span / DAY_MS)) * DAY_MS;
    const known = r.chance(0.85);
    const registered = Math.min(pledged + r.int(0, 90) * DAY_MS, timeOf(ctx.to)) + r.int(0, 86_399) * 1000;
    const at = new Date(registered).toISOString();
    yield [
      name,
      agencyNameKey(name),
      r.chance(0.3) ? `S${kind.slice(0, 2).toUpperCase()}${i}` : null,
      country?.code ?? null,
      kind,
      status,
      known ? dayOf(pledged) : null,
      r.chance(0.6) ? `https://agency-${i}.example.org` : null,
      ctx.sampleNote,
      at,
      at,
    ];
  }
}
