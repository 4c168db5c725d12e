package nl.rendement.engine.levels.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Known answers from R 4.2.2 with effectsize 0.8.3, printed with 17 digits by {@code Rscript
 * engine/src/test/resources/r/learning.R}; pre and post are the fixture's vectors in person order
 * (see {@link Fixtures}), n their length, max the test's maximum. The paired test is {@code r <-
 * t.test(post, pre, paired = TRUE)}; d_z is {@code d <- effectsize::cohens_d(post, pre, paired =
 * TRUE)$Cohens_d} (equal to base R's {@code mean(post - pre) / sd(post - pre)}), and its
 * normal-approximation interval is computed in R as {@code d + c(-1, 1) * qnorm(0.975) * sqrt(1/n +
 * d^2/(2*n))}.
 */
class LearningKnownAnswersTest {

    /** Means, differences, gains and d_z: arithmetic. */
    private static final Offset<Double> ARITHMETIC = within(1e-9);
    /** p-values and interval bounds: through a distribution. */
    private static final Offset<Double> DISTRIBUTION = within(1e-6);

    private final LearningAnalysis analysis = LearningAnalysis.withDefaults(5);

    @Test
    void twentyPointTestAgreesWithR() {
        LearningResult a = analysis.analyse(Fixtures.twentyPointTestA());
        RawGain raw = a.rawGain().orElseThrow();
        NormalisedGain hake = a.normalisedGain().orElseThrow();
        PairedTTest t = a.pairedTest().orElseThrow().value();
        CohensDz dz = a.cohensDz().orElseThrow().value();

        assertThat(raw.meanPre().value()).isCloseTo(9.5833333333333339, ARITHMETIC); // mean(pre)
        assertThat(raw.meanPost().value()).isCloseTo(14.0, ARITHMETIC); // mean(post)
        assertThat(raw.gain().value()).isCloseTo(4.4166666666666661, ARITHMETIC); // mean(post) - mean(pre)
        // (mean(post) - mean(pre)) / (max - mean(pre)); mean(((post - pre) / (max - pre))[pre < max])
        assertThat(hake.classGain().orElseThrow().value()).isCloseTo(0.42399999999999999, ARITHMETIC);
        assertThat(hake.meanOfIndividuals().orElseThrow().value()).isCloseTo(0.45193278943278942, ARITHMETIC);
        assertThat(t.meanDifference()).isCloseTo(4.4166666666666670, ARITHMETIC); // r$estimate
        assertThat(t.standardError()).isCloseTo(0.58333333333333326, ARITHMETIC); // r$stderr
        assertThat(t.t()).isCloseTo(7.5714285714285730, ARITHMETIC); // r$statistic
        assertThat(t.degreesOfFreedom()).isEqualTo(11); // r$parameter
        assertThat(t.pValue()).isCloseTo(1.0982477650566251e-05, DISTRIBUTION); // r$p.value
        assertThat(t.lower()).isCloseTo(3.1327586566132113, DISTRIBUTION); // r$conf.int[1]
        assertThat(t.upper()).isCloseTo(5.7005746767201231, DISTRIBUTION); // r$conf.int[2]
        assertThat(dz.value()).isCloseTo(2.1856831619321548, ARITHMETIC); // effectsize::cohens_d
        assertThat(dz.lower()).isCloseTo(1.1441623081761978, DISTRIBUTION); // d - qnorm(0.975) * ...
        assertThat(dz.upper()).isCloseTo(3.2272040156881117, DISTRIBUTION); // d + qnorm(0.975) * ...
        assertThat(dz.interval()).isEqualTo(CohensDz.Interval.NORMAL_APPROXIMATION);
        // effectsize::cohens_d(post, pre, paired = TRUE)$CI_low inverts the noncentral t: not ours
        assertThat(dz.lower()).isNotCloseTo(1.1085473491820230, within(1e-3));
    }

    @Test
    void usesTheConfidenceLevelOfTheRules() {
        LearningResult a =
                analysis.with(analysis.rules().withConfidenceLevel(0.90)).analyse(Fixtures.twentyPointTestA());
        PairedTTest t = a.pairedTest().orElseThrow().value();
        CohensDz dz = a.cohensDz().orElseThrow().value();

        // t.test(post, pre, paired = TRUE, conf.level = 0.90)
        assertThat(t.lower()).isCloseTo(3.3690671890893085, DISTRIBUTION); // r$conf.int[1]
        assertThat(t.upper()).isCloseTo(5.4642661442440259, DISTRIBUTION); // r$conf.int[2]
        assertThat(t.pValue()).isCloseTo(1.0982477650566251e-05, DISTRIBUTION); // unchanged
        // d + c(-1, 1) * qnorm(0.95) * sqrt(1/n + d^2/(2*n))
        assertThat(dz.lower()).isCloseTo(1.3116113078781093, DISTRIBUTION);
        assertThat(dz.upper()).isCloseTo(3.0597550159862004, DISTRIBUTION);
        assertThat(dz.confidenceLevel()).isEqualTo(0.90);
    }

    @Test
    void hundredPointTestWithAPersonAtTheMaximumAgreesWithR() {
        LearningResult b = analysis.analyse(Fixtures.hundredPointTestB());
        NormalisedGain hake = b.normalisedGain().orElseThrow();
        PairedTTest t = b.pairedTest().orElseThrow().value();
        CohensDz dz = b.cohensDz().orElseThrow().value();

        assertThat(b.rawGain().orElseThrow().gain().value()).isCloseTo(16.75, ARITHMETIC);
        assertThat(hake.classGain().orElseThrow().value()).isCloseTo(0.4281150159744409045, ARITHMETIC);
        // mean(g[pre < max]): p04 (pre = max) left out
        assertThat(hake.meanOfIndividuals().orElseThrow().value()).isCloseTo(0.4698309105164331090, ARITHMETIC);
        assertThat(t.meanDifference()).isCloseTo(16.75, ARITHMETIC); // r$estimate
        assertThat(t.standardError()).isCloseTo(3.2936627462012997292, ARITHMETIC); // r$stderr
        assertThat(t.t()).isCloseTo(5.0855237134762445450, ARITHMETIC); // r$statistic
        assertThat(t.degreesOfFreedom()).isEqualTo(7); // r$parameter
        assertThat(t.pValue()).isCloseTo(0.0014222486638036922, DISTRIBUTION); // r$p.value
        assertThat(t.lower()).isCloseTo(8.9617251937647157689, DISTRIBUTION); // r$conf.int[1]
        assertThat(t.upper()).isCloseTo(24.5382748062352824547, DISTRIBUTION); // r$conf.int[2]
        assertThat(dz.value()).isCloseTo(1.7980041518420228908, ARITHMETIC); // effectsize::cohens_d
        assertThat(dz.lower()).isCloseTo(0.6771323249840808245, DISTRIBUTION);
        assertThat(dz.upper()).isCloseTo(2.9188759786999649570, DISTRIBUTION);
    }

    @Test
    void tenPointTestWithLittleChangeAgreesWithR() {
        LearningResult c = analysis.analyse(Fixtures.tenPointTestC());
        NormalisedGain hake = c.normalisedGain().orElseThrow();
        PairedTTest t = c.pairedTest().orElseThrow().value();
        CohensDz dz = c.cohensDz().orElseThrow().value();

        assertThat(c.rawGain().orElseThrow().gain().value()).isCloseTo(0.5, ARITHMETIC);
        assertThat(hake.classGain().orElseThrow().value()).isCloseTo(0.125, ARITHMETIC);
        assertThat(hake.meanOfIndividuals().orElseThrow().value()).isCloseTo(0.052777777777777785, ARITHMETIC);
        assertThat(t.meanDifference()).isCloseTo(0.5, ARITHMETIC); // r$estimate
        assertThat(t.standardError()).isCloseTo(0.562731433871137776, ARITHMETIC); // r$stderr
        assertThat(t.t()).isCloseTo(0.888523316638638483, ARITHMETIC); // r$statistic
        assertThat(t.degreesOfFreedom()).isEqualTo(5); // r$parameter
        assertThat(t.pValue()).isCloseTo(0.414954270079793353, DISTRIBUTION); // r$p.value
        assertThat(t.lower()).isCloseTo(-0.946547202250724196, DISTRIBUTION); // r$conf.int[1]
        assertThat(t.upper()).isCloseTo(1.946547202250724196, DISTRIBUTION); // r$conf.int[2]
        assertThat(dz.value()).isCloseTo(0.362738125055005856, ARITHMETIC); // effectsize::cohens_d
        assertThat(dz.lower()).isCloseTo(-0.463315381554095740, DISTRIBUTION);
        assertThat(dz.upper()).isCloseTo(1.188791631664107395, DISTRIBUTION);
    }
}
