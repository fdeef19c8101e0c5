import { announcementMarkers, engagementSeries, engagementTotals } from "@tbc/db";
import {
  type EngagementSeries,
  type EngagementTotals,
  ZEngagementFilters,
  ZEngagementMetric,
  ZEngagementSeriesInput,
} from "@tbc/types";
import { z } from "zod";
import { protectedProcedure, router } from "../trpc";

/** A series is one of the metrics or the engagement rate (engagements / impressions, per bucket). */
export const ZSeriesMetric = z.union([ZEngagementMetric, z.literal("engagementRate")]);
export const ZSeriesInput = ZEngagementSeriesInput.extend({ metric: ZSeriesMetric });
export type SeriesInput = z.infer<typeof ZSeriesInput>;

/** The engagement filters; every field optional, and so is the whole input (the whole campaign). */
const ZFilters = ZEngagementFilters.default({});

/** An operation announced in the period: a marker on the engagement timeline. */
export type AnnouncementMarker = {
  id: number;
  name: string;
  editionYear: number;
  announcedOn: string;
  crimeArea: string;
};

/**
 * Engagement over time, for the charts; every role reads. Each answer says whether generated
 * sample data is behind it (`sample`), so that the dashboard can label it.
 */
export const engagementRouter = router({
  /**
   * One series per channel. A granularity too fine for the range is coarsened so that no series has
   * more than MAX_SERIES_POINTS points: `granularity` is what was used, `requested` what was asked.
   */
  series: protectedProcedure
    .input(ZSeriesInput)
    .query(
      ({ ctx, input }): Promise<EngagementSeries> =>
        engagementSeries(ctx.db, input.filters, input.metric, input.granularity),
    ),

  /** Every metric summed over the period, per channel and overall, with the engagement rate. */
  totals: protectedProcedure
    .input(ZFilters)
    .query(({ ctx, input }): Promise<EngagementTotals> => engagementTotals(ctx.db, input)),

  /** Operation announcements within the period (only `from`/`to` apply). */
  markers: protectedProcedure
    .input(ZFilters)
    .query(({ ctx, input }): Promise<AnnouncementMarker[]> => announcementMarkers(ctx.db, input)),
});
