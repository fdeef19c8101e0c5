import type { Kysely } from "kysely";
import type { AgenciesTable, AgencyCountsTable, AgencyNameKeysTable } from "./agencies/agencies.table";
import type { AliasesTable } from "./aliases/aliases.table";
import type { AuditLogTable } from "./audit/audit.table";
import type { ChannelsTable } from "./channels/channels.table";
import type { CountriesTable } from "./countries/countries.table";
import type { DataVersionTable } from "./data-version/data-version.table";
import type { EngagementDailyTable, EngagementMonthlyTable } from "./engagement/engagement.table";
import type { ImportsTable } from "./imports/imports.table";
import type {
  CrimeAreasTable,
  OperationCountriesTable,
  OperationMonthsTable,
  OperationsTable,
  SeizuresTable,
} from "./operations/operations.table";
import type { PostsTable } from "./posts/posts.table";
import type { SessionsTable, SignInFailuresTable, UsersTable } from "./users/users.table";

/** Every table, named as Kysely sees them through CamelCasePlugin (snake_case in SQL). */
export interface DB {
  countries: CountriesTable;
  users: UsersTable;
  sessions: SessionsTable;
  agencies: AgenciesTable;
  agencyCounts: AgencyCountsTable;
  agencyNameKeys: AgencyNameKeysTable;
  aliases: AliasesTable;
  auditLog: AuditLogTable;
  crimeAreas: CrimeAreasTable;
  operations: OperationsTable;
  operationCountries: OperationCountriesTable;
  operationMonths: OperationMonthsTable;
  seizures: SeizuresTable;
  imports: ImportsTable;
  channels: ChannelsTable;
  engagementDaily: EngagementDailyTable;
  engagementMonthly: EngagementMonthlyTable;
  posts: PostsTable;
  signInFailures: SignInFailuresTable;
  dataVersion: DataVersionTable;
}

/** A database handle or an open transaction: every repository function takes one of these. */
export type Executor = Kysely<DB>;
