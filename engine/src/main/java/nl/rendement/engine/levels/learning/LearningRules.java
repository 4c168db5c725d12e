package nl.rendement.engine.levels.learning;

/**
 * The settings of a level-2 analysis, each visible.
 *
 * @param k the anonymity threshold: figures on fewer than k people are marked (METHOD §1)
 * @param confidenceLevel the level of the paired t interval and of the d_z interval, default 0.95
 */
public record LearningRules(int k, double confidenceLevel) {

    public static final double DEFAULT_CONFIDENCE_LEVEL = 0.95;

    public LearningRules {
        if (k < 1) {
            throw new IllegalArgumentException("The anonymity threshold is at least 1: " + k);
        }
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("A confidence level lies strictly between 0 and 1: " + confidenceLevel);
        }
    }

    /** 95% intervals, anonymity threshold {@code k}. */
    public static LearningRules withDefaults(int k) {
        return new LearningRules(k, DEFAULT_CONFIDENCE_LEVEL);
    }

    public LearningRules withConfidenceLevel(double level) {
        return new LearningRules(k, level);
    }
}
