/** English for `engagement.*` and `engagement-import.*` (see en.ts, which composes the dictionary). */

const metrics = {
  impressions: "Impressions",
  reach: "Reach",
  engagements: "Engagements",
  shares: "Shares",
  videoViews: "Video views",
  newFollowers: "New followers",
  hashtagMentions: "Hashtag mentions",
  siteVisits: "Site visits",
  engagementRate: "Engagement rate",
};

export const engagement = {
  engagement: "Engagement",
  titles: { list: "Campaign engagement" },
  intro:
    "Audience figures of the campaign's channels over time, with operation announcements on the timeline. Unknown figures are never counted as zero.",
  metrics,
  granularities: { auto: "Auto", day: "Day", week: "Week", month: "Month" },
  granularityPlural: { day: "days", week: "weeks", month: "months" },
  filters: {
    period: "Period",
    presets: {
      "30d": "Last 30 days",
      "90d": "Last 90 days",
      "12m": "Last 12 months",
      launch: "Since launch",
    },
    from: "Start date",
    to: "End date",
    channels: "Channels",
    allChannels: "All channels",
    country: "Country",
    anyCountry: "All countries",
    countryHint:
      "With a country chosen, figures are that country's rows only: in the sample data, X and Facebook have a breakdown for US, GB, FR, IN, PH, ZA, BR and NA.",
    granularity: "Granularity",
    shown: "Shown per {{granularity}}",
    auto: "chosen automatically for the period",
    coarsened:
      "Per {{requested}} would give more than {{max}} points per channel for this period, so the charts show {{granularity}}.",
  },
  sample: {
    tag: "Sample",
    tagHint: "Generated sample data, not real figures",
    title: "Sample data",
    description:
      "No audience figures for Turn Back Crime were ever published. The engagement shown here is generated sample data, for demonstration only; real figures come in through the engagement import.",
    partly:
      "Part of this view is real: imported figures for {{real}}. Still generated sample data: {{sample}}.",
    import: "Import real figures",
  },
  kpis: {
    impressions: "Impressions",
    engagements: "Engagements",
    engagementRate: "Engagement rate",
    engagementRateHint: "Engagements divided by the impressions of the rows that reported engagements",
    videoViews: "Video views",
    newFollowers: "New followers",
    hashtagMentions: "Hashtag mentions",
    siteVisits: "Site visits",
    unknown: "No row in this view reported this figure",
  },
  timeline: {
    title: "Over time, by channel",
    subtitle: "{{metric}} per {{granularity}}, one line per channel",
    metric: "Metric",
    markers: "Operation announcements",
    markersHint: "Dashed lines mark operation announcements; click a flag to open the operation.",
    markerCount_one: "{{count}} operation announced",
    markerCount_other: "{{count}} operations announced",
    openOperation: "Open {{name}}",
    empty: "No figures for this metric in this period.",
    dataEnds: "No figures after {{date}} in this period.",
    weekOf: "Week of {{date}}",
    close: "Close",
    noValue: "not reported",
    toDate: "to date",
    partial: "partial",
    partialDays: "Partial: {{days}} of {{of}} days",
    partialNote: "Partial periods (to date) are marked, not joined to the lines; see the CSV.",
  },
  rate: {
    title: "Engagement rate",
    empty: "No channel reported engagements and impressions in this period.",
    note: "Per channel and period: engagements ÷ impressions, from the sums (not an average of daily rates).",
  },
  share: {
    title: "Share of impressions",
    empty: "No impressions in this period.",
    total: "Total",
  },
  hashtags: {
    title: "Hashtag mentions",
    empty: "No hashtag mentions reported in this period.",
  },
  posts: {
    title: "Top posts",
    hint: "Sorted on the server: click a column to rank by it. Period and channels as above.",
    noCountry: "Posts have no country: the country filter does not apply to them.",
    fields: {
      postedAt: "Posted",
      channel: "Channel",
      text: "Post",
      operation: "Operation",
      impressions: "Impressions",
      engagements: "Engagements",
      shares: "Shares",
      videoViews: "Video views",
      source: "Data",
    },
    real: "Imported",
    export: "Export CSV",
    empty: "No posts in this period.",
  },
  error: "The figures could not be loaded.",
  import: "Import",
  /** The caption of every chart export: the page's filters in words. */
  caption: {
    period: "Period: {{range}}",
    periodPreset: "Period: {{range}} ({{preset}})",
    granularity: "Granularity: {{granularity}}",
    granularityAuto: "Granularity: {{granularity}} (automatic)",
    granularityCoarsened: "Granularity: {{granularity}} (per {{requested}} would be too many points)",
    channels: "Channels: {{value}}",
    country: "Country: {{value}}",
  },
  /** The source line of the chart exports. */
  sources: {
    sample: "Generated sample data (no audience figures were published)",
    imported: "Imported channel exports",
  },
  /** Column titles of the charts' CSV exports. */
  csv: {
    bucket: { day: "Day", week: "Week (starting Monday)", month: "Month (first day)" },
    percent: "{{channel}} (%)",
    channel: "Channel",
    impressions: "Impressions",
    share: "Share (%)",
    partial: "Partial",
  },
};

export const engagementImport = {
  "engagement-import": "Import engagement",
  titles: { list: "Import engagement figures" },
  intro:
    "Add or update real engagement figures from a spreadsheet: daily metrics per channel (and optionally per country), or posts. Real daily figures replace the generated sample data of their channel over the days the file covers. Nothing changes until you press Import.",
  limit: "A CSV file (.csv) of at most {{limit}}, whose first line is exactly one of:",
  headers: { daily: "Daily metrics", posts: "Posts" },
  rowName: "Row (day · channel · country, or time · channel)",
  forbidden: "Importing engagement figures needs the staff role.",
  open: "Open the engagement page",
};

export const engagementDocumentTitles = {
  engagement: { list: "Engagement | Turn Back Crime" },
  "engagement-import": { list: "Import engagement | Turn Back Crime" },
};
