/**
 * English for name reconciliation: `aliases.*` (saved name mappings), the import preview's unknown
 * names and changed fields, and the agency form's duplicate warning (see en.ts).
 */

export const aliases = {
  aliases: "Name mappings",
  titles: { list: "Name mappings" },
  intro:
    "Names imported files write differently, and what each means. Files with these names import as mapped.",
  forbidden: "You cannot see the name mappings.",
  kinds: { country: "Country", crime_area: "Crime area", channel: "Channel" },
  fields: {
    kind: "Kind",
    name: "Name in the file",
    target: "Means",
    createdBy: "Added by",
    updatedAt: "Changed",
  },
  filters: { name: "Search a name", kind: "Any kind" },
  edit: "Change",
  save: "Save",
  cancel: "Cancel",
  delete: "Remove",
  deleteConfirm: "Remove the mapping of “{{name}}”?",
  saved: "Mapping saved",
  deleted: "Mapping removed",
  gone: "(no longer listed)",
};

export const aliasDocumentTitles = { aliases: { list: "Name mappings | Turn Back Crime" } };

export const importNames = {
  unresolved: {
    title: "Unknown names",
    hint: "Map each name and save: the preview runs again, and later files with the name import as mapped.",
    rows: "Rows",
    suggestions: "Did you mean",
    choose: "Choose…",
    map: "Save mapping",
    mapped: "“{{name}}” now means {{target}}",
    readOnly: "Ask a staff member to map it, or correct the file.",
  },
  changes: { none: "—", empty: "(empty)" },
};

export const agencyDuplicate = {
  title: "Possible duplicate",
  one: "{{name}} ({{country}}, {{status}}): {{reason}}.",
  noCountry: "no country",
  reasons: {
    "same-name": "the same name",
    "same-acronym": "same acronym {{acronym}}",
    "same-initials": "same initials {{acronym}}",
    "similar-name": "a similar name ({{percent}} alike)",
  },
  open: "Open it",
  hint: "You can still save if this is a different agency.",
};
