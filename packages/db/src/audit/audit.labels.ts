import type { Executor } from "../schema";

/** The entities whose entries name a record that has a page of its own. */
const LABELLED = { agency: "agencies", operation: "operations", user: "users" } as const;
type Labelled = keyof typeof LABELLED;

type Entry = { entity: string; entityId: string | null; before: unknown; after: unknown };

const snapshotName = (e: Entry): string | null => {
  for (const side of [e.after, e.before]) {
    const name = (side as { name?: unknown } | null)?.name;
    if (typeof name === "string" && name) return name;
  }
  return null;
};

/**
 * Each entry's record named as it is now (one query per kind for a page of entries); a deleted one
 * by the name its entry recorded; null when neither is known (the page shows "Agency #18").
 */
export async function entityLabels(db: Executor, entries: readonly Entry[]): Promise<(string | null)[]> {
  const ids: Record<Labelled, number[]> = { agency: [], operation: [], user: [] };
  for (const e of entries) {
    const id = Number(e.entityId);
    if (Object.hasOwn(LABELLED, e.entity) && Number.isInteger(id) && id > 0)
      ids[e.entity as Labelled].push(id);
  }
  const names = new Map<string, string>();
  const load = async (entity: Labelled, rows: { id: number; name: string }[]) => {
    for (const r of rows) names.set(`${entity}:${r.id}`, r.name);
  };
  if (ids.agency.length)
    await load(
      "agency",
      await db.selectFrom("agencies").select(["id", "name"]).where("id", "in", ids.agency).execute(),
    );
  if (ids.operation.length)
    await load(
      "operation",
      (
        await db
          .selectFrom("operations")
          .select(["id", "name", "editionYear"])
          .where("id", "in", ids.operation)
          .execute()
      ).map((r) => ({ id: r.id, name: `${r.name} (${r.editionYear})` })),
    );
  if (ids.user.length)
    await load(
      "user",
      await db.selectFrom("users").select(["id", "name"]).where("id", "in", ids.user).execute(),
    );
  return entries.map((e) => names.get(`${e.entity}:${e.entityId}`) ?? snapshotName(e));
}
