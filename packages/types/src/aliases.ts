import { z } from "zod";
import { zId, zText } from "./primitives";

/**
 * Aliases: a name as imported files write it (a country, a crime area, a channel) → the code it
 * means. Staff save one from an import preview ("map this name"); the next file with that name
 * imports cleanly. Managers edit the list.
 */
export const ALIAS_KINDS = ["country", "crime_area", "channel"] as const;
export const ZAliasKind = z.enum(ALIAS_KINDS);
export type AliasKind = z.infer<typeof ZAliasKind>;

export const ZAliasValues = z.object({
  kind: ZAliasKind,
  name: zText().trim().min(1, "Give the name as the file writes it").max(200, "At most 200 characters"),
  code: zText().trim().min(1, "Choose what the name means").max(60, "At most 60 characters"),
});
export type AliasValues = z.infer<typeof ZAliasValues>;

export const ZAliasCreateInput = z.object({ values: ZAliasValues });
/** `update` takes any of the values (PATCH); `version` guards against a lost update. */
export const ZAliasUpdateInput = z.object({
  id: zId(),
  values: ZAliasValues.pick({ name: true, code: true }).partial(),
  version: zId(),
});

export type Alias = {
  id: number;
  kind: AliasKind;
  name: string;
  code: string;
  /** What the code names (the country's name, the channel's label), or null if it is gone. */
  target: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
};

/** A name of an import that does not resolve, with what it most looks like (best first). */
export type ImportUnresolved = {
  kind: AliasKind;
  name: string;
  /** Rows of the file that have it. */
  rows: number;
  suggestions: { code: string; name: string; score: number }[];
};
