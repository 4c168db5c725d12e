package nl.rendement.engine.isolation.control;

import java.math.BigDecimal;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.value.Numbers;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Welch's two-sample t test and interval of {@code mean(trained) - mean(control)}, in the KPI's
 * own units and sign (not yet an improvement). With sample variances s² (n - 1):
 *
 * <pre>
 * SE = sqrt(s_T²/n_T + s_C²/n_C)
 * df = SE⁴ / ((s_T²/n_T)²/(n_T - 1) + (s_C²/n_C)²/(n_C - 1))     (Welch–Satterthwaite)
 * t  = difference / SE,   p = 2 P(T_df &gt; |t|)
 * interval = difference ± t_df(1 - α/2) SE,   α = 1 - confidence level
 * </pre>
 *
 * Sources: B. L. Welch (1947), Biometrika 34, 28–35; F. E. Satterthwaite (1946), Biometrics
 * Bulletin 2, 110–114. Agrees with R's {@code t.test(y ~ group, var.equal = FALSE)} up to its
 * sign, which is that of the first factor level minus the second. Quantiles and tail
 * probabilities from Commons Statistics' {@link TDistribution}. Over several cohorts the same
 * figures describe the difference pooled by {@code CohortPooling}: its standard error and the
 * Welch–Satterthwaite df over all the cohorts' groups.
 *
 * @param difference mean of the trained minus mean of the control, in KPI units
 * @param standardError SE of the difference
 * @param degreesOfFreedom Welch–Satterthwaite degrees of freedom
 * @param t the test statistic, difference / SE
 * @param pValue two-sided p-value of no difference
 * @param confidenceLevel the interval's level, e.g. 0.95
 * @param lower lower bound of the difference's interval
 * @param upper upper bound of the difference's interval
 */
public record WelchTest(
        double difference,
        double standardError,
        double degreesOfFreedom,
        double t,
        double pValue,
        double confidenceLevel,
        double lower,
        double upper) {

    /** Needs at least two values per group and a positive standard error. */
    static WelchTest of(Sample trained, Sample control, double confidenceLevel) {
        double varianceOfMeanT = trained.variance() / trained.n();
        double varianceOfMeanC = control.variance() / control.n();
        double variance = varianceOfMeanT + varianceOfMeanC;
        if (trained.n() < 2 || control.n() < 2 || !(variance > 0)) {
            throw new IllegalStateException("Welch's test needs two values per group and some variation");
        }
        double degreesOfFreedom = variance
                * variance
                / (varianceOfMeanT * varianceOfMeanT / (trained.n() - 1)
                        + varianceOfMeanC * varianceOfMeanC / (control.n() - 1));
        return of(trained.mean() - control.mean(), variance, degreesOfFreedom, confidenceLevel);
    }

    /**
     * The test of a difference with the given variance and degrees of freedom: {@code t = difference
     * / sqrt(variance)}, its two-sided p-value and interval; also for a difference pooled over
     * cohorts ({@code CohortPooling}).
     */
    static WelchTest of(double difference, double variance, double degreesOfFreedom, double confidenceLevel) {
        double standardError = Math.sqrt(variance);
        double t = difference / standardError;
        TDistribution distribution = TDistribution.of(degreesOfFreedom);
        double pValue = Math.min(1, 2 * distribution.survivalProbability(Math.abs(t)));
        double quantile = distribution.inverseSurvivalProbability((1 - confidenceLevel) / 2);
        return new WelchTest(
                difference,
                standardError,
                degreesOfFreedom,
                t,
                pValue,
                confidenceLevel,
                difference - quantile * standardError,
                difference + quantile * standardError);
    }

    /** The step {@code control.welch} with every figure of the test. */
    Step step() {
        return Step.of(
                "control.welch",
                "difference",
                decimal(difference),
                "standardError",
                decimal(standardError),
                "degreesOfFreedom",
                decimal(degreesOfFreedom),
                "t",
                decimal(t),
                "pValue",
                decimal(pValue),
                "confidenceLevel",
                decimal(confidenceLevel),
                "lower",
                decimal(lower),
                "upper",
                decimal(upper));
    }

    private static BigDecimal decimal(double value) {
        return Numbers.toDecimal(value);
    }
}
