import { z } from "zod";
import type { ImportUnresolved } from "./aliases";
import { ZCountryCode } from "./countries";
import { withCode } from "./issue-codes";
import type { CodedMessage, MessageCode, MessageParams } from "./messages";
import { OPERATION_FIGURES } from "./operations.constants";
import {
  hasUnstorableCharacter,
  INT32_MAX,
  MAX_FIGURE,
  UNSTORABLE_MESSAGE,
  zId,
  zMonth,
  zPatch,
  zText,
} from "./primitives";

export const RELIABILITY_GRADES = ["A", "B", "C"] as const;
export const ZReliability = z.enum(RELIABILITY_GRADES);
export type Reliability = z.infer<typeof ZReliability>;

export const ZOperationFigure = z.enum(OPERATION_FIGURES);

/** A figure's rules, each message saying the rule: a whole number, 0 or more, at most `max`. */
const count = (label: string, max = MAX_FIGURE) =>
  z
    .number({ error: `${label} must be a whole number` })
    .int(`${label} must be a whole number`)
    .min(0, `${label} must be 0 or more`)
    .max(max, `${label} must be at most ${max.toLocaleString("en")}`)
    .nullable();

const optionalText = (max: number) =>
  zText()
    .trim()
    .max(max, `At most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

const httpUrl = z
  .url({ protocol: /^https?$/, message: "Use a full http(s):// address" })
  .max(1000)
  .refine((v) => !hasUnstorableCharacter(v), UNSTORABLE_MESSAGE)
  .or(z.literal(""))
  .nullish()
  .transform((v) => (v ? v : null));

/** An operation edition and its published outcome, field by field (the rules across fields below). */
const ZOperationFields = z.object({
  name: zText().trim().min(2, "Enter the operation's name").max(200, "At most 200 characters"),
  editionYear: z
    .number({ error: "Enter the year as a number" })
    .int("Enter the year as a number")
    .min(1990, "Year must be 1990 or later")
    .max(2100, "Year must be 2100 or earlier"),
  periodStart: zMonth()
    .nullish()
    .transform((v) => v ?? null),
  periodEnd: zMonth()
    .nullish()
    .transform((v) => v ?? null),
  crimeArea: zText().trim().min(1, "Choose a crime area").max(60, "At most 60 characters"),
  region: optionalText(120),
  // An `integer` column, unlike the figures.
  countriesCount: count("Number of countries", INT32_MAX),
  countryCodes: z.array(ZCountryCode).max(250).default([]),
  summary: optionalText(4000),
  raids: count("Raids"),
  arrests: count("Arrests"),
  underInvestigation: count("People under investigation"),
  seizedValueUsd: count("Seized value (USD)"),
  seizureDescription: optionalText(4000),
  sourceTitle: optionalText(500),
  sourceUrl: httpUrl,
  reliability: ZReliability.nullish().transform((v) => v ?? null),
  caveats: optionalText(4000),
});

/** An operation edition and its published outcome, as staff enter it and as the import reads it. */
export const ZOperationValues = ZOperationFields.superRefine((v, ctx) => {
  if (v.periodStart && v.periodEnd && v.periodEnd < v.periodStart) {
    ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "The period ends before it starts" });
  }
  if (v.periodEnd && !v.periodStart) {
    ctx.addIssue({ code: "custom", path: ["periodStart"], message: "Give the first month of the period" });
  }
  if (v.countriesCount !== null && v.countryCodes.length > v.countriesCount) {
    ctx.addIssue({
      code: "custom",
      path: ["countriesCount"],
      ...withCode(
        "validation.countries_count",
        `${v.countryCodes.length} countries are listed but the count says ${v.countriesCount}`,
        { listed: v.countryCodes.length, stated: v.countriesCount },
      ),
    });
  }
});
export type OperationValues = z.input<typeof ZOperationValues>;
export type OperationValuesParsed = z.output<typeof ZOperationValues>;

export const ZOperationCreateInput = z.object({ values: ZOperationValues });
/**
 * PATCH: only the fields given change, each checked by its rule here; the rules across fields are
 * checked on the stored record merged with them. `version` guards against a lost update.
 */
export const ZOperationPatch = zPatch(ZOperationFields);
export type OperationPatch = z.output<typeof ZOperationPatch>;
export const ZOperationUpdateInput = z.object({
  id: zId(),
  version: zId(),
  values: ZOperationPatch,
});

export type Operation = {
  id: number;
  name: string;
  editionYear: number;
  periodStart: string | null;
  periodEnd: string | null;
  crimeArea: string;
  region: string | null;
  countriesCount: number | null;
  summary: string | null;
  raids: number | null;
  arrests: number | null;
  underInvestigation: number | null;
  seizedValueUsd: number | null;
  seizureDescription: string | null;
  sourceTitle: string | null;
  sourceUrl: string | null;
  reliability: Reliability | null;
  caveats: string | null;
  /** From the source title's date; null when the source gives none. */
  announcedOn: string | null;
  /**
   * The day the operation counts on in every figure: announced, else mid-month of the end of its
   * period, else mid-year of its edition year (generated, migration 0005).
   */
  operationDay: string;
  createdBy: string | null;
  createdAt: string;
  updatedBy: string | null;
  updatedAt: string;
  version: number;
};

export type OperationDetail = Operation & {
  countries: { code: string; name: string; region: string }[];
  seizures: Seizure[];
};

export const SEIZURE_CATEGORIES = [
  "counterfeit_goods",
  "cigarettes",
  "medicines",
  "food",
  "wildlife",
  "timber",
  "firearms",
  "drugs",
  "cash",
  "other",
] as const;
export const ZSeizureCategory = z.enum(SEIZURE_CATEGORIES);

export const ZSeizureValues = z.object({
  category: ZSeizureCategory,
  description: optionalText(500),
  quantity: z.number().min(0, "Quantity cannot be negative").max(MAX_FIGURE).nullable().default(null),
  unit: optionalText(30),
  valueUsd: count("Value (USD)").default(null),
  countryCode: ZCountryCode.nullish().transform((v) => v ?? null),
});
export const ZSeizureCreateInput = z.object({
  operationId: zId(),
  values: ZSeizureValues,
});
export type SeizureValuesParsed = z.output<typeof ZSeizureValues>;

export type Seizure = {
  id: number;
  operationId: number;
  category: (typeof SEIZURE_CATEGORIES)[number];
  description: string | null;
  quantity: number | null;
  unit: string | null;
  valueUsd: number | null;
  countryCode: string | null;
  countryName: string | null;
  createdAt: string;
};

export const ZCrimeAreaCreateInput = z.object({
  values: z.object({
    code: zText()
      .trim()
      .toLowerCase()
      .min(2, "At least 2 characters")
      .max(60, "At most 60 characters")
      .regex(/^[a-z][a-z /&-]*$/, "Lower-case letters, spaces, / & and - only"),
  }),
});

/** The operations import accepts exactly this header (that of the published operations.csv). */
export const OPERATIONS_CSV_HEADER = [
  "operation",
  "edition_year",
  "month",
  "crime_area",
  "region",
  "countries_count",
  "countries",
  "raids",
  "arrests",
  "under_investigation",
  "seizure_description",
  "seized_value_usd",
  "source_title",
  "source_url",
] as const;
export type OperationsCsvColumn = (typeof OPERATIONS_CSV_HEADER)[number];

/**
 * The default cap of an upload (the server's IMPORT_MAX_BYTES): the file streams, so the cap guards
 * the disk and the time of one request, not memory. The CLI takes a file of any size.
 */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

/** A row's problem: its English `message` and the same as a code and params (messages.ts). */
export type ImportRowError = {
  line: number;
  column: string;
  message: string;
  code: MessageCode;
  params: MessageParams;
};
export type ImportPreviewRow = {
  line: number;
  name: string;
  editionYear: number;
  action: "create" | "update" | "unchanged";
  /** For an "update": each field the import would change, as stored → as in the file. */
  changes?: ImportChange[];
};
/** A field an import changes: its CSV column, the stored value and the file's (null: empty). */
export type ImportChange = { column: string; from: string | null; to: string | null };
/**
 * What a preview (or a refused commit) found. `counts` cover the whole file; `rows` and `errors` list
 * at most the first IMPORT_LIST_LIMIT of each (`counts.errors` says how many errors there are in all),
 * so that the answer stays small whatever the file.
 */
export type ImportPreview = {
  fileError: string | null;
  /** `fileError` as a code and params. */
  fileErrorCoded: CodedMessage | null;
  rows: ImportPreviewRow[];
  errors: ImportRowError[];
  /** Names (countries, crime areas, channels) that do not resolve, with suggestions: staff may map them. */
  unresolved: ImportUnresolved[];
  counts: {
    total: number;
    create: number;
    update: number;
    unchanged: number;
    rejected: number;
    errors: number;
  };
};
/** The most errors (and rows) an import's answer lists. */
export const IMPORT_LIST_LIMIT = 200;
/** The longest error message an import's answer holds (a quoted cell value is cut shorter). */
export const IMPORT_MESSAGE_MAX = 300;
export type ImportResult = {
  importId: number;
  counts: { total: number; created: number; updated: number; unchanged: number; rejected: number };
};
/**
 * An import in the history: "running" from before its transaction starts until it ends, then
 * "committed", "rejected" (the file or a row refused: nothing written) or "failed" (it broke, or its
 * server process died: nothing written either).
 */
export const ZImportStatus = z.enum(["running", "committed", "rejected", "failed"]);
export type ImportStatus = z.infer<typeof ZImportStatus>;

export type ImportHistoryEntry = {
  id: number;
  kind: string;
  fileName: string;
  userEmail: string | null;
  at: string;
  rowsTotal: number;
  rowsCreated: number;
  rowsUpdated: number;
  rowsUnchanged: number;
  rowsRejected: number;
  status: ImportStatus;
  message: string | null;
};
