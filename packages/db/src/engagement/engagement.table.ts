export interface EngagementDailyTable {
  day: string;
  channel: string;
  /** '' for the channel's total that day; a country code for a breakdown row. */
  countryCode: string;
  impressions: number | null;
  reach: number | null;
  engagements: number | null;
  shares: number | null;
  videoViews: number | null;
  newFollowers: number | null;
  hashtagMentions: number | null;
  siteVisits: number | null;
  /** 1 for generated sample data, 0 for imported figures. */
  isSample: number;
  importId: number | null;
}

/** engagement_daily summed per month (migration 0005); kept by refreshEngagementRollup. */
export interface EngagementMonthlyTable {
  /** The month's first day, 'YYYY-MM-01'. */
  month: string;
  channel: string;
  countryCode: string;
  impressions: number | null;
  reach: number | null;
  engagements: number | null;
  shares: number | null;
  videoViews: number | null;
  newFollowers: number | null;
  hashtagMentions: number | null;
  siteVisits: number | null;
  /** Impressions of the days that reported engagements: the engagement rate's denominator. */
  impressionsRated: number | null;
  /** The daily rows summed. */
  days: number;
  isSample: number;
}
