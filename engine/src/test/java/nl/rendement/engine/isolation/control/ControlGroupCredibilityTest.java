package nl.rendement.engine.isolation.control;

import static nl.rendement.engine.measures.Direction.HIGHER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import nl.rendement.engine.trail.Reason;
import org.junit.jupiter.api.Test;

/** METHOD §2: pre- and post-data in both groups, at least k people each, pre-period |SMD| &lt; 0.1. */
class ControlGroupCredibilityTest {

    private final ControlGroupIsolation isolation = ControlGroupIsolation.withDefaults(5);

    @Test
    void isCredibleWhenGroupsAreLargeEnoughAndBalancedBeforehand() {
        ControlGroupOutcome a = isolation.isolate(Fixtures.salesA(0), HIGHER_IS_BETTER);

        assertThat(a.credible()).isTrue();
        assertThat(a.reasons()).isEmpty();
        // R pre-period SMD 0.0967 (see ControlGroupKnownAnswersTest) lies within 0.1
        assertThat(a.trail().all("control.credible")).singleElement().satisfies(step -> {
            assertThat(step.fact("minimum")).contains(5);
            assertThat(step.fact("maxAbsSmd")).contains(new BigDecimal("0.1"));
        });
        assertThat(a.trail().has("control.preSmd")).isTrue();
    }

    @Test
    void isNotCredibleWhenTheTrainedStartedElsewhere() {
        ControlGroupOutcome b = isolation.isolate(Fixtures.higherStartB(), HIGHER_IS_BETTER);

        assertThat(b.credible()).isFalse();
        assertThat(b.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo("control.notCredible.smd");
            assertThat((BigDecimal) reason.step().fact("smd").orElseThrow())
                    .isBetween(new BigDecimal("4.94232243"), new BigDecimal("4.94232244")); // R: 4.9423224355
            assertThat(reason.step().fact("maxAbsSmd")).contains(new BigDecimal("0.1"));
            assertThat(reason.step().fact("meanTrainedPre")).isPresent();
            assertThat(reason.step().fact("meanControlPre")).isPresent();
        });
        assertThat(b.trail().has("control.notCredible.smd")).isTrue();
        assertThat(b.trail().has("control.credible")).isFalse();
    }

    @Test
    void theSmdBoundIsASetting() {
        ControlGroupIsolation strict = isolation.with(isolation.rules().withMaxAbsPreSmd(0.09));

        assertThat(strict.isolate(Fixtures.salesA(0), HIGHER_IS_BETTER).reasons())
                .extracting(Reason::code)
                .containsExactly("control.notCredible.smd"); // A's SMD 0.0967 is not within 0.09
    }

    @Test
    void isNotCredibleWithFewerThanKPeopleInAGroup() {
        ControlGroupOutcome e = isolation.isolate(Fixtures.fourTrainedE(), HIGHER_IS_BETTER);

        assertThat(e).isInstanceOf(ControlGroupEstimate.class);
        assertThat(e.credible()).isFalse();
        assertThat(e.reasons())
                .extracting(Reason::code)
                .containsExactly("control.notCredible.tooFew", "control.notCredible.smd");
        Reason tooFew = e.reasons().get(0);
        assertThat(tooFew.step().fact("group")).contains("trained");
        assertThat(tooFew.step().fact("withData")).contains(4);
        assertThat(tooFew.step().fact("minimum")).contains(5);
    }

    @Test
    void kIsTheMinimumPerGroup() {
        ControlGroupOutcome e =
                ControlGroupIsolation.withDefaults(4).isolate(Fixtures.fourTrainedE(), HIGHER_IS_BETTER);

        assertThat(e.reasons()).extracting(Reason::code).containsExactly("control.notCredible.smd");
    }

    @Test
    void givesNoEstimateWhenAGroupHasFewerThanTwoPeopleWithData() {
        GivenControlGroup a = Fixtures.salesA(0);
        GivenControlGroup one = new GivenControlGroup("one trained", a.trained().subList(0, 1), a.control(), false, 7);

        ControlGroupOutcome outcome = isolation.isolate(one, HIGHER_IS_BETTER);

        assertThat(outcome).isInstanceOfSatisfying(ControlGroupNotEstimable.class, none -> {
            assertThat(none.trainedWithData()).isEqualTo(1);
            assertThat(none.trainedWithoutData()).isEqualTo(7);
        });
        assertThat(outcome.credible()).isFalse();
        assertThat(outcome.reasons())
                .extracting(Reason::code)
                .containsExactly("control.notEstimable.tooFew", "control.notCredible.tooFew");
        assertThat(outcome.reasons().get(0).step().fact("minimum")).contains(2);
    }

    @Test
    void givesNoEstimateWhenAControlGroupIsEmpty() {
        GivenControlGroup none =
                new GivenControlGroup("no control data", Fixtures.salesA(0).trained(), List.of(), false, 0);

        assertThat(isolation.isolate(none, HIGHER_IS_BETTER).reasons())
                .extracting(reason ->
                        reason.code() + ":" + reason.step().fact("group").orElseThrow())
                .containsExactly("control.notEstimable.tooFew:control", "control.notCredible.tooFew:control");
    }

    @Test
    void givesNoEstimateWhenNoOnesChangeVaries() {
        GivenControlGroup flat = new GivenControlGroup(
                "everyone +2 or +5",
                Fixtures.people("t", new double[] {10, 12, 14}, new double[] {15, 17, 19}),
                Fixtures.people("c", new double[] {11, 13, 15}, new double[] {13, 15, 17}),
                false,
                0);

        ControlGroupOutcome outcome = isolation.isolate(flat, HIGHER_IS_BETTER);

        assertThat(outcome).isInstanceOf(ControlGroupNotEstimable.class);
        assertThat(outcome.reasons())
                .extracting(Reason::code)
                .containsExactly(
                        "control.notEstimable.noVariation", "control.notCredible.tooFew", "control.notCredible.tooFew");
    }

    @Test
    void cannotJudgeBalanceWhenNoOnesPrePeriodVaries() {
        GivenControlGroup newKpi = new GivenControlGroup(
                "a KPI that started at zero",
                Fixtures.people("t", new double[] {0, 0, 0, 0, 0}, new double[] {5, 7, 6, 9, 8}),
                Fixtures.people("c", new double[] {0, 0, 0, 0, 0}, new double[] {2, 3, 1, 4, 2}),
                false,
                0);

        ControlGroupOutcome outcome = isolation.isolate(newKpi, HIGHER_IS_BETTER);

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        ControlGroupEstimate.class,
                        estimate -> assertThat(estimate.preSmd()).isEmpty());
        assertThat(outcome.reasons()).extracting(Reason::code).containsExactly("control.notCredible.smdUndefined");
    }
}
