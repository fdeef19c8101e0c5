import { z } from "zod";
import { ar, es, fr } from "./export-headers.translations";

/**
 * The column headers of the server's CSV exports (`GET /api/export/<resource>.csv?lang=…`), in the
 * four languages of the dashboard, and the files' names. Only the header and the name are
 * translated: the cells stay data (codes, ISO dates, plain numbers) that a spreadsheet can read in
 * any language. The dashboard sends its screen's own column titles; these are for a column sent
 * without one and for scripts that call the export directly.
 */
export const EXPORT_LANGS = ["en", "fr", "es", "ar"] as const;
export const ZExportLang = z.enum(EXPORT_LANGS);
export type ExportLang = z.infer<typeof ZExportLang>;

const en = {
  agencies: {
    name: "Name",
    acronym: "Acronym",
    countryCode: "Country code",
    countryName: "Country",
    region: "Region",
    kind: "Kind",
    status: "Status",
    pledgedOn: "Pledged on",
    website: "Website",
    socialHandle: "Social media handle",
    sourceUrl: "Source URL",
    createdBy: "Created by",
    createdAt: "Created at",
    updatedAt: "Updated at",
  },
  operations: {
    name: "Operation",
    editionYear: "Edition year",
    periodStart: "Period start",
    periodEnd: "Period end",
    crimeArea: "Crime area",
    region: "Region",
    countriesCount: "Countries",
    raids: "Raids",
    arrests: "Arrests",
    underInvestigation: "Under investigation",
    seizedValueUsd: "Seized value (USD)",
    seizureDescription: "Seizures",
    reliability: "Reliability",
    caveats: "Caveats",
    sourceTitle: "Source",
    sourceUrl: "Source URL",
  },
  posts: {
    postedAt: "Posted at",
    channel: "Channel",
    text: "Text",
    url: "URL",
    impressions: "Impressions",
    engagements: "Engagements",
    shares: "Shares",
    videoViews: "Video views",
    operationName: "Operation",
    isSample: "Sample data",
  },
  imports: {
    at: "When",
    userEmail: "Who",
    kind: "Kind",
    fileName: "File",
    rowsCreated: "Created",
    rowsUpdated: "Updated",
    rowsUnchanged: "Unchanged",
    rowsRejected: "Rejected",
    status: "Status",
    message: "Message",
  },
  audit: {
    at: "When",
    userName: "User",
    userEmail: "User email",
    action: "Action",
    entity: "Entity",
    entityId: "Record id",
    entityLabel: "Record",
    ip: "IP address",
  },
};

export type ExportResource = keyof typeof en;
export type ExportHeaders = { [R in ExportResource]: { [K in keyof (typeof en)[R]]: string } };

export const EXPORT_HEADERS: Record<ExportLang, ExportHeaders> = { en, fr, es, ar };

/** The start of an export's file name: "agencies" → "agences-2026-11-25.csv" in French. */
export const EXPORT_FILE_STEMS: Record<ExportLang, Record<ExportResource, string>> = {
  en: { agencies: "agencies", operations: "operations", posts: "posts", imports: "imports", audit: "audit" },
  fr: {
    agencies: "agences",
    operations: "operations",
    posts: "publications",
    imports: "imports",
    audit: "journal-d-audit",
  },
  es: {
    agencies: "organismos",
    operations: "operaciones",
    posts: "publicaciones",
    imports: "importaciones",
    audit: "registro-de-auditoria",
  },
  ar: {
    agencies: "الأجهزة",
    operations: "العمليات",
    posts: "المنشورات",
    imports: "عمليات-الاستيراد",
    audit: "سجل-التدقيق",
  },
};

/** A resource's header for a column in a language (English when a language lacks it). */
export function exportHeader(lang: ExportLang, resource: ExportResource, key: string): string | undefined {
  const headers = EXPORT_HEADERS[lang][resource] as Record<string, string>;
  const english = EXPORT_HEADERS.en[resource] as Record<string, string>;
  return Object.hasOwn(headers, key) ? headers[key] : Object.hasOwn(english, key) ? english[key] : undefined;
}
