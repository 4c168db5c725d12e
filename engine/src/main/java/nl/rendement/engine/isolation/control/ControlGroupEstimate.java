package nl.rendement.engine.isolation.control;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Traced;
import nl.rendement.engine.trail.Trail;

/**
 * The programme's effect on one impact measure as isolated by a given control group.
 *
 * <p>The effect per trained person per period is, as a KPI change (METHOD §3),
 * {@code mean_T(post - pre) - mean_C(post - pre)} (difference of changes, {@code
 * control.differenceOfChanges}), or {@code mean_T(post) - mean_C(post)} when random assignment is
 * recorded or there is no pre-period ({@code control.differenceOfPostMeans}); with several cohorts
 * it is the trained-weighted mean of the cohorts' differences ({@code CohortPooling}, {@code
 * control.pooledOverCohorts}), and {@link #welch()} holds the pooled figures. {@link #effect()} is
 * that change as an
 * improvement ({@code Direction.improvement}: negated when lower is better), and {@link #lower()}
 * and {@link #upper()} bound it by the {@link WelchTest} interval, turned the same way.
 *
 * <p>The total improvement per period is {@code effect x trainedWithData}: participants without
 * KPI data add 0 (Phillips' principle 6, step {@code control.withoutData}).
 *
 * <p>Balance before the programme is the pre-period standardised mean difference of the KPI,
 * with sample variances (n - 1):
 *
 * <pre>
 * SMD = (mean_T,pre - mean_C,pre) / sqrt((s²_T,pre + s²_C,pre) / 2)
 * </pre>
 *
 * (P. C. Austin (2009), "Balance diagnostics for comparing the distribution of baseline covariates
 * between treatment groups in propensity-score matched samples", Statistics in Medicine 28,
 * 3083–3107); over cohorts the trained-weighted mean of the cohorts' SMDs ({@code CohortBalance}).
 * Without a pre-period balance cannot be judged and the estimate is never credible ({@code
 * control.notCredible.noPrePeriod}). The estimate is credible when both groups have at least k people with pre- and
 * post-data and |SMD| &lt; 0.1 (METHOD §2, {@link ControlGroupRules}); otherwise {@link #reasons()}
 * names each failed check with its facts. Difference of changes, and of post means under random
 * assignment: METHOD §3, after J. J. Phillips, "Return on Investment in Training and Performance
 * Improvement Programs" (control groups among the methods isolating a programme's effect).
 *
 * @param effect improvement per trained person per period, with its trail
 * @param welch Welch's test of trained minus control in KPI units (standard error, df, p-value),
 *     pooled over the cohorts when there are several
 * @param lower lower bound of the improvement's interval at the rules' confidence level
 * @param upper upper bound of the improvement's interval
 * @param trainedWithData trained people with data (rows of the cohorts kept)
 * @param controlWithData comparison people with data (distinct people of the cohorts kept)
 * @param trainedWithoutData participants without KPI data, and the trained of cohorts left out,
 *     counted as no improvement
 * @param preSmd pre-period standardised mean difference; empty when no one's pre-period KPI varies
 *     (in a cohort) or there is no pre-period
 * @param totalImprovement {@code effect x trainedWithData}, per period, with its trail
 * @param reasons the failed credibility checks; empty when credible
 * @param trail every step: groups, effect, Welch, improvement, total, SMD, checks
 */
public record ControlGroupEstimate(
        Traced<Double> effect,
        WelchTest welch,
        double lower,
        double upper,
        int trainedWithData,
        int controlWithData,
        int trainedWithoutData,
        Optional<Traced<Double>> preSmd,
        Traced<Double> totalImprovement,
        List<Reason> reasons,
        Trail trail)
        implements ControlGroupOutcome {

    public ControlGroupEstimate {
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(welch, "welch");
        Objects.requireNonNull(preSmd, "preSmd");
        Objects.requireNonNull(totalImprovement, "totalImprovement");
        Objects.requireNonNull(trail, "trail");
        reasons = List.copyOf(reasons);
    }

    @Override
    public boolean credible() {
        return reasons.isEmpty();
    }

    public double standardError() {
        return welch.standardError();
    }

    /** Two-sided p-value of Welch's test of no effect. */
    public double pValue() {
        return welch.pValue();
    }
}
