package nl.rendement.engine.measures.series;

import java.util.List;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Trail;

/**
 * What {@link KpiSeries} gives for one impact measure: a {@link PeriodSeries} (sum, weighted
 * mean, ratio of sums), {@link ThresholdTimes} (time to threshold), or {@link NoSeries} with the
 * reasons when the input allows neither.
 */
public sealed interface SeriesOutcome permits PeriodSeries, ThresholdTimes, NoSeries {

    String measureId();

    /** Expected shortcomings (no comparison, an undefined point, no median), each with its facts. */
    List<Reason> reasons();

    /** How the outcome was obtained, step by step. */
    Trail trail();
}
