package nl.rendement.engine.measures;

/**
 * Which way a KPI improves. Isolated effects are reported as improvements: positive is better,
 * so a fall in grievances by 12.5 a month is an improvement of 12.5.
 */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER;

    /** A change in the KPI as an improvement: itself when higher is better, negated otherwise. */
    public double improvement(double change) {
        return this == HIGHER_IS_BETTER ? change : -change;
    }
}
