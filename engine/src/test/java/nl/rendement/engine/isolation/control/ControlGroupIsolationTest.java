package nl.rendement.engine.isolation.control;

import static nl.rendement.engine.measures.Direction.HIGHER_IS_BETTER;
import static nl.rendement.engine.measures.Direction.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import nl.rendement.engine.trail.Step;
import org.junit.jupiter.api.Test;

class ControlGroupIsolationTest {

    private final ControlGroupIsolation isolation = ControlGroupIsolation.withDefaults(5);

    @Test
    void countsParticipantsWithoutDataAsNoImprovement() {
        ControlGroupEstimate withAll = estimate(Fixtures.salesA(0));
        ControlGroupEstimate withThreeMissing = estimate(Fixtures.salesA(3));

        assertThat(withThreeMissing.effect().value()).isEqualTo(withAll.effect().value());
        assertThat(withThreeMissing.welch()).isEqualTo(withAll.welch());
        // R: 8 * -(t.test(change ~ group, data = a, var.equal = FALSE)$estimate diff) = 8 * 6.8194444444444446
        assertThat(withThreeMissing.totalImprovement().value()).isCloseTo(54.555555555555557, within(1e-9));
        assertThat(withThreeMissing.trainedWithoutData()).isEqualTo(3);
        Step withoutData = withThreeMissing
                .totalImprovement()
                .trail()
                .all("control.withoutData")
                .get(0);
        assertThat(withoutData.fact("trainedWithoutData")).contains(3);
        assertThat(withoutData.fact("participants")).contains(11);
        assertThat(withThreeMissing
                        .totalImprovement()
                        .trail()
                        .all("control.total")
                        .get(0)
                        .fact("trainedWithData"))
                .contains(8);
    }

    @Test
    void lowerIsBetterTurnsTheChangeAndItsIntervalAround() {
        ControlGroupEstimate higher = estimate(Fixtures.errorsC(), HIGHER_IS_BETTER);
        ControlGroupEstimate lower = estimate(Fixtures.errorsC(), LOWER_IS_BETTER);

        assertThat(lower.effect().value()).isEqualTo(-higher.effect().value()).isPositive();
        assertThat(lower.lower()).isEqualTo(-higher.upper());
        assertThat(lower.upper()).isEqualTo(-higher.lower());
        assertThat(lower.pValue()).isEqualTo(higher.pValue());
        assertThat(lower.totalImprovement().value())
                .isEqualTo(7 * lower.effect().value());
        assertThat(lower.effect().trail().all("control.improvement").get(0).fact("direction"))
                .contains("LOWER_IS_BETTER");
    }

    @Test
    void givesTheSameResultWhateverTheOrderOfThePeople() {
        // Decimal values whose floating-point sums depend on the order of addition: the result
        // must not, to the last bit of every figure and fact.
        Random random = new Random(20250101L);
        GivenControlGroup group =
                new GivenControlGroup("decimal sales", decimals("t", 12, random), decimals("c", 15, random), false, 2);
        ControlGroupOutcome expected = isolation.isolate(group, HIGHER_IS_BETTER);
        for (int round = 0; round < 20; round++) {
            List<PersonChange> trained = new ArrayList<>(group.trained());
            List<PersonChange> control = new ArrayList<>(group.control());
            Collections.shuffle(trained, random);
            Collections.shuffle(control, random);
            GivenControlGroup shuffled = new GivenControlGroup(group.description(), trained, control, false, 2);

            assertThat(isolation.isolate(shuffled, HIGHER_IS_BETTER)).isEqualTo(expected);
        }
    }

    @Test
    void tracesEveryFigureInOrder() {
        ControlGroupEstimate a = estimate(Fixtures.salesA(0));

        assertThat(a.effect().trail().steps())
                .extracting(Step::code)
                .containsExactly(
                        "control.groups", "control.differenceOfChanges", "control.welch", "control.improvement");
        assertThat(a.trail().steps())
                .extracting(Step::code)
                .containsExactly(
                        "control.groups",
                        "control.differenceOfChanges",
                        "control.welch",
                        "control.improvement",
                        "control.withoutData",
                        "control.total",
                        "control.preSmd",
                        "control.credible");
        assertThat(a.trail().all("control.groups").get(0).fact("description"))
                .contains("A: sales staff, northern region untrained");
    }

    @Test
    void refusesImpossibleInput() {
        List<PersonChange> trained = Fixtures.salesA(0).trained();
        List<PersonChange> control = Fixtures.salesA(0).control();
        assertThatThrownBy(() -> PersonChange.of("p1", Double.NaN, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PersonChange.of(" ", 1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GivenControlGroup("both", trained, trained, false, 0))
                .hasMessageContaining("more than once");
        assertThatThrownBy(() -> new GivenControlGroup("x", trained, control, false, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GivenControlGroup(" ", trained, control, false, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ControlGroupRules.withDefaults(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ControlGroupRules.withDefaults(5).withConfidenceLevel(1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ControlGroupRules.withDefaults(5).withMaxAbsPreSmd(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void defaultsAreThoseOfTheMethod() {
        assertThat(ControlGroupRules.withDefaults(5)).isEqualTo(new ControlGroupRules(0.1, 5, 0.95));
    }

    private static List<PersonChange> decimals(String prefix, int n, Random random) {
        List<PersonChange> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double pre = 1000 * (i % 3) + Math.round(random.nextDouble() * 1e5) / 1e3;
            people.add(PersonChange.of(prefix + i, pre, pre + Math.round(random.nextDouble() * 1e4) / 1e3));
        }
        return people;
    }

    private ControlGroupEstimate estimate(GivenControlGroup group) {
        return estimate(group, HIGHER_IS_BETTER);
    }

    private ControlGroupEstimate estimate(GivenControlGroup group, nl.rendement.engine.measures.Direction direction) {
        return (ControlGroupEstimate) isolation.isolate(group, direction);
    }
}
