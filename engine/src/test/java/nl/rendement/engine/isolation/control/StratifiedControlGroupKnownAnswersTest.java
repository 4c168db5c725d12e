package nl.rendement.engine.isolation.control;

import static nl.rendement.engine.measures.Direction.HIGHER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.math.BigDecimal;
import java.util.List;
import nl.rendement.engine.trail.Step;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Known answers from R 4 (base R), printed by {@code Rscript
 * engine/src/test/resources/r/control-group.R} with 17 digits (its function {@code stratified}).
 * Per cohort c: {@code r <- t.test(change ~ group, data = subset(f, cohort == c), var.equal =
 * FALSE)} (or {@code post ~ group}), the difference {@code r$estimate[2] - r$estimate[1]} (trained
 * - control: R's levels are "control", "trained") and {@code r$stderr}; then, in R, the weights
 * {@code w <- nT / sum(nT)}, {@code effect <- sum(w * d)}, {@code se <- sqrt(sum(w^2 * (var(t)/nT +
 * var(c)/nC)))}, {@code df <- se^4 / sum((w^2 var(t)/nT)^2 / (nT - 1) + (w^2 var(c)/nC)^2 / (nC -
 * 1))}, {@code p <- 2 * pt(-abs(effect / se), df)} and the interval {@code effect -/+ qt(1 - alpha/2,
 * df) * se}; the pre-period SMD {@code sum(w * smd_c)}. Printed in the engine's sign.
 */
class StratifiedControlGroupKnownAnswersTest {

    /** Means, differences, SMD, standard errors, df and t: plain arithmetic. */
    private static final Offset<Double> ARITHMETIC = within(1e-9);
    /** p-values and interval bounds: through the t distribution. */
    private static final Offset<Double> DISTRIBUTION = within(1e-6);

    private final ControlGroupIsolation isolation = ControlGroupIsolation.withDefaults(5);

    @Test
    void salesInThreeCohortsAgreeWithPerCohortWelchPooledInR() {
        ControlGroupEstimate f = estimate(CohortFixtures.salesF(ControlGroupBasis.CHANGES));

        // R: stratified("F", f_rows, "change")
        assertThat(f.effect().value()).isCloseTo(7.0558730158730159, ARITHMETIC); // effect
        assertThat(f.standardError()).isCloseTo(0.64955018643396378, ARITHMETIC); // stderr
        assertThat(f.welch().degreesOfFreedom()).isCloseTo(20.420534440216350, ARITHMETIC); // df
        assertThat(f.welch().t()).isCloseTo(10.862706474783451, ARITHMETIC); // statistic
        assertThat(f.pValue()).isCloseTo(6.1222776439124360e-10, DISTRIBUTION); // p.value
        assertThat(f.pValue()).isCloseTo(6.1222776439124360e-10, withinPercentage(1e-4)); // and relatively
        assertThat(f.lower()).isCloseTo(5.7027216445665125, DISTRIBUTION); // conf.low
        assertThat(f.upper()).isCloseTo(8.4090243871795192, DISTRIBUTION); // conf.high
        assertThat(f.totalImprovement().value()).isCloseTo(105.83809523809524, ARITHMETIC); // total
        assertThat(f.preSmd().orElseThrow().value()).isCloseTo(0.023599636619229664, ARITHMETIC); // pre.smd
        assertThat(f.trainedWithData()).isEqualTo(15);
        assertThat(f.controlWithData()).isEqualTo(13); // c1 ... c13, each once
        assertThat(f.credible()).isTrue();
    }

    @Test
    void eachCohortIsWelchInR() {
        List<Step> cohorts = estimate(CohortFixtures.salesF(ControlGroupBasis.CHANGES))
                .trail()
                .all("control.cohort");

        // R: r <- t.test(change ~ group, data = subset(f_rows, cohort == c), var.equal = FALSE)
        assertThat(cohorts)
                .extracting(step -> step.fact("cohort").orElseThrow())
                .containsExactly("2025-01", "2025-05", "2025-09");
        assertThat(figures(cohorts, "difference"))
                .satisfiesExactly( // r$estimate[2] - r$estimate[1]
                        d -> assertThat(d).isCloseTo(7.428571428571428825, ARITHMETIC),
                        d -> assertThat(d).isCloseTo(5.133333333333332860, ARITHMETIC),
                        d -> assertThat(d).isCloseTo(8.900000000000000355, ARITHMETIC));
        assertThat(figures(cohorts, "standardError"))
                .satisfiesExactly( // r$stderr
                        se -> assertThat(se).isCloseTo(1.079178321844974864, ARITHMETIC),
                        se -> assertThat(se).isCloseTo(1.103529690483123327, ARITHMETIC),
                        se -> assertThat(se).isCloseTo(1.187434208703791683, ARITHMETIC));
        assertThat(figures(cohorts, "meanChangeControl").get(0)).isCloseTo(2.571428571428571619, ARITHMETIC);
        assertThat(figures(cohorts, "weight"))
                .satisfiesExactly( // 6/15, 5/15, 4/15
                        w -> assertThat(w).isCloseTo(0.4, ARITHMETIC),
                        w -> assertThat(w).isCloseTo(1.0 / 3, ARITHMETIC),
                        w -> assertThat(w).isCloseTo(4.0 / 15, ARITHMETIC));
    }

    @Test
    void usesTheConfidenceLevelOfTheRules() {
        ControlGroupEstimate f = (ControlGroupEstimate) isolation
                .with(isolation.rules().withConfidenceLevel(0.90))
                .isolate(CohortFixtures.salesF(ControlGroupBasis.CHANGES), HIGHER_IS_BETTER);

        // R: stratified("F at 90%", f_rows, "change", conf.level = 0.90)
        assertThat(f.lower()).isCloseTo(5.9367000901639049, DISTRIBUTION); // conf.low
        assertThat(f.upper()).isCloseTo(8.1750459415821268, DISTRIBUTION); // conf.high
    }

    @Test
    void randomAssignmentPoolsTheCohortsPostMeans() {
        ControlGroupEstimate f = estimate(CohortFixtures.salesF(ControlGroupBasis.POST_MEANS_RANDOM_ASSIGNMENT));

        // R: stratified("F with random assignment (post means)", f_rows, "post")
        assertThat(f.effect().value()).isCloseTo(7.1660317460317469, ARITHMETIC);
        assertThat(f.standardError()).isCloseTo(1.6517780642370157, ARITHMETIC);
        assertThat(f.welch().degreesOfFreedom()).isCloseTo(15.867571725384016, ARITHMETIC);
        assertThat(f.pValue()).isCloseTo(5.1756588872971503e-04, DISTRIBUTION);
        assertThat(f.lower()).isCloseTo(3.6620420659265132, DISTRIBUTION);
        assertThat(f.upper()).isCloseTo(10.670021426136980, DISTRIBUTION);
        assertThat(f.preSmd().orElseThrow().value()).isCloseTo(0.023599636619229664, ARITHMETIC); // from pre
        assertThat(figures(f.trail().all("control.cohort"), "difference").get(2))
                .isCloseTo(8.950000000000002842, ARITHMETIC);
    }

    @Test
    void aCohortLeftOutChangesNoFigure() {
        ControlGroupEstimate g = estimate(CohortFixtures.withLoneTrainedG(0));

        // R: stratified("G", g_rows, "change"): cohort 2026-01 left out, the figures of F
        assertThat(g.effect().value()).isCloseTo(7.0558730158730159, ARITHMETIC);
        assertThat(g.standardError()).isCloseTo(0.64955018643396378, ARITHMETIC);
        assertThat(g.welch().degreesOfFreedom()).isCloseTo(20.420534440216350, ARITHMETIC);
        assertThat(g.totalImprovement().value()).isCloseTo(105.83809523809524, ARITHMETIC);
        assertThat(g.trainedWithoutData()).isEqualTo(1);
    }

    @Test
    void newHiresWithoutAPrePeriodPoolPostMeans() {
        ControlGroupEstimate n = estimate(CohortFixtures.newHiresN());

        // R: stratified("N (no pre-period)", n_rows, "post")
        assertThat(n.effect().value()).isCloseTo(3.9472222222222255, ARITHMETIC);
        assertThat(n.standardError()).isCloseTo(1.0485917952599189, ARITHMETIC);
        assertThat(n.welch().degreesOfFreedom()).isCloseTo(17.547776740356198, ARITHMETIC);
        assertThat(n.welch().t()).isCloseTo(3.7643077507046590, ARITHMETIC);
        assertThat(n.pValue()).isCloseTo(0.0014744468615230742, DISTRIBUTION);
        assertThat(n.lower()).isCloseTo(1.7401360406900457, DISTRIBUTION);
        assertThat(n.upper()).isCloseTo(6.1543084037544054, DISTRIBUTION);
        assertThat(n.totalImprovement().value()).isCloseTo(47.366666666666703, ARITHMETIC);
        assertThat(figures(n.trail().all("control.cohort"), "standardError"))
                .satisfiesExactly(
                        se -> assertThat(se).isCloseTo(1.7381343765978254, ARITHMETIC),
                        se -> assertThat(se).isCloseTo(1.29997383542481937, ARITHMETIC));
        assertThat(n.preSmd()).isEmpty();
    }

    private static List<Double> figures(List<Step> steps, String fact) {
        return steps.stream()
                .map(step -> ((BigDecimal) step.fact(fact).orElseThrow()).doubleValue())
                .toList();
    }

    private ControlGroupEstimate estimate(GivenControlGroup group) {
        return (ControlGroupEstimate) isolation.isolate(group, HIGHER_IS_BETTER);
    }
}
