package nl.rendement.engine.measures.series;

import java.util.List;
import java.util.Objects;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Trail;

/** No series for the measure, with why (e.g. time to threshold without a tenured median). */
public record NoSeries(String measureId, List<Reason> reasons, Trail trail) implements SeriesOutcome {

    public NoSeries {
        Objects.requireNonNull(measureId, "measureId");
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(trail, "trail");
    }
}
