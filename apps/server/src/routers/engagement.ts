import { announcementMarkers, engagementSeries, engagementTotals } from "@tbc/db";
import {
  type AnnouncementMarker,
  type EngagementSeries,
  type EngagementTotals,
  ZEngagementFilters,
  ZEngagementSeriesInput,
} from "@tbc/types";
import { aggregate, protectedProcedure, router } from "../trpc";

/** The engagement filters; every field optional, and so is the whole input (the whole campaign). */
const ZFilters = ZEngagementFilters.default({});

/**
 * Engagement over time, for the charts; every role reads. Each answer says whether generated
 * sample data is behind it (`sample`), so that the dashboard can label it. Every answer is kept in the
 * answer cache (`aggregate`).
 */
export const engagementRouter = router({
  /**
   * One series per channel. A granularity too fine for the range is coarsened so that no series has
   * more than MAX_SERIES_POINTS points: `granularity` is what was used, `requested` what was asked.
   */
  series: protectedProcedure
    .input(ZEngagementSeriesInput)
    .query(
      aggregate(
        (db, input): Promise<EngagementSeries> =>
          engagementSeries(db, input.filters, input.metric, input.granularity),
      ),
    ),

  /** Every metric summed over the period, per channel and overall, with the engagement rate. */
  totals: protectedProcedure
    .input(ZFilters)
    .query(aggregate((db, input): Promise<EngagementTotals> => engagementTotals(db, input))),

  /** Operation announcements within the period (only `from`/`to` apply). */
  markers: protectedProcedure
    .input(ZFilters)
    .query(aggregate((db, input): Promise<AnnouncementMarker[]> => announcementMarkers(db, input))),
});
