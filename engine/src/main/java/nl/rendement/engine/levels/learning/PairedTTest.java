package nl.rendement.engine.levels.learning;

import static nl.rendement.engine.value.Numbers.toDecimal;

import nl.rendement.engine.trail.Step;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.StandardDeviation;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The paired t-test of the differences d = post - pre of n people, with sample standard
 * deviation s_d (n - 1 in the denominator):
 *
 * <pre>
 * SE = s_d / sqrt(n),   t = mean(d) / SE,   df = n - 1,   p = 2 P(T_df &gt; |t|)
 * interval = mean(d) ± t_df(1 - α/2) SE,   α = 1 - confidence level
 * </pre>
 *
 * Source: Student (W. S. Gosset) (1908), "The probable error of a mean", Biometrika 6, 1–25.
 * Agrees with R's {@code t.test(post, pre, paired = TRUE)}. Quantiles and tail probabilities from
 * Commons Statistics' {@link TDistribution}.
 *
 * @param n the people with both scores
 * @param meanDifference mean(post - pre), the mean raw gain
 * @param standardDeviation s_d, the sample standard deviation of the differences
 * @param standardError s_d / sqrt(n)
 * @param degreesOfFreedom n - 1
 * @param t the test statistic
 * @param pValue two-sided p-value of no mean difference
 * @param confidenceLevel the interval's level, e.g. 0.95
 * @param lower lower bound of the mean difference's t interval
 * @param upper upper bound of the mean difference's t interval
 */
public record PairedTTest(
        int n,
        double meanDifference,
        double standardDeviation,
        double standardError,
        int degreesOfFreedom,
        double t,
        double pValue,
        double confidenceLevel,
        double lower,
        double upper) {

    /** Needs at least two differences that are not all equal. */
    static PairedTTest of(double[] differences, double confidenceLevel) {
        int n = differences.length;
        double standardDeviation = n < 2 ? 0 : StandardDeviation.of(differences).getAsDouble();
        if (!(standardDeviation > 0)) {
            throw new IllegalStateException("A paired t-test needs two differences that vary");
        }
        double mean = Mean.of(differences).getAsDouble();
        double standardError = standardDeviation / Math.sqrt(n);
        double t = mean / standardError;
        TDistribution distribution = TDistribution.of(n - 1.0);
        double pValue = Math.min(1, 2 * distribution.survivalProbability(Math.abs(t)));
        double quantile = distribution.inverseSurvivalProbability((1 - confidenceLevel) / 2);
        return new PairedTTest(
                n,
                mean,
                standardDeviation,
                standardError,
                n - 1,
                t,
                pValue,
                confidenceLevel,
                mean - quantile * standardError,
                mean + quantile * standardError);
    }

    /** The step {@code learning.pairedT} with every figure of the test. */
    Step step() {
        return Step.of(
                "learning.pairedT",
                "n",
                n,
                "meanDifference",
                toDecimal(meanDifference),
                "standardDeviation",
                toDecimal(standardDeviation),
                "standardError",
                toDecimal(standardError),
                "degreesOfFreedom",
                degreesOfFreedom,
                "t",
                toDecimal(t),
                "pValue",
                toDecimal(pValue),
                "confidenceLevel",
                toDecimal(confidenceLevel),
                "lower",
                toDecimal(lower),
                "upper",
                toDecimal(upper));
    }
}
