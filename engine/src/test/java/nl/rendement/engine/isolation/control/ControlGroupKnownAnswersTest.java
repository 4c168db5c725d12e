package nl.rendement.engine.isolation.control;

import static nl.rendement.engine.measures.Direction.HIGHER_IS_BETTER;
import static nl.rendement.engine.measures.Direction.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import nl.rendement.engine.measures.Direction;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Known answers from R 4 (base R, {@code stats::t.test}), printed by {@code Rscript
 * engine/src/test/resources/r/control-group.R} with 17 digits. In every call the data frame has a
 * character column {@code group} with the values "control" and "trained"; R orders the levels
 * alphabetically, so R's estimate and interval are for control - trained. The engine's difference
 * is trained - control: it is R's estimate negated, and its interval is (-conf.high, -conf.low).
 * The pre-period SMD is R's {@code (mean(t) - mean(c)) / sqrt((var(t) + var(c)) / 2)} on the pre
 * column, t and c the trained and control rows.
 */
class ControlGroupKnownAnswersTest {

    /** Means, differences, SMD, standard errors, df and t: plain arithmetic. */
    private static final Offset<Double> ARITHMETIC = within(1e-9);
    /** p-values and interval bounds: through the t distribution. */
    private static final Offset<Double> DISTRIBUTION = within(1e-6);

    private final ControlGroupIsolation isolation = ControlGroupIsolation.withDefaults(5);

    @Test
    void salesDifferenceOfChangesAgreesWithWelchInR() {
        ControlGroupEstimate a = estimate(Fixtures.salesA(0), HIGHER_IS_BETTER);

        // R: t.test(change ~ group, data = a, var.equal = FALSE), change = post - pre
        assertThat(a.welch().difference()).isCloseTo(6.8194444444444446, ARITHMETIC); // -estimate
        assertThat(a.effect().value()).isCloseTo(6.8194444444444446, ARITHMETIC); // higher is better
        assertThat(a.standardError()).isCloseTo(0.97226473829939342, ARITHMETIC); // r$stderr
        assertThat(a.welch().degreesOfFreedom()).isCloseTo(10.542979594524002, ARITHMETIC); // r$parameter
        assertThat(a.welch().t()).isCloseTo(7.0139789872174765, ARITHMETIC); // -r$statistic
        assertThat(a.pValue()).isCloseTo(2.7809210006344668e-05, DISTRIBUTION); // r$p.value
        assertThat(a.pValue()).isCloseTo(2.7809210006344668e-05, withinPercentage(1e-4)); // and relatively
        assertThat(a.lower()).isCloseTo(4.6681319338407503, DISTRIBUTION); // -r$conf.int[2]
        assertThat(a.upper()).isCloseTo(8.9707569550481381, DISTRIBUTION); // -r$conf.int[1]
        assertThat(a.preSmd().orElseThrow().value()).isCloseTo(0.096652233845936089, ARITHMETIC);
        assertThat(a.trainedWithData()).isEqualTo(8);
        assertThat(a.controlWithData()).isEqualTo(9);
    }

    @Test
    void usesTheConfidenceLevelOfTheRules() {
        ControlGroupEstimate a = (ControlGroupEstimate) isolation
                .with(isolation.rules().withConfidenceLevel(0.90))
                .isolate(Fixtures.salesA(0), HIGHER_IS_BETTER);

        // R: t.test(change ~ group, data = a, var.equal = FALSE, conf.level = 0.90)
        assertThat(a.lower()).isCloseTo(5.0664167774542062, DISTRIBUTION); // -r$conf.int[2]
        assertThat(a.upper()).isCloseTo(8.5724721114346814, DISTRIBUTION); // -r$conf.int[1]
    }

    @Test
    void higherStartingGroupAgreesWithWelchInR() {
        ControlGroupEstimate b = estimate(Fixtures.higherStartB(), HIGHER_IS_BETTER);

        // R: t.test(change ~ group, data = b, var.equal = FALSE)
        assertThat(b.effect().value()).isCloseTo(3.0952380952380953438, ARITHMETIC); // -estimate
        assertThat(b.standardError()).isCloseTo(0.8994833488089596374, ARITHMETIC); // r$stderr
        assertThat(b.welch().degreesOfFreedom()).isCloseTo(8.6493396658162229329, ARITHMETIC);
        assertThat(b.pValue()).isCloseTo(0.0078286181349562101, DISTRIBUTION);
        assertThat(b.lower()).isCloseTo(1.0478207571343396420, DISTRIBUTION); // -r$conf.int[2]
        assertThat(b.upper()).isCloseTo(5.1426554333418508236, DISTRIBUTION); // -r$conf.int[1]
        assertThat(b.preSmd().orElseThrow().value()).isCloseTo(4.9423224355040034084, ARITHMETIC);
    }

    @Test
    void fewerErrorsAreAnImprovementWhenLowerIsBetter() {
        ControlGroupEstimate c = estimate(Fixtures.errorsC(), LOWER_IS_BETTER);

        // R: t.test(change ~ group, data = c, var.equal = FALSE); estimate 2.267857142857142794
        // (control - trained): the trained fell by 2.27 errors a month more than the control
        assertThat(c.welch().difference()).isCloseTo(-2.267857142857142794, ARITHMETIC); // -estimate
        assertThat(c.effect().value()).isCloseTo(2.267857142857142794, ARITHMETIC); // improvement
        assertThat(c.welch().lower()).isCloseTo(-3.381759045368196492, DISTRIBUTION); // -r$conf.int[2]
        assertThat(c.welch().upper()).isCloseTo(-1.153955240346089095, DISTRIBUTION); // -r$conf.int[1]
        assertThat(c.lower()).isCloseTo(1.153955240346089095, DISTRIBUTION); // improvement: r$conf.int[1]
        assertThat(c.upper()).isCloseTo(3.381759045368196492, DISTRIBUTION); // r$conf.int[2]
        assertThat(c.standardError()).isCloseTo(0.497335587983435912, ARITHMETIC);
        assertThat(c.welch().degreesOfFreedom()).isCloseTo(9.631785843668344782, ARITHMETIC);
        assertThat(c.pValue()).isCloseTo(0.001147500611335401, DISTRIBUTION);
        assertThat(c.preSmd().orElseThrow().value()).isCloseTo(-0.017964393928699265, ARITHMETIC);
    }

    @Test
    void randomAssignmentComparesPostMeansAsWelchInR() {
        ControlGroupEstimate d = estimate(Fixtures.randomD(true), HIGHER_IS_BETTER);

        // R: t.test(post ~ group, data = d, var.equal = FALSE)
        assertThat(d.effect().value()).isCloseTo(5.0238095238095183959, ARITHMETIC); // -estimate
        assertThat(d.standardError()).isCloseTo(1.3131551382961419439, ARITHMETIC);
        assertThat(d.welch().degreesOfFreedom()).isCloseTo(10.8203440205595509127, ARITHMETIC);
        assertThat(d.pValue()).isCloseTo(0.0028990136756105031, DISTRIBUTION);
        assertThat(d.lower()).isCloseTo(2.1277089059122760162, DISTRIBUTION); // -r$conf.int[2]
        assertThat(d.upper()).isCloseTo(7.9199101417067598874, DISTRIBUTION); // -r$conf.int[1]
        assertThat(d.preSmd().orElseThrow().value()).isCloseTo(-0.0811641255929445166, ARITHMETIC);
        assertThat(d.trail().has("control.differenceOfPostMeans")).isTrue();
        assertThat(d.trail().has("control.differenceOfChanges")).isFalse();
    }

    @Test
    void withoutRecordedRandomAssignmentTheSameDataCompareChanges() {
        ControlGroupEstimate d = estimate(Fixtures.randomD(false), HIGHER_IS_BETTER);

        // R: t.test(change ~ group, data = d, var.equal = FALSE)
        assertThat(d.effect().value()).isCloseTo(5.1904761904761898, ARITHMETIC); // -estimate
        assertThat(d.pValue()).isCloseTo(5.8162147571759469e-05, DISTRIBUTION);
        assertThat(d.lower()).isCloseTo(3.7402901574921104, DISTRIBUTION); // -r$conf.int[2]
        assertThat(d.upper()).isCloseTo(6.6406622234602688, DISTRIBUTION); // -r$conf.int[1]
        assertThat(d.trail().has("control.differenceOfChanges")).isTrue();
    }

    @Test
    void aSmallPilotStillGetsItsFiguresFromWelch() {
        ControlGroupEstimate e = estimate(Fixtures.fourTrainedE(), HIGHER_IS_BETTER);

        // R: t.test(change ~ group, data = e, var.equal = FALSE)
        assertThat(e.effect().value()).isCloseTo(6.944444444444444642, ARITHMETIC); // -estimate
        assertThat(e.welch().degreesOfFreedom()).isCloseTo(3.866735464171108028, ARITHMETIC);
        assertThat(e.pValue()).isCloseTo(0.006007596235665158, DISTRIBUTION);
        assertThat(e.lower()).isCloseTo(3.368473907703153802, DISTRIBUTION); // -r$conf.int[2]
        assertThat(e.upper()).isCloseTo(10.520414981185734149, DISTRIBUTION); // -r$conf.int[1]
        assertThat(e.preSmd().orElseThrow().value()).isCloseTo(0.334401369820009009, ARITHMETIC);
    }

    private ControlGroupEstimate estimate(GivenControlGroup group, Direction direction) {
        return (ControlGroupEstimate) isolation.isolate(group, direction);
    }
}
