package nl.rendement.engine.isolation.control;

import java.util.List;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Trail;

/**
 * What a given control group yields for one impact measure: an {@link ControlGroupEstimate},
 * credible or not, or {@link ControlGroupNotEstimable} when the data allow no estimate. Only a
 * credible estimate may add a benefit (METHOD §2, principles 4 and 5).
 */
public sealed interface ControlGroupOutcome permits ControlGroupEstimate, ControlGroupNotEstimable {

    /** Whether every check of METHOD §2 passed; then {@link #reasons()} is empty. */
    boolean credible();

    /** Why the estimate is not credible or not estimable, each reason with its facts. */
    List<Reason> reasons();

    /** How the outcome was obtained, step by step, ending with the checks or their reasons. */
    Trail trail();
}
