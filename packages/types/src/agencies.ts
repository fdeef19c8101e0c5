import { z } from "zod";
import { AGENCY_KINDS, AGENCY_STATUSES, type AgencyKind, type AgencyStatus } from "./agencies.constants";
import { ZCountryCode } from "./countries";
import type { Region } from "./countries.constants";
import { hasUnstorableCharacter, UNSTORABLE_MESSAGE, zCalendarDay, zId, zPatch, zText } from "./primitives";

export const ZAgencyKind = z.enum(AGENCY_KINDS);

export const ZAgencyStatus = z.enum(AGENCY_STATUSES);

const optionalText = (max: number) =>
  zText()
    .trim()
    .max(max, `At most ${max} characters`)
    .transform((v) => (v === "" ? null : v))
    .nullish()
    .transform((v) => v ?? null);

/** What staff enter for an agency. Status and audit fields are set by the server, never by a form. */
export const ZAgencyValues = z.object({
  name: zText().trim().min(2, "Enter the agency's name").max(200, "At most 200 characters"),
  acronym: optionalText(30),
  countryCode: ZCountryCode.nullish().transform((v) => v ?? null),
  kind: ZAgencyKind,
  pledgedOn: zCalendarDay()
    .nullish()
    .transform((v) => v ?? null),
  website: z
    .url({ protocol: /^https?$/, message: "Use a full http(s):// address" })
    .max(500)
    .refine((v) => !hasUnstorableCharacter(v), UNSTORABLE_MESSAGE)
    .or(z.literal(""))
    .nullish()
    .transform((v) => (v ? v : null)),
  socialHandle: zText()
    .trim()
    .max(100)
    .regex(/^(@?[A-Za-z0-9_.]{1,60})?$/, "Letters, digits, _ and . only, optionally starting with @")
    .nullish()
    .transform((v) => (v ? v : null)),
  notes: optionalText(2000),
  sourceUrl: z
    .url({ protocol: /^https?$/, message: "Use a full http(s):// address" })
    .max(500)
    .refine((v) => !hasUnstorableCharacter(v), UNSTORABLE_MESSAGE)
    .or(z.literal(""))
    .nullish()
    .transform((v) => (v ? v : null)),
});
export type AgencyValues = z.input<typeof ZAgencyValues>;
export type AgencyValuesParsed = z.output<typeof ZAgencyValues>;

export const ZAgencyCreateInput = z.object({ values: ZAgencyValues });
/** PATCH: only the fields given change, each checked by its rule; `version` guards against a lost update. */
export const ZAgencyPatch = zPatch(ZAgencyValues.extend({ status: ZAgencyStatus }));
export type AgencyPatch = z.output<typeof ZAgencyPatch>;
export const ZAgencyUpdateInput = z.object({
  id: zId(),
  version: zId(),
  values: ZAgencyPatch,
});
export const ZAgencyApproveInput = z.object({
  id: zId(),
  version: zId(),
});
/** No country: every country is searched. `acronym` is the form's acronym field, if filled. */
export const ZAgencyDuplicateInput = z.object({
  name: zText().trim().min(1).max(200),
  acronym: zText().trim().max(30).nullish(),
  countryCode: ZCountryCode.nullish(),
  excludeId: zId().optional(),
});

/** Why an agency looks like the one being entered (shown: "same acronym FBI"). */
export type AgencyDuplicateReason =
  | { kind: "same-name" }
  | { kind: "same-acronym"; acronym: string }
  | { kind: "same-initials"; acronym: string }
  | { kind: "similar-name"; similarity: number };

export type AgencyDuplicate = {
  id: number;
  name: string;
  status: AgencyStatus;
  countryCode: string | null;
  countryName: string | null;
  reason: AgencyDuplicateReason;
};

/** What the API returns for an agency (explicit selection; see packages/db agencies repository). */
export type Agency = {
  id: number;
  name: string;
  acronym: string | null;
  countryCode: string | null;
  countryName: string | null;
  region: Region | null;
  kind: AgencyKind;
  status: AgencyStatus;
  pledgedOn: string | null;
  website: string | null;
  socialHandle: string | null;
  notes: string | null;
  sourceUrl: string | null;
  /** Email of who registered it (null: seeded or deleted user) and their id, for canEditAgency. */
  createdBy: string | null;
  createdById: number | null;
  createdAt: string;
  updatedBy: string | null;
  updatedAt: string;
  version: number;
};

/** Fields the agencies list accepts in sorters and filters; anything else is BAD_REQUEST. */
export const AGENCY_LIST_FIELDS = [
  "id",
  "name",
  "acronym",
  "countryCode",
  "countryName",
  "region",
  "kind",
  "status",
  "pledgedOn",
  "createdAt",
  "updatedAt",
] as const;

export type AgenciesByCountry = {
  byCountry: {
    countryCode: string | null;
    countryName: string | null;
    region: Region | null;
    active: number;
    total: number;
  }[];
  /** `countries`: distinct countries with at least one active agency. */
  byRegion: { region: Region | null; active: number; total: number; countries: number }[];
};
