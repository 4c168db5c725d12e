package nl.rendement.engine.isolation.control;

import nl.rendement.engine.measures.Direction;

/** The KPI difference and its interval as an improvement: negated and swapped when lower is better. */
record Improvement(double value, double lower, double upper) {

    static Improvement of(Direction direction, WelchTest welch) {
        double bound1 = direction.improvement(welch.lower());
        double bound2 = direction.improvement(welch.upper());
        return new Improvement(
                direction.improvement(welch.difference()), Math.min(bound1, bound2), Math.max(bound1, bound2));
    }
}
