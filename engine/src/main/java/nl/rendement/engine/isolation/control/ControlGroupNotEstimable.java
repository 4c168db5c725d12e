package nl.rendement.engine.isolation.control;

import java.util.List;
import java.util.Objects;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Trail;

/**
 * No estimate: a group has fewer than two people with data ({@code control.notEstimable.tooFew})
 * or no one's outcome varies ({@code control.notEstimable.noVariation}), so Welch's test has no
 * standard error; with several cohorts, every cohort was left out ({@code
 * control.notEstimable.noCohort}). Never credible; the reasons also name the failed credibility checks that could
 * be judged.
 */
public record ControlGroupNotEstimable(
        int trainedWithData, int controlWithData, int trainedWithoutData, List<Reason> reasons, Trail trail)
        implements ControlGroupOutcome {

    public ControlGroupNotEstimable {
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(trail, "trail");
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("A missing estimate needs its reasons");
        }
    }

    @Override
    public boolean credible() {
        return false;
    }
}
