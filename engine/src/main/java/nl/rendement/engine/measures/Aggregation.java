package nl.rendement.engine.measures;

/**
 * How a KPI's observations make one figure for a group and period: a sum (sales); a mean
 * weighted by each observation's weight (customer satisfaction by responses); a ratio of sums
 * (absence % = days absent / days scheduled, never a mean of ratios); or time to threshold (the
 * months until a person's KPI first reaches a stated share of the tenured median, for onboarding).
 */
public enum Aggregation {
    SUM,
    WEIGHTED_MEAN,
    RATIO_OF_SUMS,
    TIME_TO_THRESHOLD
}
