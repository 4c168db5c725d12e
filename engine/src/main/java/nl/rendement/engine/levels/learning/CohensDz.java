package nl.rendement.engine.levels.learning;

import static nl.rendement.engine.value.Numbers.toDecimal;

import nl.rendement.engine.trail.Step;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Cohen's d_z, the standardised mean of paired differences d = post - pre, with its interval by
 * the normal approximation (METHOD §1):
 *
 * <pre>
 * d_z = mean(d) / s_d
 * interval = d_z ± z(1 - α/2) sqrt(1/n + d_z² / (2n)),   α = 1 - confidence level
 * </pre>
 *
 * Sources: J. Cohen (1988), "Statistical Power Analysis for the Behavioral Sciences", 2nd ed.,
 * §2.3.5 (d_z for paired samples); D. Lakens (2013), "Calculating and reporting effect sizes to
 * facilitate cumulative science: a practical primer for t-tests and ANOVAs", Frontiers in
 * Psychology 4, 863. The point estimate agrees with R's {@code effectsize::cohens_d(post, pre,
 * paired = TRUE)}; that package's interval inverts the noncentral t and differs from this one,
 * which is therefore labelled {@link Interval#NORMAL_APPROXIMATION}.
 *
 * @param value d_z
 * @param confidenceLevel the interval's level, e.g. 0.95
 * @param lower lower bound of the interval
 * @param upper upper bound of the interval
 * @param interval how the interval was obtained
 */
public record CohensDz(double value, double confidenceLevel, double lower, double upper, Interval interval) {

    /** From the paired differences summarised by {@code test}. */
    static CohensDz of(PairedTTest test) {
        double d = test.meanDifference() / test.standardDeviation();
        int n = test.n();
        double z = NormalDistribution.of(0, 1).inverseSurvivalProbability((1 - test.confidenceLevel()) / 2);
        double halfWidth = z * Math.sqrt(1.0 / n + d * d / (2.0 * n));
        return new CohensDz(d, test.confidenceLevel(), d - halfWidth, d + halfWidth, Interval.NORMAL_APPROXIMATION);
    }

    /** The step {@code learning.cohensDz}: the estimate, its interval and the interval's method. */
    Step step(int n) {
        return Step.of(
                "learning.cohensDz",
                "n",
                n,
                "dz",
                toDecimal(value),
                "confidenceLevel",
                toDecimal(confidenceLevel),
                "lower",
                toDecimal(lower),
                "upper",
                toDecimal(upper),
                "interval",
                interval.name());
    }

    /** How a d_z interval was obtained. */
    public enum Interval {
        /** {@code d ± z sqrt(1/n + d²/(2n))}; not the noncentral-t interval of R's effectsize. */
        NORMAL_APPROXIMATION
    }
}
