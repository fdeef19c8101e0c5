import { z } from "zod";
import { can } from "./permissions";
import type { Role } from "./roles.constants";

/**
 * Live updates (issue 11): after every committed write the server announces WHICH resources changed
 * and the ids of the changed records — never their values. Each resource is sent only to roles that
 * may read it: the permission that reads it is named here.
 */
export const LIVE_RESOURCES = {
  agencies: "agencies.list",
  operations: "operations.list",
  seizures: "operations.get",
  crimeAreas: "crimeAreas.list",
  channels: "channels.list",
  engagement: "engagement.series",
  posts: "posts.list",
  imports: "imports.list",
  users: "users.list",
} as const;

export type LiveResource = keyof typeof LIVE_RESOURCES;
export const ZLiveResource = z.enum(Object.keys(LIVE_RESOURCES) as [LiveResource, ...LiveResource[]]);

/** Most ids one change names; beyond them `ids` is null ("many records of this resource"). */
export const LIVE_MAX_IDS = 50;

export const ZLiveChange = z.object({
  resource: ZLiveResource,
  /** The changed records' ids; null: too many to list (an import). */
  ids: z.array(z.string()).nullable(),
});
export type LiveChange = z.infer<typeof ZLiveChange>;

/**
 * One committed transaction's changes, under the data version it committed (its id on the stream),
 * or a reset: changes may have been missed (the stream could not resume), so everything is stale.
 */
export const ZLiveEvent = z.object({
  version: z.number().int(),
  reset: z.boolean(),
  changes: z.array(ZLiveChange),
});
export type LiveEvent = z.infer<typeof ZLiveEvent>;

/** The subscription's input; `lastEventId` is what tRPC's httpSubscriptionLink sends on reconnecting. */
export const ZLiveInput = z
  .object({
    lastEventId: z
      .string()
      .regex(/^\d{1,15}$/, "Not an event id")
      .nullish(),
  })
  .nullish();

/** Whether a role may be told that `resource` changed. */
export function canHearOf(role: Role | null | undefined, resource: LiveResource): boolean {
  return can(role, LIVE_RESOURCES[resource]);
}
