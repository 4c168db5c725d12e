package nl.rendement.engine;

import nl.rendement.engine.isolation.control.ControlGroupIsolation;
import nl.rendement.engine.isolation.estimate.EstimateIsolation;
import nl.rendement.engine.isolation.estimate.EstimateRules;

/** The isolation calculators as an evaluation's settings configure them, in one place. */
final class Isolators {

    private Isolators() {}

    static EstimateIsolation estimates(EvaluationSettings settings) {
        return EstimateIsolation.withRules(EstimateRules.withDefaults(settings.anonymityThreshold())
                .withExtremeClaimRule(settings.extremeClaimRule()));
    }

    static ControlGroupIsolation control(EvaluationSettings settings) {
        return ControlGroupIsolation.withDefaults(settings.anonymityThreshold());
    }
}
