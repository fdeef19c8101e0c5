// Engagement's vocabularies (channels, metrics, granularities), without their schemas (engagement.ts).
// Kept apart from the zod schemas: the dashboard's app shell and overview import these, and
// nothing here may pull zod (≈25 kB gzip) into them.
/** The day the campaign was launched: the start of every engagement series. */
export const CAMPAIGN_LAUNCH = "2014-06-05";

/**
 * Channels are a reference list that managers extend (`channels.create`), so a channel is not an
 * enum: it is a code that ZChannelCode validates everywhere one is accepted (filters, new channels).
 * The built-in ones, which every database starts with and the charts colour and order by, are.
 */
export const DEFAULT_CHANNELS = ["x", "facebook", "instagram", "youtube", "website", "press"] as const;
export type BuiltInChannel = (typeof DEFAULT_CHANNELS)[number];

export const CHANNEL_CODE_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;

export function isBuiltInChannel(code: string): code is BuiltInChannel {
  return (DEFAULT_CHANNELS as readonly string[]).includes(code);
}

export const ENGAGEMENT_METRICS = [
  "impressions",
  "reach",
  "engagements",
  "shares",
  "videoViews",
  "newFollowers",
  "hashtagMentions",
  "siteVisits",
] as const;
export type EngagementMetric = (typeof ENGAGEMENT_METRICS)[number];

/** A chart series: one of the metrics, or the engagement rate (engagements / impressions per bucket). */
export const SERIES_METRICS = [...ENGAGEMENT_METRICS, "engagementRate"] as const;

export const GRANULARITIES = ["day", "week", "month"] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** No chart series gets more points than this; the server coarsens the granularity to stay under. */
export const MAX_SERIES_POINTS = 1500;
