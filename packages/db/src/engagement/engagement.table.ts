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
