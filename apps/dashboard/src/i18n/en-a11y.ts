/**
 * English for accessibility (`a11y.*`: names of icon buttons, the charts' table view and
 * summaries) and the command palette (`palette.*`).
 */

const a11y = {
  chart: {
    viewTable: "View as table",
    tableCaption: "{{title}}: the chart's figures",
    filterBy: "Filter by {{value}}",
    legend: "Legend",
    summary: "{{title}}: {{first}} to {{last}}; highest {{top}} with {{value}}; total {{total}}.",
    summaryEmpty: "{{title}}: no figures.",
  },
  actions: {
    view: "View {{name}}",
    edit: "Edit {{name}}",
    delete: "Delete {{name}}",
    showChanges: "Show the changes",
    hideChanges: "Hide the changes",
  },
};

const palette = {
  open: "Search / jump to…",
  shortcut: "Ctrl K",
  label: "Search pages, agencies and operations",
  placeholder: "Type a page, an agency or an operation…",
  sections: { pages: "Pages", agencies: "Agencies", operations: "Operations" },
  empty: "Nothing found",
  hint: "↑↓ to choose, Enter to open, Esc to close",
};

export const a11yMessages = { a11y, palette };
