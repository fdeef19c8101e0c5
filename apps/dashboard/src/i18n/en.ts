import type { AgencyKind, AgencyStatus, Region, Role } from "@tbc/types";
import { account, adminDocumentTitles, audit, history, pages, session, sessions, users } from "./en-admin";
import { byCountry } from "./en-by-country";
import { engagement, engagementDocumentTitles, engagementImport } from "./en-engagement";
import { features } from "./en-features";
import { agencyDuplicate, aliasDocumentTitles, aliases, importNames } from "./en-names";
import { operations } from "./en-operations";
import { imports, outcomes } from "./en-outcomes";
import { chartExport, overview, report } from "./en-overview";

/**
 * English, the reference dictionary: every other locale has the same shape (see ./index.ts).
 * Refine's own keys (buttons.*, notifications.*, documentTitle.*, `<resource>.<resource>` menu labels,
 * `<resource>.titles.*`) live here too so that nothing on screen bypasses translation.
 * Placeholders are {{name}}.
 */
const kinds: Record<AgencyKind, string> = {
  national_police: "National police",
  investigation_agency: "Investigation agency",
  customs: "Customs",
  coast_guard: "Coast guard",
  border_police: "Border police",
  gendarmerie: "Gendarmerie",
  interpol_ncb: "INTERPOL National Central Bureau",
  prosecution: "Prosecution",
  regional_body: "Regional body",
  other: "Other",
};

const statuses: Record<AgencyStatus, string> = {
  pending: "Pending",
  active: "Active",
  withdrawn: "Withdrawn",
};

const regions: Record<Region, string> = {
  Africa: "Africa",
  Americas: "Americas",
  "Asia & South Pacific": "Asia & South Pacific",
  Europe: "Europe",
  "Middle East & North Africa": "Middle East & North Africa",
};

const roles: Record<Role, string> = {
  viewer: "Viewer",
  staff: "Staff",
  manager: "Manager",
  admin: "Administrator",
};

export const en = {
  app: { title: "Turn Back Crime", subtitle: "Campaign analytics" },
  loading: "Loading…",
  common: { none: "—" },
  ...pages,
  filters: { remove: "Remove the filter {{filter}}" },
  roles,
  regions: { ...regions, none: "No region" },

  buttons: {
    create: "Create",
    save: "Save",
    logout: "Sign out",
    delete: "Delete",
    edit: "Edit",
    cancel: "Cancel",
    confirm: "Are you sure?",
    filter: "Filter",
    clear: "Clear",
    refresh: "Refresh",
    show: "Show",
    list: "List",
    clone: "Clone",
    import: "Import",
    export: "Export",
    undo: "Undo",
    approve: "Approve",
    reload: "Reload",
    notAccessTitle: "You don't have permission to do this",
  },
  /** Breadcrumb labels (refine's useBreadcrumb). */
  actions: { list: "List", create: "Register", edit: "Edit", show: "Details", clone: "Clone" },
  notifications: {
    success: "Success",
    error: "Error (status code: {{statusCode}})",
    undoable: "You have {{seconds}} seconds to undo",
    createSuccess: "Created successfully",
    createError: "Could not create (status code: {{statusCode}})",
    deleteSuccess: "Deleted successfully",
    deleteError: "Could not delete (status code: {{statusCode}})",
    editSuccess: "Saved successfully",
    editError: "Could not save (status code: {{statusCode}})",
    importProgress: "Importing: {{processed}}/{{total}}",
    forbidden: "Your role does not allow this.",
    signedOut: "Your session has ended. Please sign in again.",
    network: "The server cannot be reached. Check your connection and try again.",
    internal: "Something went wrong on the server. The error has been logged.",
  },
  warnWhenUnsavedChanges: "Are you sure you want to leave? You have unsaved changes.",
  autoSave: { idle: "Waiting for changes", loading: "Saving…", success: "Saved", error: "Auto-save failed" },

  documentTitle: {
    default: "Turn Back Crime",
    suffix: " | Turn Back Crime",
    login: "Sign in | Turn Back Crime",
    notFound: "Page not found | Turn Back Crime",
    agencies: {
      list: "Agencies | Turn Back Crime",
      create: "Register an agency | Turn Back Crime",
      edit: "Edit agency #{{id}} | Turn Back Crime",
      show: "Agency #{{id}} | Turn Back Crime",
    },
    "agencies-by-country": { list: "Agencies by country | Turn Back Crime" },
    operations: {
      list: "Operations | Turn Back Crime",
      create: "Add an operation | Turn Back Crime",
      edit: "Edit operation #{{id}} | Turn Back Crime",
      show: "Operation #{{id}} | Turn Back Crime",
    },
    imports: { list: "Import operations | Turn Back Crime" },
    outcomes: { list: "Outcomes | Turn Back Crime" },
    ...engagementDocumentTitles,
    overview: overview.documentTitle,
    ...adminDocumentTitles,
    ...aliasDocumentTitles,
  },

  pages: {
    login: {
      title: "Sign in to Turn Back Crime",
      subtitle: "Campaign analytics for INTERPOL's Turn Back Crime partners",
      signin: "Sign in",
      fields: { email: "Email", password: "Password" },
      validation: { email: "Enter a valid email address", password: "Enter your password" },
      errors: {
        title: "Sign-in failed",
        invalid: "Email or password is incorrect",
        format: "Check the email address and password",
        unavailable: "The server cannot be reached. Try again in a moment.",
      },
      demo: {
        title: "Demo accounts",
        description: "This is a demonstration: sign in with one of these accounts. Password: {{password}}",
        use: "Use {{email}} ({{role}})",
      },
    },
    error: {
      title: "Page not found",
      info: "The page you are looking for does not exist.",
      backHome: "Back to the dashboard",
    },
  },

  agencies: {
    agencies: "Agencies",
    titles: {
      list: "Agencies",
      create: "Register an agency",
      edit: "Edit agency",
      show: "Agency",
    },
    kinds,
    statuses,
    fields: {
      name: "Name",
      acronym: "Acronym",
      countryCode: "Country",
      countryName: "Country",
      region: "Region",
      kind: "Kind",
      status: "Status",
      pledgedOn: "Pledged on",
      website: "Website",
      socialHandle: "Social media handle",
      notes: "Notes",
      sourceUrl: "Source URL",
      createdBy: "Created by",
      createdAt: "Created at",
      updatedBy: "Updated by",
      updatedAt: "Updated at",
      version: "Version",
      actions: "Actions",
    },
    placeholders: {
      name: "e.g. Royal Canadian Mounted Police",
      acronym: "e.g. RCMP",
      countryCode: "Search a country",
      kind: "Choose a kind",
      pledgedOn: "YYYY-MM-DD",
      website: "https://…",
      socialHandle: "@handle",
      notes: "Anything reviewers should know",
      sourceUrl: "https://… (where the pledge is documented)",
    },
    help: {
      countryCode: "Leave empty for a regional body that covers several countries.",
      sourceUrl: "A public page that documents the agency's support for the campaign.",
    },
    filters: {
      name: "Search by name",
      country: "Any country",
      region: "Any region",
      kind: "Any kind",
      status: "Any status",
      isNone: "{{field}}: none",
      generic: "{{field}} {{operator}} {{value}}",
      other: "Combined filter",
    },
    noCountry: "No single country (regional body)",
    sections: { details: "Details", audit: "Record history" },
    duplicate: agencyDuplicate,
    notEditable: {
      title: "You cannot edit this agency",
      description:
        "Staff edit only the pending agencies they registered themselves. A manager can change this one.",
    },
    conflict: {
      title: "Someone else changed this agency",
      description:
        "It was saved by another user after you opened it. Reload to see their changes, then make yours again.",
    },
    approve: {
      confirm: "Approve this agency? It will count as an active supporter.",
      success: "Agency approved",
      error: "Could not approve the agency",
    },
    created: "Agency registered. It is pending until a manager approves it.",
    saved: "Changes saved",
    validation: {
      name: {
        too_small: "Enter the agency's name (at least 2 characters)",
        invalid_type: "Enter the agency's name",
        too_big: "At most 200 characters",
      },
      acronym: { too_big: "At most 30 characters" },
      countryCode: { invalid_format: "Choose a country from the list" },
      kind: { invalid_value: "Choose a kind", invalid_type: "Choose a kind" },
      pledgedOn: { invalid_format: "Use a date as YYYY-MM-DD", custom: "Not a real date" },
      website: { invalid_format: "Use a full http(s):// address", too_big: "At most 500 characters" },
      socialHandle: {
        invalid_format: "Letters, digits, _ and . only, optionally starting with @",
        too_big: "At most 100 characters",
      },
      notes: { too_big: "At most 2000 characters" },
      sourceUrl: { invalid_format: "Use a full http(s):// address", too_big: "At most 500 characters" },
    },
  },

  "agencies-by-country": byCountry,

  operations,
  imports: { ...imports, ...importNames },
  aliases,
  outcomes,
  engagement,
  "engagement-import": engagementImport,
  overview,
  chartExport,
  report,
  users,
  audit,
  account,
  history,
  sessions,
  session,
  ...features,
};

/** A dictionary's shape: the same keys as English, any strings. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof en>;

type PluralCategory = "zero" | "one" | "two" | "few" | "many" | "other";
/**
 * Another language's dictionary: English's keys, any strings, plus the plural forms its own rules
 * need beyond English's `_one`/`_other` (Arabic has six: `_zero`, `_one`, `_two`, `_few`, `_many`,
 * `_other`; French and Spanish add `_many`). Completeness is checked by a test, not by this type.
 */
export type Translation<T = Messages> = {
  [K in keyof T]: T[K] extends string ? string : Translation<T[K]>;
} & { [key: `${string}_${PluralCategory}`]: string };
