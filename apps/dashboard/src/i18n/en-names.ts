/**
 * English for name reconciliation: `aliases.*` (the list of saved names), the import preview's
 * unknown names and changed fields, and the agency form's duplicate warning (see en.ts).
 */

const kinds = { country: "Country", crime_area: "Crime area", channel: "Channel" };

export const aliases = {
  aliases: "Name mappings",
  titles: { list: "Name mappings" },
  intro:
    "Names that imported files write differently from this dashboard, and what each one means. Staff add them from an import preview; the next file with that name imports as mapped.",
  forbidden: "You cannot see the name mappings.",
  kinds,
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
  deleteConfirm: "Remove the mapping of “{{name}}”? Files with this name will be refused again.",
  saved: "Mapping saved",
  deleted: "Mapping removed",
  gone: "(no longer in the list)",
};

export const aliasDocumentTitles = { aliases: { list: "Name mappings | Turn Back Crime" } };

export const importNames = {
  unresolved: {
    title: "Names this dashboard does not know",
    hint: "Choose what each name means and save the mapping: the preview runs again, and the next file with that name imports cleanly.",
    name: "Name in the file",
    kind: "Kind",
    rows: "Rows",
    target: "Means",
    suggestions: "Did you mean",
    choose: "Choose…",
    map: "Save mapping",
    mapped: "“{{name}}” now means {{target}}",
    readOnly: "Ask a staff member to map these names, or correct the file.",
    kinds,
  },
  changes: { title: "Changes", none: "—", empty: "(empty)" },
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
