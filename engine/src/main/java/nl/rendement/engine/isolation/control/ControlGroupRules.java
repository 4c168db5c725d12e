package nl.rendement.engine.isolation.control;

/**
 * When a given control group is credible (METHOD §2, principle 4): both groups have pre- and
 * post-data for at least {@code minPerGroup} people each, and the pre-period standardised mean
 * difference on the KPI lies strictly within {@code maxAbsPreSmd}. Each is a visible setting.
 *
 * @param maxAbsPreSmd the bound on |SMD| of the pre-period KPI, default 0.1
 * @param minPerGroup the least number of people with data per group, default k (anonymity)
 * @param confidenceLevel the level of the Welch interval, default 0.95
 */
public record ControlGroupRules(double maxAbsPreSmd, int minPerGroup, double confidenceLevel) {

    public static final double DEFAULT_MAX_ABS_PRE_SMD = 0.1;
    public static final double DEFAULT_CONFIDENCE_LEVEL = 0.95;

    public ControlGroupRules {
        if (!(maxAbsPreSmd > 0) || !Double.isFinite(maxAbsPreSmd)) {
            throw new IllegalArgumentException("The SMD bound must be positive and finite: " + maxAbsPreSmd);
        }
        if (minPerGroup < 1) {
            throw new IllegalArgumentException("At least one person per group is needed: " + minPerGroup);
        }
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("A confidence level lies strictly between 0 and 1: " + confidenceLevel);
        }
    }

    /** |SMD| &lt; 0.1, at least {@code k} people per group, 95% intervals. */
    public static ControlGroupRules withDefaults(int k) {
        return new ControlGroupRules(DEFAULT_MAX_ABS_PRE_SMD, k, DEFAULT_CONFIDENCE_LEVEL);
    }

    public ControlGroupRules withMaxAbsPreSmd(double bound) {
        return new ControlGroupRules(bound, minPerGroup, confidenceLevel);
    }

    public ControlGroupRules withMinPerGroup(int minimum) {
        return new ControlGroupRules(maxAbsPreSmd, minimum, confidenceLevel);
    }

    public ControlGroupRules withConfidenceLevel(double level) {
        return new ControlGroupRules(maxAbsPreSmd, minPerGroup, level);
    }
}
