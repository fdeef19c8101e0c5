import { z } from "zod";
import { ZCountryCode } from "./countries";
import {
  CHANNEL_CODE_PATTERN,
  DEFAULT_CHANNELS,
  ENGAGEMENT_METRICS,
  type EngagementMetric,
  GRANULARITIES,
  type Granularity,
  SERIES_METRICS,
} from "./engagement.constants";
import { hasUnstorableCharacter, UNSTORABLE_MESSAGE, zCalendarDay, zId, zText } from "./primitives";

export const ZBuiltInChannel = z.enum(DEFAULT_CHANNELS);

export const ZChannelCode = zText()
  .min(1, "Give a code")
  .max(30, "At most 30 characters")
  .regex(CHANNEL_CODE_PATTERN, "Lower-case letters, digits, _ and - only");
export type ChannelCode = z.infer<typeof ZChannelCode>;

/** A channel of the reference list; `id` is its code (refine needs an `id`). */
export type Channel = { id: ChannelCode; code: ChannelCode; label: string };

export const ZEngagementMetric = z.enum(ENGAGEMENT_METRICS);

export const ZSeriesMetric = z.enum(SERIES_METRICS);
export type SeriesMetric = z.infer<typeof ZSeriesMetric>;

export const ZGranularity = z.enum(GRANULARITIES);

const ZDay = zCalendarDay();

export const ZEngagementFilters = z
  .object({
    from: ZDay.optional(),
    to: ZDay.optional(),
    channels: z.array(ZChannelCode).max(20).optional(),
    countryCode: ZCountryCode.optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    path: ["to"],
    message: "The period ends before it starts",
  });
export type EngagementFilters = z.infer<typeof ZEngagementFilters>;

export const ZEngagementSeriesInput = z.object({
  filters: ZEngagementFilters,
  metric: ZSeriesMetric,
  /** Omitted: chosen from the range. Too fine for the range: coarsened (see MAX_SERIES_POINTS). */
  granularity: ZGranularity.optional(),
});

export type EngagementSeries = {
  granularity: Granularity;
  /** What the client asked for, when the server had to coarsen it. */
  requested: Granularity | null;
  from: string;
  to: string;
  points: { bucket: string; channel: string; value: number | null }[];
  /** Whether any row behind these points is generated sample data. */
  sample: boolean;
};

export type SeriesInput = z.infer<typeof ZEngagementSeriesInput>;

/** An operation announced in the period: a marker on the engagement timeline. */
export type AnnouncementMarker = {
  id: number;
  name: string;
  editionYear: number;
  announcedOn: string;
  crimeArea: string;
};

export type EngagementTotals = {
  byChannel: { channel: string; impressions: number; engagements: number; reported: number }[];
  totals: Record<EngagementMetric, number | null>;
  engagementRate: number | null;
  sample: boolean;
};

/** Daily metrics import: one row per day, channel and (optional) country. */
export const ENGAGEMENT_CSV_HEADER = [
  "day",
  "channel",
  "country",
  "impressions",
  "reach",
  "engagements",
  "shares",
  "video_views",
  "new_followers",
  "hashtag_mentions",
  "site_visits",
] as const;

/** Posts import: one row per post, keyed by channel and time. */
export const POSTS_CSV_HEADER = [
  "posted_at",
  "channel",
  "text",
  "url",
  "impressions",
  "engagements",
  "shares",
  "video_views",
  "operation",
  "operation_year",
] as const;

/** A published metric: the message says the rule it breaks (whole number, 0 or more, at most 10^13). */
const metric = z
  .number({ error: "Must be a whole number" })
  .int("Must be a whole number")
  .min(0, "Must be 0 or more")
  .max(1e13, `Must be at most ${(1e13).toLocaleString("en")}`)
  .nullable();

export const ZEngagementDailyValues = z.object({
  day: ZDay,
  channel: zText().trim().min(1, "Give the channel").max(30, "At most 30 characters"),
  countryCode: ZCountryCode.or(z.literal("")),
  impressions: metric,
  reach: metric,
  engagements: metric,
  shares: metric,
  videoViews: metric,
  newFollowers: metric,
  hashtagMentions: metric,
  siteVisits: metric,
});
export type EngagementDailyValues = z.output<typeof ZEngagementDailyValues>;

export const ZPostValues = z.object({
  postedAt: z.iso.datetime({ offset: true, message: "Use an ISO date-time, e.g. 2024-05-01T09:30:00Z" }),
  channel: zText().trim().min(1, "Give the channel").max(30, "At most 30 characters"),
  text: zText().trim().min(1, "The post has no text").max(2000, "At most 2000 characters"),
  url: z
    .url({ protocol: /^https?$/, message: "Use a full http(s):// address" })
    .max(1000, "At most 1000 characters")
    .refine((v) => !hasUnstorableCharacter(v), UNSTORABLE_MESSAGE)
    .or(z.literal(""))
    .transform((v) => (v ? v : null)),
  impressions: metric,
  engagements: metric,
  shares: metric,
  videoViews: metric,
  operationId: zId().nullable(),
});
export type PostValues = z.output<typeof ZPostValues>;

export type Post = {
  id: number;
  channel: string;
  postedAt: string;
  text: string;
  url: string | null;
  impressions: number | null;
  engagements: number | null;
  shares: number | null;
  videoViews: number | null;
  operationId: number | null;
  operationName: string | null;
  isSample: boolean;
};

export const ZChannelCreateInput = z.object({
  values: z.object({
    code: zText().trim().toLowerCase().pipe(ZChannelCode),
    label: zText().trim().min(1, "Give a name").max(60, "At most 60 characters"),
  }),
});
