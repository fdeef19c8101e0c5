import type { ListInput } from "@tbc/types";
import { CSV_BOM, csvLine } from "@tbc/types";
import { streamAgencies } from "../agencies/agencies.repository";
import { streamAudit } from "../audit/audit.repository";
import { InvalidQueryError } from "../errors";
import { streamImports } from "../imports/imports.repository";
import { streamOperations } from "../operations/operations.repository";
import { streamPosts } from "../posts/posts.repository";
import type { Executor } from "../schema";

type Stream = (db: Executor, input: ListInput | undefined) => AsyncGenerator<object[]>;

/**
 * What `GET /api/export/<resource>.csv` may export: each resource's list stream and the columns a
 * client may ask for, with English headers used when the client does not send the screen's own.
 */
export const EXPORTS: Record<string, { stream: Stream; columns: Record<string, string> }> = {
  agencies: {
    stream: streamAgencies,
    columns: {
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
  },
  operations: {
    stream: streamOperations,
    columns: {
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
  },
  posts: {
    stream: streamPosts,
    columns: {
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
  },
  imports: {
    stream: streamImports,
    columns: {
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
  },
  // `audit.list` is for admins, so is its export (canExport).
  audit: {
    stream: streamAudit,
    columns: {
      at: "When",
      userName: "User",
      userEmail: "User email",
      action: "Action",
      entity: "Entity",
      entityId: "Record id",
      entityLabel: "Record",
      ip: "IP address",
    },
  },
};

export type ExportColumn = { key: string; label?: string };

/**
 * The full filtered list as CSV (BOM, header line, then rows), chunk by chunk. Columns are checked
 * against the resource's whitelist; a label from the client is only text in the header.
 */
export async function* exportCsv(
  db: Executor,
  resource: string,
  input: ListInput | undefined,
  requested?: readonly ExportColumn[],
): AsyncGenerator<string> {
  const spec = Object.hasOwn(EXPORTS, resource) ? EXPORTS[resource] : undefined;
  if (!spec) throw new InvalidQueryError(`Unknown export '${resource}'`);
  const columns = requested?.length
    ? requested.map((c) => {
        if (!Object.hasOwn(spec.columns, c.key))
          throw new InvalidQueryError(`Unknown column '${c.key}' for ${resource}`);
        return { key: c.key, label: c.label?.slice(0, 200) || (spec.columns[c.key] as string) };
      })
    : Object.entries(spec.columns).map(([key, label]) => ({ key, label }));
  yield CSV_BOM + csvLine(columns.map((c) => c.label));
  for await (const rows of spec.stream(db, input)) {
    yield rows.map((row) => csvLine(columns.map((c) => (row as Record<string, unknown>)[c.key]))).join("");
  }
}
