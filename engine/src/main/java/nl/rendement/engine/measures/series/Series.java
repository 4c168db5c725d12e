package nl.rendement.engine.measures.series;

import java.util.List;
import java.util.Objects;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Trail;

/**
 * One group's KPI per period, oldest first: only periods in which someone in the group has an
 * observation; a period whose weights sum to 0 has no point and a reason instead.
 *
 * @param label whose series it is; {@link SeriesLabel#UNADJUSTED} is never an effect
 * @param people the person ids in the group
 * @param teams the team ids in the group
 */
public record Series(
        SeriesLabel label, int people, int teams, List<SeriesPoint> points, List<Reason> reasons, Trail trail) {

    public Series {
        Objects.requireNonNull(label, "label");
        points = List.copyOf(points);
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(trail, "trail");
    }
}
