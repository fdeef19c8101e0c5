import type { AgencyDuplicate, AgencyStatus } from "@tbc/types";
import type { Executor } from "../schema";
import { duplicateReason, indexKeys, nameKeys } from "./agencies.names";

/**
 * The duplicate warning: agencies that look like a name being entered (agencies.names.ts says when).
 * Candidates come through the agency_name_keys index — the same folded name or acronym, or the most
 * words in common — so that a keystroke reads a bounded set however many agencies there are; only
 * those are compared in full. With a country, that country's agencies and those without one; without,
 * every country.
 */

/** Agencies sharing words with the name that are compared in full, the most words in common first. */
const WORD_CANDIDATES = 50;
/** Duplicates listed. */
const SHOWN = 5;

const RANK: Record<AgencyDuplicate["reason"]["kind"], number> = {
  "same-name": 0,
  "same-acronym": 1,
  "same-initials": 2,
  "similar-name": 3,
};

/** Replaces an agency's keys: part of every write of its name or acronym (same transaction). */
export async function writeAgencyNameKeys(
  trx: Executor,
  agency: { id: number; name: string; acronym: string | null },
): Promise<void> {
  await trx.deleteFrom("agencyNameKeys").where("agencyId", "=", agency.id).execute();
  await trx
    .insertInto("agencyNameKeys")
    .values(indexKeys(agency.name, agency.acronym).map((k) => ({ ...k, agencyId: agency.id })))
    .execute();
}

/** Keys for agencies that have none (written before migration 0010, or by a bulk seed): in batches. */
export async function indexAgencyNames(db: Executor): Promise<number> {
  let done = 0;
  for (;;) {
    const batch = await db
      .selectFrom("agencies")
      .select(["id", "name", "acronym"])
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom("agencyNameKeys as k").select("k.agencyId").whereRef("k.agencyId", "=", "agencies.id"),
          ),
        ),
      )
      .orderBy("id")
      .limit(500)
      .execute();
    if (!batch.length) return done;
    const rows = batch.flatMap((a) => indexKeys(a.name, a.acronym).map((k) => ({ ...k, agencyId: a.id })));
    for (let i = 0; i < rows.length; i += 500) {
      await db
        .insertInto("agencyNameKeys")
        .values(rows.slice(i, i + 500))
        .execute();
    }
    done += batch.length;
  }
}

type Scope = { countryCode?: string | null; excludeId?: number };

/** Ids of agencies with any of the exact keys, or with the most words in common (bounded). */
async function candidateIds(db: Executor, keys: { kind: string; key: string }[], scope: Scope) {
  let base = db.selectFrom("agencyNameKeys as k").innerJoin("agencies as a", "a.id", "k.agencyId");
  if (scope.countryCode) {
    const code = scope.countryCode;
    base = base.where((eb) => eb.or([eb("a.countryCode", "=", code), eb("a.countryCode", "is", null)]));
  }
  if (scope.excludeId !== undefined) base = base.where("a.id", "!=", scope.excludeId);
  const exactKeys = keys.filter((k) => k.kind !== "word").map((k) => k.key);
  const words = keys.filter((k) => k.kind === "word").map((k) => k.key);
  const exact = exactKeys.length
    ? await base
        .select("k.agencyId")
        .distinct()
        .where("k.key", "in", exactKeys)
        .where("k.kind", "!=", "word")
        .limit(WORD_CANDIDATES)
        .execute()
    : [];
  const alike = words.length
    ? await base
        .select(["k.agencyId", (eb) => eb.fn.countAll<number>().as("shared")])
        .where("k.kind", "=", "word")
        .where("k.key", "in", words)
        .groupBy("k.agencyId")
        .orderBy("shared", "desc")
        .orderBy("k.agencyId")
        .limit(WORD_CANDIDATES)
        .execute()
    : [];
  return [...new Set([...exact, ...alike].map((r) => r.agencyId))];
}

/** Agencies that look like `name` (and `acronym`), best reason first, with the reason. */
export async function findDuplicateAgencies(
  db: Executor,
  input: { name: string; acronym?: string | null } & Scope,
): Promise<AgencyDuplicate[]> {
  const typed = nameKeys(input.name, input.acronym);
  const ids = await candidateIds(db, indexKeys(input.name, input.acronym ?? null), input);
  if (!ids.length) return [];
  const rows = await db
    .selectFrom("agencies as a")
    .leftJoin("countries as c", "c.code", "a.countryCode")
    .select(["a.id", "a.name", "a.acronym", "a.status", "a.countryCode", "c.name as countryName"])
    .where("a.id", "in", ids)
    .execute();
  const found: AgencyDuplicate[] = [];
  for (const r of rows) {
    const reason = duplicateReason(typed, nameKeys(r.name, r.acronym));
    if (reason) {
      const { acronym: _a, ...agency } = r;
      found.push({ ...agency, status: r.status as AgencyStatus, reason });
    }
  }
  const score = (d: AgencyDuplicate) => (d.reason.kind === "similar-name" ? d.reason.similarity : 1);
  return found
    .sort((x, y) => RANK[x.reason.kind] - RANK[y.reason.kind] || score(y) - score(x) || x.id - y.id)
    .slice(0, SHOWN);
}
