package nl.rendement.engine.measures.series;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Trail;

/**
 * Time to threshold per cohort (not a per-period series), cohorts by first start, then name. The
 * threshold is the measure's threshold share of the tenured median when higher is better (reached
 * when the KPI is at least the threshold), and the tenured median divided by the share when lower
 * is better (reached when the KPI is at most the threshold): 80% of tenured performance either way.
 */
public record ThresholdTimes(
        String measureId, BigDecimal threshold, List<CohortThreshold> cohorts, List<Reason> reasons, Trail trail)
        implements SeriesOutcome {

    public ThresholdTimes {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(threshold, "threshold");
        cohorts = List.copyOf(cohorts);
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(trail, "trail");
    }
}
