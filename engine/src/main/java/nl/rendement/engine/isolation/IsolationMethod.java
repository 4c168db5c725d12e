package nl.rendement.engine.isolation;

/**
 * The ways a programme's effect on a measure is isolated, each in its credibility tier (METHOD
 * §2), most credible first: 1 comparison groups; 2 trend line; 3 estimates; 4 isolated outside
 * Rendement.
 */
public enum IsolationMethod {
    GIVEN_CONTROL_GROUP(1),
    DIFFERENCE_IN_DIFFERENCES(1),
    MATCHING(1),
    TREND_LINE(2),
    PARTICIPANT_ESTIMATE(3),
    MANAGER_ESTIMATE(3),
    SENIOR_MANAGEMENT_ESTIMATE(3),
    EXPERT_ESTIMATE(3),
    ISOLATED_OUTSIDE(4);

    private final int tier;

    IsolationMethod(int tier) {
        this.tier = tier;
    }

    /** 1 is the most credible tier. */
    public int tier() {
        return tier;
    }
}
