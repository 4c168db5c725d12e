package nl.rendement.engine.measures.series;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Trail;

/**
 * A measure's KPI per calendar period for the participants and, when there is one, a comparison
 * group, with the cohorts' starts marked. A comparison labelled {@link SeriesLabel#UNADJUSTED} is
 * descriptive only: unadjusted, not an effect. Without a comparison the reasons say so.
 */
public record PeriodSeries(
        String measureId,
        Series participants,
        Optional<Series> comparison,
        List<CohortStart> cohortStarts,
        List<Reason> reasons,
        Trail trail)
        implements SeriesOutcome {

    public PeriodSeries {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(participants, "participants");
        Objects.requireNonNull(comparison, "comparison");
        cohortStarts = List.copyOf(cohortStarts);
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(trail, "trail");
    }

    /** Whether the comparison is unadjusted, so that the gap between the series is not an effect. */
    public boolean notAnEffect() {
        return comparison.map(series -> series.label().notAnEffect()).orElse(false);
    }
}
