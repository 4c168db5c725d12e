package nl.rendement.engine.isolation.estimate;

import java.math.BigDecimal;
import java.util.Objects;
import nl.rendement.engine.value.Percentage;

/**
 * The named rules of estimate-based isolation, each a visible setting (METHOD §2):
 *
 * <ul>
 *   <li>{@code k}: the anonymity threshold, also the least number of estimates the extreme-claim
 *       median must rest on (METHOD §1, default 5, an organisation setting);
 *   <li>{@code extremeClaimRule}: on by default; excludes an improvement above {@code
 *       extremeClaimFactor} x the median (principle 8); off shows its effect;
 *   <li>{@code extremeClaimFactor}: default 3;
 *   <li>{@code minimumResponseRate}: default 30%, below which a source is not credible.
 * </ul>
 */
public record EstimateRules(
        int k, boolean extremeClaimRule, BigDecimal extremeClaimFactor, Percentage minimumResponseRate) {

    public static final BigDecimal DEFAULT_EXTREME_CLAIM_FACTOR = BigDecimal.valueOf(3);
    public static final Percentage DEFAULT_MINIMUM_RESPONSE_RATE = Percentage.of(30);

    public EstimateRules {
        Objects.requireNonNull(extremeClaimFactor, "extremeClaimFactor");
        Objects.requireNonNull(minimumResponseRate, "minimumResponseRate");
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1: " + k);
        }
        if (extremeClaimFactor.compareTo(BigDecimal.ONE) < 0) {
            throw new IllegalArgumentException("The extreme-claim factor must be at least 1: " + extremeClaimFactor);
        }
        if (!minimumResponseRate.isShare()) {
            throw new IllegalArgumentException("The minimum response rate must lie from 0 to 100%: "
                    + minimumResponseRate.value().toPlainString());
        }
    }

    /** The defaults: extreme-claim rule on with factor 3, minimum response rate 30%, the given k. */
    public static EstimateRules withDefaults(int k) {
        return new EstimateRules(k, true, DEFAULT_EXTREME_CLAIM_FACTOR, DEFAULT_MINIMUM_RESPONSE_RATE);
    }

    public EstimateRules withExtremeClaimRule(boolean on) {
        return new EstimateRules(k, on, extremeClaimFactor, minimumResponseRate);
    }

    public EstimateRules withExtremeClaimFactor(BigDecimal factor) {
        return new EstimateRules(k, extremeClaimRule, factor, minimumResponseRate);
    }

    public EstimateRules withMinimumResponseRate(Percentage rate) {
        return new EstimateRules(k, extremeClaimRule, extremeClaimFactor, rate);
    }
}
