import { announcementMarkers, engagementSeries, engagementTotals } from "@tbc/db";
import {
  type AnnouncementMarker,
  type EngagementSeries,
  type EngagementTotals,
  ZEngagementFilters,
  ZEngagementSeriesInput,
} from "@tbc/types";
import { protectedProcedure, router } from "../trpc";

/** The engagement filters; every field optional, and so is the whole input (the whole campaign). */
const ZFilters = ZEngagementFilters.default({});

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
    .input(ZEngagementSeriesInput)
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
