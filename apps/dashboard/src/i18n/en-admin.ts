/**
 * English for the administration screens: users, the audit log, my account, object histories and
 * the session messages of the login page. Composed into en.ts.
 */

const actions = {
  create: "Created",
  update: "Updated",
  delete: "Deleted",
  approve: "Approved",
  import: "Imported",
  import_rejected: "Import rejected",
  export: "Exported",
  login: "Signed in",
  login_failed: "Sign-in failed",
  logout: "Signed out",
  password_change: "Password changed",
  password_reset: "Password reset",
  disable: "Disabled",
  enable: "Enabled",
  session_end: "Sessions ended",
  refused: "Refused",
};

export const history = {
  title: "Change history",
  actions,
  fields: { countryCode: "Country code", importId: "Import" },
  system: "System",
  empty: "(empty)",
  to: "changed to",
  noChanges: "No field changes",
  field: "{{field}}:",
  none: "No recorded changes yet",
  error: "The history could not be loaded.",
};

export const users = {
  users: "Users",
  titles: { list: "Users", create: "Add a user", edit: "Edit user" },
  fields: {
    email: "Email",
    name: "Name",
    role: "Role",
    status: "Status",
    disabledAt: "Disabled at",
    lastSeenAt: "Last seen",
    createdAt: "Created",
    actions: "Actions",
    passwordOptional: "Password (optional)",
  },
  statuses: { active: "Active", disabled: "Disabled" },
  filters: {
    searchLabel: "Search",
    search: "Search by email or name",
    role: "Any role",
    status: "Any status",
  },
  never: "Never",
  you: "You",
  forbidden: "Only administrators can manage users.",
  conflict: "Someone else changed this user after you opened it. Close, reopen and try again.",
  create: {
    button: "Add user",
    success: "{{email}} added",
    passwordHelp:
      "Leave empty to generate a one-time password, shown once. Otherwise at least 12 characters.",
  },
  edit: {
    success: "User saved",
    ownRole: "You cannot change your own role: ask another administrator.",
  },
  disable: {
    button: "Disable",
    confirm: "Disable {{email}}?",
    warning:
      "This ends their sessions at once: they are signed out everywhere and cannot sign in until enabled.",
    success: "{{email}} disabled; their sessions have ended",
    self: "You cannot disable your own account",
  },
  enable: {
    button: "Enable",
    confirm: "Enable {{email}}?",
    warning: "They will be able to sign in again with their password.",
    success: "{{email}} enabled",
  },
  reset: {
    button: "Reset password",
    title: "Reset the password of {{email}}",
    submit: "Reset password",
    warning: "Their current password stops working and their sessions end at once.",
    newPassword: "New password (optional)",
    help: "Leave empty to generate a one-time password, shown once. Otherwise at least 12 characters.",
    success: "The password of {{email}} was reset; their sessions have ended",
  },
  oneTime: {
    title: "One-time password for {{email}}",
    warning:
      "Copy it now: it is shown only this once and cannot be shown again. Hand it over in person or through a secure channel.",
    hint: "They sign in with it and should then change it under My account.",
    copy: "Copy",
    copied: "Copied",
    done: "I have copied it",
  },
  sessions: {
    button: "Sessions",
    title: "Sessions of {{email}}",
    end: "End",
    endConfirm: "End this session? That browser is signed out at once.",
    endAll: "End all sessions",
    endAllConfirm: "End every session of this user? They are signed out everywhere at once.",
    ended_one: "{{count}} session ended",
    ended_other: "{{count}} sessions ended",
  },
  validation: {
    email: { invalid_format: "Enter a valid email address", too_big: "At most 254 characters" },
    name: { too_small: "Enter the person's name", too_big: "At most 200 characters" },
    role: { invalid_value: "Choose a role", invalid_type: "Choose a role" },
  },
};

export const sessions = {
  fields: {
    device: "Device",
    ip: "Address",
    createdAt: "Signed in",
    lastSeenAt: "Last active",
    expiresAt: "Expires",
  },
  thisDevice: "This device",
  unknown: "Unknown browser",
  empty: "No active sessions",
};

export const account = {
  account: "My account",
  link: "My account",
  titles: { list: "My account" },
  profile: { title: "Profile" },
  password: {
    title: "Change password",
    current: "Current password",
    next: "New password",
    repeat: "New password again",
    help: "At least {{min}} characters; a few unrelated words work well. Very common passwords are refused.",
    mismatch: "The two new passwords differ",
    submit: "Change password",
    changed: "Password changed. Your other sessions have been signed out.",
  },
  sessions: {
    title: "Active sessions",
    hint: "Where you are signed in",
    signOut: "Sign out",
    confirm: "Sign out this session?",
    ended: "Session signed out",
  },
  validation: {
    current: { too_small: "Enter your current password", too_big: "Too long" },
  },
};

export const audit = {
  audit: "Audit log",
  titles: { list: "Audit log" },
  forbidden: "Only administrators can read the audit log.",
  fields: {
    at: "When",
    userEmail: "User",
    action: "Action",
    entity: "Entity",
    entityId: "Record",
    ip: "Address",
    period: "Period",
  },
  filters: {
    user: "Email contains…",
    entity: "Any entity",
    action: "Any action",
    from: "From",
    to: "To",
  },
  entities: {
    agency: "Agency",
    operation: "Operation",
    seizure: "Seizure",
    crime_area: "Crime area",
    channel: "Channel",
    user: "User",
    session: "Session",
    import: "Import",
    agencies: "Agencies (export)",
    operations: "Operations (export)",
    imports: "Imports (export)",
    posts: "Posts (export)",
    procedure: "Action",
    audit: "Audit log (export)",
  },
  // The export's columns beside the table's own titles (fields.*).
  csv: { userEmail: "User email", entityId: "Record id" },
};

/** Login-page texts about sessions (notifications.signedOut says that a session ended). */
export const session = {
  tooManyTitle: "Sign-in paused",
};

export const adminDocumentTitles = {
  users: { list: "Users | Turn Back Crime" },
  audit: { list: "Audit log | Turn Back Crime" },
  account: { list: "My account | Turn Back Crime" },
};

/** Pages a role may not use say so before any input (the server refuses the save anyway). */
const access = {
  agencies: { create: "You cannot register agencies (staff role needed)." },
  operations: {
    create: "You cannot create operations (staff role needed).",
    edit: "You cannot edit operations (staff role needed).",
  },
};

/** Every list's pagination: "1–20 of 72". */
const table = {
  range: "{{from}}–{{to}} of {{total}}",
};

/** Keys every page uses: `access.*`, `table.*`. */
export const pages = { access, table };
